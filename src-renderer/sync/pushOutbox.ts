/**
 * Push: the outbox as bundles of at most BATCH records. Attachments first, and only those
 * the server lacks (POST attachments/missing, then PUT each): an interrupted push resumes
 * without resending what arrived. Then the gzipped bundle, and its receipt applied in one
 * transaction (db/applyReceipt.ts). A retry resends the SAME bundle (same id and
 * checksum), so a receipt lost on the way back is answered from the server's stored one.
 * Nothing is sent while the outbox is empty.
 */
import { AttachmentMime } from '../../shared/domain/attachment';
import type { AppDatabase } from '../db/database';
import { applyReceipt, type ReceiptSummary } from '../db/applyReceipt';
import { referencedHashes, snapshotOutbox } from '../db/outboxSnapshot';
import { postRecordsBundle } from './postRecordsBundle';
import { SyncCancelledError, withRetry, type RetryOptions } from './retry';
import type { SyncApi } from './syncApi';
import type { SyncProgress } from './syncProgress';

export const PUSH_BATCH = 500;

export interface PushContext {
  readonly db: AppDatabase;
  readonly api: SyncApi;
  readonly device: { readonly id: string; readonly name: string };
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly retry?: RetryOptions;
  readonly signal?: AbortSignal;
}

export interface PushResult extends ReceiptSummary {
  /** False when the outbox was empty and nothing was sent. */
  readonly pushed: boolean;
  readonly bundles: number;
  readonly attachmentsSent: number;
  readonly bytesSent: number;
}

export async function pushOutbox(ctx: PushContext): Promise<PushResult> {
  const snapshot = await snapshotOutbox(ctx.db);
  const totals = {
    synced: 0,
    conflicts: 0,
    rejected: 0,
    stillQueued: 0,
    bundles: 0,
    attachmentsSent: 0,
    bytesSent: 0,
  };
  if (snapshot.records.length === 0) return { pushed: false, ...totals };
  const retry = { ...ctx.retry, signal: ctx.signal };
  const check = () => {
    if (ctx.signal?.aborted) throw new SyncCancelledError();
  };

  const allHashes = [...snapshot.attachments.keys()];
  const missing =
    allHashes.length > 0 ? await withRetry(() => ctx.api.missingAttachments(allHashes), retry) : [];
  // Sizes from the rows, so the bar knows the total before any bytes are read.
  const rows = (await ctx.db.attachments.bulkGet(missing)).filter((r) => r !== undefined);
  const bytesTotal = rows.reduce((n, r) => n + r.size, 0);
  let progress: SyncProgress = {
    phase: 'attachments',
    recordsDone: 0,
    recordsTotal: snapshot.records.length,
    attachmentsDone: 0,
    attachmentsTotal: rows.length,
    bytesDone: 0,
    bytesTotal,
  };
  const report = (patch: Partial<SyncProgress>) => {
    progress = { ...progress, ...patch };
    ctx.onProgress?.(progress);
  };
  report({});
  // One at a time, read just before sending: photos are up to 20 MB each. A hash this device
  // no longer holds (freed after an earlier sync) is left to the server's attachments_missing.
  for (const row of rows) {
    check();
    const data = new Uint8Array(await row.blob.arrayBuffer());
    const mime =
      AttachmentMime.safeParse(row.mime).data ??
      snapshot.attachments.get(row.sha256)?.mime ??
      'image/jpeg';
    await withRetry(() => ctx.api.putAttachment(row.sha256, mime, data), retry);
    totals.attachmentsSent++;
    totals.bytesSent += data.length;
    report({
      attachmentsDone: progress.attachmentsDone + 1,
      bytesDone: progress.bytesDone + data.length,
    });
  }

  report({ phase: 'records' });
  for (let i = 0; i < snapshot.records.length; i += PUSH_BATCH) {
    check();
    const records = snapshot.records.slice(i, i + PUSH_BATCH);
    const { receipt, bytesSent } = await postRecordsBundle(
      ctx.api,
      { device: ctx.device, records },
      retry,
    );
    const held = records.flatMap((r) => referencedHashes(r).map((h) => h.sha256));
    const summary = await applyReceipt(ctx.db, receipt, held);
    totals.synced += summary.synced;
    totals.conflicts += summary.conflicts;
    totals.rejected += summary.rejected;
    totals.stillQueued += summary.stillQueued;
    totals.bundles++;
    totals.bytesSent += bytesSent;
    report({ recordsDone: progress.recordsDone + records.length });
  }
  return { pushed: true, ...totals };
}
