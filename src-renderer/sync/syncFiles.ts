/**
 * Bundle files for the USB stick and the rolling backup: the unsynced work (held conflicts
 * included: a backup must keep everything) with the bytes of every photo and signature it
 * references, gzipped. And the import side: verify, write, and, on an enrolled office
 * device, relay the very same bundle to the server and hand back its receipt as a file.
 */
import { buildBundle } from '../../shared/bundle/buildBundle';
import type { Bundle } from '../../shared/bundle/bundleSchema';
import { gzipText, isGzip } from '../../shared/bundle/gzipBundle';
import type { Bridge } from '../../shared/ipc/bridge';
import { loadAttachmentBytes } from '../db/attachmentRepository';
import type { AppDatabase } from '../db/database';
import { applyReceipt } from '../db/syncApplyReceipt';
import { importSyncFile, type ImportResult } from '../db/syncImport';
import { snapshotOutbox } from '../db/syncOutbox';
import { withRetry } from './retry';
import type { SyncApi } from './syncApi';

export const bundleFilters = [{ name: 'BlueSky bundle', extensions: ['gz', 'json'] }];

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

/** `蓝天-D7K-20261128-2253.json.gz`: the device and the time, sortable. */
export function bundleFileName(shortId: string, at: Date): string {
  const stamp = at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `bluesky-${shortId}-${stamp}.json.gz`;
}

export async function exportBundleFile(
  db: AppDatabase,
  bridge: Bridge,
  device: { id: string; name: string; shortId: string },
): Promise<{ savedTo: string | null; records: number } | null> {
  const built = await buildOutboxBundle(db, device);
  if (!built) return null;
  const savedTo = await bridge.saveFile(
    bundleFileName(device.shortId, new Date()),
    built.bytes,
    bundleFilters,
  );
  return { savedTo, records: built.bundle.records.length };
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
  readonly relayed?: { readonly receiptSavedTo: string | null };
};

/**
 * Imports a file. When it is a bundle and an office server is reachable, the same bytes are
 * relayed to it and its receipt is offered as a file to carry back on the stick.
 */
export async function importFile(
  db: AppDatabase,
  bytes: Uint8Array,
  ownDeviceId: string,
  relay?: { api: SyncApi; bridge: Bridge },
): Promise<FileImportOutcome> {
  const result = await importSyncFile(db, bytes, ownDeviceId);
  if (!result.ok || result.kind !== 'bundle' || !relay) return result;
  const gzipped = isGzip(bytes) ? bytes : gzipText(new TextDecoder().decode(bytes));
  const receipt = await withRetry(
    () => relay.api.postBundle(gzipped, result.bundle.bundleId, result.bundle.checksum),
    { retries: 2 },
  );
  await applyReceipt(db, receipt);
  const receiptSavedTo = await relay.bridge.saveFile(
    `receipt-${receipt.bundleId}.json`,
    new TextEncoder().encode(JSON.stringify(receipt)),
    [{ name: 'BlueSky receipt', extensions: ['json'] }],
  );
  return { ...result, relayed: { receiptSavedTo } };
}
