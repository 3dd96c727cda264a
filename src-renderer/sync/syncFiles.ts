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
import type { Bridge, FileSink } from '../../shared/ipc/bridge';
import { loadAttachmentBytes } from '../db/attachmentRepository';
import type { AppDatabase } from '../db/database';
import { isZip } from '../../shared/bundle/bundleV2Schema';
import { defaultBundleLimits } from '../../shared/bundle/bundleLimits';
import {
  applyImportedBundle,
  importSyncFile,
  type ImportOptions,
  type ImportResult,
} from '../db/importSyncFile';
import {
  readBlobOffThread,
  readBundleOffThread,
  type ReadBlobOptions,
} from './readBundleOffThread';
import { snapshotOutbox } from '../db/outboxSnapshot';
import { countRelayQueue } from '../db/relayQueue';
import { type ExportOptions, writeBundleOffThread } from './exportOffThread';
import { relayImported, type RelayContext } from './relayImported';
import { SyncCancelledError } from './retry';
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

/** Where the chunks go when the platform can only save whole files: joined at the end. */
function wholeFileSink(bridge: Bridge, name: string): FileSink {
  let chunks: Uint8Array[] = [];
  return {
    write: (chunk) => {
      chunks.push(chunk);
      return Promise.resolve();
    },
    close: () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      chunks = [];
      return bridge.saveFile(name, out, bundleFilters);
    },
    abort: () => {
      chunks = [];
      return Promise.resolve();
    },
  };
}

/**
 * Exports the unsynced work as a v2 file, streamed (docs/sync.md "Exporting"): the worker
 * writes the ZIP a photo at a time and each chunk goes to the file as it comes (Electron:
 * a temp file renamed at the end; web: a Blob of the chunks). A cancel or a failure removes
 * what was written; the store is only read.
 */
export async function exportBundleFile(
  db: AppDatabase,
  bridge: Bridge,
  device: { id: string; name: string; shortId: string },
  options: ExportOptions = {},
): Promise<{ savedTo: string | null; records: number } | null> {
  const snapshot = await snapshotOutbox(db, true);
  if (snapshot.records.length === 0) return null;
  const rows = await db.attachments.bulkGet([...snapshot.attachments.keys()]);
  const blobs = new Map<string, Blob>();
  const attachments = rows.flatMap((row) => {
    if (!row) return [];
    blobs.set(row.sha256, row.blob);
    const mime = snapshot.attachments.get(row.sha256)?.mime ?? 'image/jpeg';
    return [{ sha256: row.sha256, mime, size: row.size }];
  });
  const name = bundleFileName(device.shortId, new Date());
  const sink = bridge.saveFileStream
    ? await bridge.saveFileStream(name, bundleFilters)
    : wholeFileSink(bridge, name);
  if (!sink) return { savedTo: null, records: snapshot.records.length };
  try {
    const done = await writeBundleOffThread(
      {
        device: { id: device.id, name: device.name },
        records: snapshot.records,
        attachments,
        blobs,
      },
      sink,
      options,
    );
    return { savedTo: await sink.close(), records: done.records };
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  }
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
  return relayAfterImport(db, result, relay);
}

async function relayAfterImport(
  db: AppDatabase,
  result: ImportResult,
  relay?: Omit<RelayContext, 'db'>,
): Promise<FileImportOutcome> {
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

/** A v1 file (one JSON document) is read whole: past this it is refused before reading. */
export const MAX_V1_FILE_BYTES = defaultBundleLimits.maxDecompressedBytes;

/**
 * Imports a picked file without reading it whole (docs/sync.md "Reading by slices"): a v2
 * ZIP is verified by slices in the worker with progress, and its photos are stored as slices
 * of the file itself; a v1 file or a receipt is read whole, up to MAX_V1_FILE_BYTES. Nothing
 * is written until everything is verified, then in one transaction; a cancel before that
 * leaves the store as it was.
 */
export async function importBlob(
  db: AppDatabase,
  file: Blob,
  ownDeviceId: string,
  relay?: Omit<RelayContext, 'db'>,
  options: ReadBlobOptions = {},
): Promise<FileImportOutcome> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (isZip(head)) {
    const verified = await readBlobOffThread(file, options);
    if (!verified.ok) return verified;
    const blobs = new Map<string, Uint8Array | Blob>();
    for (const a of verified.bundle.attachments) {
      const data = verified.attachments.get(a.sha256);
      if (!data) continue;
      blobs.set(
        a.sha256,
        data instanceof Uint8Array ? data : file.slice(data.offset, data.offset + data.size),
      );
    }
    if (options.signal?.aborted) throw new SyncCancelledError();
    const counts = await applyImportedBundle(db, verified.bundle, blobs, ownDeviceId, {
      queueForServer: !!relay,
    });
    return relayAfterImport(
      db,
      { ok: true, kind: 'bundle', bundle: verified.bundle, ...counts },
      relay,
    );
  }
  const max = options.maxFileBytes ?? MAX_V1_FILE_BYTES;
  if (file.size > max)
    return {
      ok: false,
      errors: [{ code: 'too_large', message: `file larger than ${max} bytes`, path: '' }],
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importFile(db, bytes, ownDeviceId, relay, (b) => readBundleOffThread(b, options.signal));
}
