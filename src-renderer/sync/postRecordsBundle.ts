/**
 * Sends records to the office as one gzipped bundle and returns the office's receipt, once it
 * is checked to be for that very bundle, with the bytes sent. Shared by the laptop's own push (pushOutbox.ts) and
 * the office relay of imported work (relayImported.ts), so both apply one rule.
 */
import { buildBundle, type BuildBundleInput } from '../../shared/bundle/buildBundle';
import { verifyReceipt } from '../../shared/bundle/buildReceipt';
import { gzipText } from '../../shared/bundle/gzipBundle';
import type { Receipt } from '../../shared/bundle/receiptSchema';
import { AppError } from '../../shared/errors/appError';
import { withRetry, type RetryOptions } from './retry';
import type { SyncApi } from './syncApi';

export async function postRecordsBundle(
  api: SyncApi,
  input: BuildBundleInput,
  retry: RetryOptions,
): Promise<{ readonly receipt: Receipt; readonly bytesSent: number }> {
  const bundle = buildBundle(input);
  const gzipped = gzipText(JSON.stringify(bundle));
  // A retry resends the same bundle: a lost answer comes back from the server's stored one.
  const receipt = await withRetry(
    () => api.postBundle(gzipped, bundle.bundleId, bundle.checksum),
    retry,
  );
  const verified = verifyReceipt(receipt);
  if (
    !verified.ok ||
    verified.receipt.bundleId !== bundle.bundleId ||
    verified.receipt.bundleChecksum !== bundle.checksum
  )
    throw new AppError(
      'sync.receiptMismatch',
      undefined,
      'the receipt does not belong to the bundle sent',
    );
  return { receipt: verified.receipt, bytesSent: gzipped.length };
}
