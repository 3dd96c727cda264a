/**
 * Bundle files for the USB stick and the rolling backup: the unsynced work (held conflicts
 * included: a backup must keep everything) with the bytes of every photo and signature it
 * references, gzipped. And the import side: verify, write, and, on an enrolled office
 * device, relay the very same bundle to the server and hand back its receipt as a file.
 */
import { buildBundle } from '../../shared/bundle/buildBundle';
import type { Bundle } from '../../shared/bundle/bundleSchema';
import type { BundleManifestV2 } from '../../shared/bundle/bundleV2Schema';
import { buildManifestV2, bundleV2Bytes } from '../../shared/bundle/writeBundleV2';
import { gzipText } from '../../shared/bundle/gzipBundle';
import type { Bridge } from '../../shared/ipc/bridge';
import { loadAttachmentBytes } from '../db/attachmentRepository';
import type { AppDatabase } from '../db/database';
import { importSyncFile, type ImportOptions, type ImportResult } from '../db/importSyncFile';
import { snapshotOutbox } from '../db/outboxSnapshot';
import { countRelayQueue } from '../db/relayQueue';
import { relayImported, type RelayContext } from './relayImported';
import type { AppError } from '../../shared/errors/appError';
import { toAppError } from '../errors/toAppError';

export const bundleFilters = [{ name: 'BlueSky bundle', extensions: ['zip', 'gz', 'json'] }];

/** The outbox as one gzipped bundle, or null when there is nothing unsynced. */
export async function buildOutboxBundle(
  db: AppDatabase,
  device: { id: string; name: string },
): Promise<{ bundle: Bundle; bytes: Uint8Array } | null> {
  const snapshot = await snapshotOutbox(db, true);
  if (snapshot.records.length === 0) return null;
  const data = await loadAttachmentBytes(db, [...snapshot.attachments.keys()]);
  const attachments = [...data].map(([sha256, bytes]) => ({
    mime: snapshot.attachments.get(sha256)?.mime ?? 'image/jpeg',
    bytes,
  }));
  const bundle = buildBundle({ device, records: snapshot.records, attachments });
  return { bundle, bytes: gzipText(JSON.stringify(bundle)) };
}

/**
 * The outbox as a v2 bundle file (docs/sync.md "Bundle format v2"): a ZIP with the records'
 * manifest and each photo as its own entry, read from the store one at a time while the file
 * is written, so a week of photos is never held as base64 text.
 */
export async function buildOutboxBundleV2(
  db: AppDatabase,
  device: { id: string; name: string },
): Promise<{ manifest: BundleManifestV2; bytes: Uint8Array } | null> {
  const snapshot = await snapshotOutbox(db, true);
  if (snapshot.records.length === 0) return null;
  const rows = await db.attachments.bulkGet([...snapshot.attachments.keys()]);
  const manifest = buildManifestV2({
    device,
    records: snapshot.records,
    attachments: rows.flatMap((row) =>
      row
        ? [
            {
              sha256: row.sha256,
              mime: snapshot.attachments.get(row.sha256)?.mime ?? 'image/jpeg',
              size: row.size,
            },
          ]
        : [],
    ),
  });
  const bytes = await bundleV2Bytes(manifest, async (sha256) => {
    const row = await db.attachments.get(sha256);
    if (!row) throw new Error(`attachment ${sha256} left the store while exporting`);
    return new Uint8Array(await row.blob.arrayBuffer());
  });
  return { manifest, bytes };
}

/** `bluesky-D7K-20261128-2253.zip`: the device and the time, sortable. */
export function bundleFileName(shortId: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `bluesky-${shortId}-${stamp}.zip`;
}

export async function exportBundleFile(
  db: AppDatabase,
  bridge: Bridge,
  device: { id: string; name: string; shortId: string },
): Promise<{ savedTo: string | null; records: number } | null> {
  const built = await buildOutboxBundleV2(db, device);
  if (!built) return null;
  const savedTo = await bridge.saveFile(
    bundleFileName(device.shortId, new Date()),
    built.bytes,
    bundleFilters,
  );
  return { savedTo, records: built.manifest.records.length };
}

/** Writes a backup where the platform keeps one (Electron: userData/backups); null otherwise. */
export async function writeOutboxBackup(
  db: AppDatabase,
  bridge: Bridge,
  device: { id: string; name: string },
): Promise<string | null> {
  const built = await buildOutboxBundle(db, device);
  return built ? bridge.writeBackup(built.bytes) : null;
}

export type FileImportOutcome = ImportResult & {
  /** On an enrolled device: what the relay did right after the import. */
  readonly relayed?: {
    readonly records: number;
    /** Receipt files saved for the laptop. */
    readonly receipts: readonly string[];
    /** Imported records still waiting for the server (待转交服务器). */
    readonly stillQueued: number;
    /** Why the relay stopped (`sync.cancelled` among others), when it did. */
    readonly error?: AppError;
  };
};

/**
 * Imports a file. On an enrolled device another device's records are queued for the office
 * server in the import's transaction, then relayed in parts (relayImported.ts); the laptop's
 * receipt is saved as a file once the server has answered for all of them. A relay that
 * fails leaves the rest queued for 立即同步; the import itself stands.
 */
export async function importFile(
  db: AppDatabase,
  bytes: Uint8Array,
  ownDeviceId: string,
  relay?: Omit<RelayContext, 'db'>,
  read?: ImportOptions['read'],
): Promise<FileImportOutcome> {
  const result = await importSyncFile(db, bytes, ownDeviceId, {
    queueForServer: !!relay,
    ...(read ? { read } : {}),
  });
  if (!result.ok || result.kind !== 'bundle' || !relay) return result;
  try {
    const done = await relayImported({ ...relay, db });
    return {
      ...result,
      relayed: {
        records: done.relayed,
        receipts: done.receipts,
        stillQueued: await countRelayQueue(db),
      },
    };
  } catch (error) {
    return {
      ...result,
      relayed: {
        records: 0,
        receipts: [],
        stillQueued: await countRelayQueue(db),
        error: toAppError(error),
      },
    };
  }
}
