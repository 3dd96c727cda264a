/**
 * Push: the outbox as bundles of at most BATCH records. Attachments first, and only those
 * the server lacks (POST attachments/missing, then PUT each): an interrupted push resumes
 * without resending what arrived. Then the gzipped bundle, and its receipt applied in one
 * transaction (db/syncApplyReceipt.ts). A retry resends the SAME bundle (same id and
 * checksum), so a receipt lost on the way back is answered from the server's stored one.
 * Nothing is sent while the outbox is empty.
 */
import { buildBundle } from '../../shared/bundle/buildBundle';
import { gzipText } from '../../shared/bundle/gzipBundle';
import { verifyReceipt } from '../../shared/bundle/buildReceipt';
import { loadAttachmentBytes } from '../db/attachmentRepository';
import type { AppDatabase } from '../db/database';
import { applyReceipt, type ReceiptSummary } from '../db/syncApplyReceipt';
import { referencedHashes, snapshotOutbox } from '../db/syncOutbox';
import { SyncCancelledError, SyncHttpError, withRetry, type RetryOptions } from './retry';
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
  const totals = { synced: 0, conflicts: 0, rejected: 0, stillQueued: 0, bundles: 0, attachmentsSent: 0, bytesSent: 0 };
  if (snapshot.records.length === 0) return { pushed: false, ...totals };
  const retry = { ...ctx.retry, signal: ctx.signal };
  const check = () => {
    if (ctx.signal?.aborted) throw new SyncCancelledError();
  };

  const allHashes = [...snapshot.attachments.keys()];
  const missing = allHashes.length > 0 ? await withRetry(() => ctx.api.missingAttachments(allHashes), retry) : [];
  const bytes = await loadAttachmentBytes(ctx.db, missing);
  const bytesTotal = [...bytes.values()].reduce((n, b) => n + b.length, 0);
  let progress: SyncProgress = {
    phase: 'attachments', recordsDone: 0, recordsTotal: snapshot.records.length, attachmentsDone: 0, attachmentsTotal: missing.length, bytesDone: 0, bytesTotal,
  };
  const report = (patch: Partial<SyncProgress>) => {
    progress = { ...progress, ...patch };
    ctx.onProgress?.(progress);
  };
  report({});
  for (const sha256 of missing) {
    check();
    const data = bytes.get(sha256);
    // Not on this device (freed after an earlier sync): the server answers attachments_missing.
    if (data) {
      const mime = snapshot.attachments.get(sha256)?.mime ?? 'image/jpeg';
      await withRetry(() => ctx.api.putAttachment(sha256, mime, data), retry);
      totals.attachmentsSent++;
      totals.bytesSent += data.length;
    }
    report({ attachmentsDone: progress.attachmentsDone + 1, bytesDone: progress.bytesDone + (data?.length ?? 0) });
  }

  report({ phase: 'records' });
  for (let i = 0; i < snapshot.records.length; i += PUSH_BATCH) {
    check();
    const records = snapshot.records.slice(i, i + PUSH_BATCH);
    const bundle = buildBundle({ device: ctx.device, records });
    const gzipped = gzipText(JSON.stringify(bundle));
    const receipt = await withRetry(() => ctx.api.postBundle(gzipped, bundle.bundleId, bundle.checksum), retry);
    const verified = verifyReceipt(receipt);
    if (!verified.ok || verified.receipt.bundleId !== bundle.bundleId || verified.receipt.bundleChecksum !== bundle.checksum) {
      throw new SyncHttpError(200, 'receipt_mismatch', 'the receipt does not belong to the bundle sent');
    }
    const held = records.flatMap((r) => referencedHashes(r).map((h) => h.sha256));
    const summary = await applyReceipt(ctx.db, verified.receipt, held);
    totals.synced += summary.synced;
    totals.conflicts += summary.conflicts;
    totals.rejected += summary.rejected;
    totals.stillQueued += summary.stillQueued;
    totals.bundles++;
    totals.bytesSent += gzipped.length;
    report({ recordsDone: progress.recordsDone + records.length });
  }
  return { pushed: true, ...totals };
}
