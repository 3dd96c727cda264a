/**
 * The office relay's queue (docs/sync.md "Office relay"): records imported from another
 * device's USB bundle that the office server has not acknowledged yet, and, per source
 * bundle, the server's answers gathered so far for the laptop's receipt.
 *
 * Kept as `settings` rows like the per-record sync state (recordSyncState.ts explains why
 * no new table): `sync.relay.<recordId>` holds the exact revision the laptop sent (its body,
 * so what reaches the server is the laptop's work, not a later local edit), and
 * `sync.relayReceipt.<bundleId>` the records still pending and the answers received.
 */
import { z } from 'zod';
import type { BundleRecord } from '../../shared/bundle/bundleSchema';
import type { ImportedBundle } from '../../shared/bundle/bundleV2Schema';
import { BundleDevice } from '../../shared/bundle/bundleSchema';
import { ReceiptRecord, type Receipt } from '../../shared/bundle/receiptSchema';
import { Sha256Hex } from '../../shared/domain/attachment';
import { Inspection } from '../../shared/domain/inspection';
import { Machine } from '../../shared/domain/machine';
import type { AppDatabase } from './database';

const RELAY_PREFIX = 'sync.relay.';
const RECEIPT_PREFIX = 'sync.relayReceipt.';
export const relayKey = (id: string): string => `${RELAY_PREFIX}${id}`;
export const relayReceiptKey = (bundleId: string): string => `${RECEIPT_PREFIX}${bundleId}`;

export const RelayEntry = z.object({
  /** The source bundle (the laptop's file) this revision came in. */
  bundleId: z.uuid(),
  device: BundleDevice,
  hash: Sha256Hex,
  body: z.union([Inspection, Machine]),
  queuedAt: z.string(),
});
export type RelayEntry = z.infer<typeof RelayEntry>;

export const RelayReceipt = z.object({
  bundleId: z.uuid(),
  bundleChecksum: Sha256Hex,
  device: BundleDevice,
  /** Record ids of the source bundle the server has not answered yet. */
  pending: z.array(z.string()),
  /** The server's answers so far, one per record id. */
  records: z.array(ReceiptRecord),
  /** The office device's id at the server (the receipt's deviceId); set by the first answer. */
  deviceId: z.string().optional(),
  serverTime: z.string().optional(),
});
export type RelayReceipt = z.infer<typeof RelayReceipt>;

export function relayTables(db: AppDatabase) {
  return [db.settings] as const;
}

/**
 * Queues every record of an imported bundle for the server, inside the import's transaction
 * (the caller's): an import is never written without its relay entries. A record already
 * queued from an earlier file is replaced by this file's revision and leaves the earlier
 * file's receipt (which then no longer waits for it).
 */
export async function queueRelay(
  db: AppDatabase,
  bundle: ImportedBundle,
  records: readonly BundleRecord[],
  now: string,
): Promise<void> {
  if (records.length === 0) return;
  const previous = await db.settings.bulkGet(records.map((r) => relayKey(r.id)));
  const replaced = new Map<string, string[]>();
  for (const row of previous) {
    const entry = RelayEntry.safeParse(row?.value);
    if (!entry.success || entry.data.bundleId === bundle.bundleId) continue;
    replaced.set(entry.data.bundleId, [
      ...(replaced.get(entry.data.bundleId) ?? []),
      entry.data.body.id,
    ]);
  }
  for (const [bundleId, ids] of replaced) {
    const receipt = await getRelayReceipt(db, bundleId);
    if (receipt)
      await putRelayReceipt(db, {
        ...receipt,
        pending: receipt.pending.filter((id) => !ids.includes(id)),
      });
  }
  await db.settings.bulkPut(
    records.map((r) => ({
      key: relayKey(r.id),
      value: RelayEntry.parse({
        bundleId: bundle.bundleId,
        device: bundle.device,
        hash: r.hash,
        body: r.body,
        queuedAt: now,
      }),
    })),
  );
  const existing = await getRelayReceipt(db, bundle.bundleId);
  const answered = new Set(existing?.records.map((r) => r.id) ?? []);
  await putRelayReceipt(db, {
    bundleId: bundle.bundleId,
    bundleChecksum: bundle.checksum,
    device: bundle.device,
    pending: records.map((r) => r.id).filter((id) => !answered.has(id)),
    records: existing?.records ?? [],
    deviceId: existing?.deviceId,
    serverTime: existing?.serverTime,
  });
}

export async function listRelayQueue(db: AppDatabase): Promise<RelayEntry[]> {
  const rows = await db.settings.where('key').startsWith(RELAY_PREFIX).toArray();
  return rows
    .map((row) => RelayEntry.safeParse(row.value))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.body.id.localeCompare(b.body.id));
}

/** How many imported records still wait for the server (待转交服务器). */
export async function countRelayQueue(db: AppDatabase): Promise<number> {
  return db.settings.where('key').startsWith(RELAY_PREFIX).count();
}

export async function getRelayReceipt(
  db: AppDatabase,
  bundleId: string,
): Promise<RelayReceipt | undefined> {
  const parsed = RelayReceipt.safeParse((await db.settings.get(relayReceiptKey(bundleId)))?.value);
  return parsed.success ? parsed.data : undefined;
}

async function putRelayReceipt(db: AppDatabase, receipt: RelayReceipt): Promise<void> {
  await db.settings.put({
    key: relayReceiptKey(receipt.bundleId),
    value: RelayReceipt.parse(receipt),
  });
}

/**
 * Records one server answer for relayed records (the caller's transaction): the entries the
 * server answered for the very revision queued leave the queue, and the answers join their
 * source bundle's receipt. An entry replaced meanwhile by a newer file stays queued.
 */
export async function acknowledgeRelay(db: AppDatabase, serverReceipt: Receipt): Promise<string[]> {
  const keys = serverReceipt.records.map((r) => relayKey(r.id));
  const rows = await db.settings.bulkGet(keys);
  const bySource = new Map<string, ReceiptRecord[]>();
  const done: string[] = [];
  serverReceipt.records.forEach((result, i) => {
    const entry = RelayEntry.safeParse(rows[i]?.value);
    if (!entry.success || entry.data.hash !== result.hash) return;
    done.push(result.id);
    bySource.set(entry.data.bundleId, [...(bySource.get(entry.data.bundleId) ?? []), result]);
  });
  await db.settings.bulkDelete(done.map(relayKey));
  for (const [bundleId, results] of bySource) {
    const receipt = await getRelayReceipt(db, bundleId);
    if (!receipt) continue;
    const ids = new Set<string>(results.map((r) => r.id));
    await putRelayReceipt(db, {
      ...receipt,
      pending: receipt.pending.filter((id) => !ids.has(id)),
      records: [...receipt.records.filter((r) => !ids.has(r.id)), ...results],
      deviceId: serverReceipt.deviceId,
      serverTime: serverReceipt.serverTime,
    });
  }
  return done;
}

/** Source bundles whose every record has an answer: their receipt can go to the laptop. */
export async function listCompleteRelayReceipts(db: AppDatabase): Promise<RelayReceipt[]> {
  const rows = await db.settings.where('key').startsWith(RECEIPT_PREFIX).toArray();
  return rows
    .map((row) => RelayReceipt.safeParse(row.value))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .filter((r) => r.pending.length === 0);
}

/** Once the receipt file is saved, the gathered answers are no longer needed. */
export async function forgetRelayReceipt(db: AppDatabase, bundleId: string): Promise<void> {
  await db.settings.delete(relayReceiptKey(bundleId));
}
