/**
 * The office relay (docs/sync.md "Office relay"): work imported from another device's USB
 * bundle goes on to the server in parts that fit its limits, as the laptop's own push does
 * (pushOutbox.ts): the attachments the server lacks one by one, then the records in bundles
 * of at most PUSH_BATCH, each under the source device's name. Every answer is written in
 * one transaction with the queue it empties, so a relay cut at any point resumes with what
 * is left; a record sent twice is a `duplicate` at the server, never a second copy.
 *
 * The laptop's receipt is assembled from the server's answers only: once every record of a
 * source bundle has one, it is sealed (buildReceipt) under the source bundle's id and
 * checksum, and saved as a file for the stick. Until then it waits in the queue.
 */
import { buildReceipt } from '../../shared/bundle/buildReceipt';
import type { Receipt } from '../../shared/bundle/receiptSchema';
import { AttachmentMime } from '../../shared/domain/attachment';
import { DeviceId } from '../../shared/domain/ids';
import type { Bridge } from '../../shared/ipc/bridge';
import type { AppDatabase } from '../db/database';
import { applyReceipt } from '../db/applyReceipt';
import { referencedHashes } from '../db/outboxSnapshot';
import { recordTables } from '../db/recordTables';
import { getSyncState } from '../db/recordSyncState';
import {
  acknowledgeRelay,
  forgetRelayReceipt,
  listCompleteRelayReceipts,
  listRelayQueue,
  type RelayEntry,
} from '../db/relayQueue';
import { postRecordsBundle } from './postRecordsBundle';
import { PUSH_BATCH } from './pushOutbox';
import { SyncCancelledError, withRetry, type RetryOptions } from './retry';
import type { SyncApi } from './syncApi';
import type { SyncProgress } from './syncProgress';

export interface RelayContext {
  readonly db: AppDatabase;
  readonly api: SyncApi;
  readonly bridge: Pick<Bridge, 'saveFile'>;
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly retry?: RetryOptions;
  readonly signal?: AbortSignal;
  /** Records per request; PUSH_BATCH unless a test wants smaller parts. */
  readonly batchSize?: number;
}

export interface RelayResult {
  /** Records the server answered in this run. */
  readonly relayed: number;
  readonly attachmentsSent: number;
  /** Receipt files saved for laptops in this run (where they were saved). */
  readonly receipts: readonly string[];
}

export const receiptFileName = (bundleId: string): string => `receipt-${bundleId}.json`;

/** Sends what the relay queue holds; throws on failure with the rest still queued. */
export async function relayImported(ctx: RelayContext): Promise<RelayResult> {
  const queue = await listRelayQueue(ctx.db);
  const retry = { ...ctx.retry, signal: ctx.signal };
  const check = () => {
    if (ctx.signal?.aborted) throw new SyncCancelledError();
  };
  let relayed = 0;
  let attachmentsSent = 0;
  if (queue.length > 0) {
    const hashes = new Map<string, RelayEntry['body']['attachments'][number]['mime']>();
    for (const entry of queue)
      for (const ref of referencedHashes(entry.body)) hashes.set(ref.sha256, ref.mime);
    const missing =
      hashes.size > 0
        ? await withRetry(() => ctx.api.missingAttachments([...hashes.keys()]), retry)
        : [];
    // A hash the office does not hold is left to the server's attachments_missing answer.
    const rows = (await ctx.db.attachments.bulkGet(missing)).filter((r) => r !== undefined);
    let progress: SyncProgress = {
      phase: 'attachments',
      recordsDone: 0,
      recordsTotal: queue.length,
      attachmentsDone: 0,
      attachmentsTotal: rows.length,
      bytesDone: 0,
      bytesTotal: rows.reduce((n, r) => n + r.size, 0),
    };
    const report = (patch: Partial<SyncProgress>) => {
      progress = { ...progress, ...patch };
      ctx.onProgress?.(progress);
    };
    report({});
    // One at a time, read just before sending: each request stays far below the body limit.
    for (const row of rows) {
      check();
      const data = new Uint8Array(await row.blob.arrayBuffer());
      const mime =
        AttachmentMime.safeParse(row.mime).data ?? hashes.get(row.sha256) ?? 'image/jpeg';
      await withRetry(() => ctx.api.putAttachment(row.sha256, mime, data), retry);
      attachmentsSent++;
      report({
        attachmentsDone: progress.attachmentsDone + 1,
        bytesDone: progress.bytesDone + data.length,
      });
    }
    report({ phase: 'records' });
    for (const batch of batches(queue, ctx.batchSize ?? PUSH_BATCH)) {
      check();
      relayed += await sendBatch(ctx, batch, retry);
      report({ recordsDone: progress.recordsDone + batch.length });
    }
  }
  return { relayed, attachmentsSent, receipts: await saveCompleteReceipts(ctx) };
}

/** Batches of at most PUSH_BATCH records, never mixing source bundles (one sender each). */
function batches(queue: readonly RelayEntry[], size: number): RelayEntry[][] {
  const bySource = new Map<string, RelayEntry[]>();
  for (const entry of queue)
    bySource.set(entry.bundleId, [...(bySource.get(entry.bundleId) ?? []), entry]);
  const out: RelayEntry[][] = [];
  for (const entries of bySource.values())
    for (let i = 0; i < entries.length; i += size) out.push(entries.slice(i, i + size));
  return out;
}

async function sendBatch(
  ctx: RelayContext,
  batch: readonly RelayEntry[],
  retry: RetryOptions,
): Promise<number> {
  const first = batch[0];
  if (!first) return 0;
  const { receipt } = await postRecordsBundle(
    ctx.api,
    { device: first.device, records: batch.map((e) => e.body) },
    retry,
  );
  await applyAnswer(ctx.db, receipt);
  return receipt.records.length;
}

/**
 * One transaction: the queue entries answered leave, the answers join the laptop's receipt,
 * and this office's own copy learns the server's revision, but only where it still holds
 * the revision imported (a conflict found at import, or a local edit, stays as it is).
 */
async function applyAnswer(db: AppDatabase, receipt: Receipt): Promise<void> {
  await db.transaction('rw', recordTables(db), async () => {
    const states = await Promise.all(receipt.records.map((r) => getSyncState(db, r.id)));
    const untouched = receipt.records.filter((r, i) => {
      const state = states[i];
      return state?.state === 'received' && state.serverHash === r.hash;
    });
    await acknowledgeRelay(db, receipt);
    if (untouched.length > 0) await applyReceipt(db, { ...receipt, records: untouched });
  });
}

/** Seals and saves every receipt whose source bundle is fully answered. */
async function saveCompleteReceipts(ctx: RelayContext): Promise<string[]> {
  const saved: string[] = [];
  for (const pending of await listCompleteRelayReceipts(ctx.db)) {
    if (pending.records.length === 0) {
      // Every record went on in a later file: nothing for this one's laptop to learn.
      await forgetRelayReceipt(ctx.db, pending.bundleId);
      continue;
    }
    const deviceId = DeviceId.safeParse(pending.deviceId);
    if (!deviceId.success || !pending.serverTime) continue;
    const receipt = buildReceipt({
      bundleId: pending.bundleId,
      deviceId: deviceId.data,
      bundleChecksum: pending.bundleChecksum,
      serverTime: pending.serverTime,
      records: pending.records,
    });
    const path = await ctx.bridge.saveFile(
      receiptFileName(receipt.bundleId),
      new TextEncoder().encode(JSON.stringify(receipt)),
      [{ name: 'BlueSky receipt', extensions: ['json'] }],
    );
    // A save the person cancelled keeps the answers: the next run offers the file again.
    if (path === null) continue;
    await forgetRelayReceipt(ctx.db, pending.bundleId);
    saved.push(path);
  }
  return saved;
}
