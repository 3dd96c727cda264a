/** Builds and checks receipts (see receiptSchema.ts). */
import { canonicalJson } from '../domain/canonicalJson';
import { canonicalHash, sha256Hex } from '../domain/hash';
import { formatPath, type BundleIssue } from './bundleIssue';
import { Receipt, RECEIPT_FORMAT, RECEIPT_VERSION, type ReceiptRecord } from './receiptSchema';

export interface BuildReceiptInput {
  readonly bundleId: string;
  readonly deviceId: Receipt['deviceId'];
  readonly bundleChecksum: string;
  readonly serverTime: string;
  readonly records: readonly ReceiptRecord[];
}

/** @param sha256 the same function computed faster (node:crypto on the server), if given. */
export function buildReceipt(
  input: BuildReceiptInput,
  sha256: (text: string) => string = sha256Hex,
): Receipt {
  const unsealed: Omit<Receipt, 'checksum'> = {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    bundleId: input.bundleId,
    deviceId: input.deviceId,
    bundleChecksum: input.bundleChecksum,
    serverTime: input.serverTime,
    records: [...input.records],
  };
  // Not re-parsed: every field is typed already, and a receipt of 1,000 records is built
  // on the replay path, which has 30 ms.
  return { ...unsealed, checksum: sha256(canonicalJson(unsealed)) };
}

export type VerifyReceiptResult =
  | { readonly ok: true; readonly receipt: Receipt }
  | { readonly ok: false; readonly errors: readonly BundleIssue[] };

/** A receipt file read back from a USB stick: schema and checksum. */
export function verifyReceipt(json: unknown): VerifyReceiptResult {
  const parsed = Receipt.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        code: 'schema',
        message: i.message,
        path: formatPath(i.path),
      })),
    };
  }
  const { checksum, ...rest } = parsed.data;
  if (canonicalHash(rest) !== checksum) {
    return {
      ok: false,
      errors: [
        { code: 'checksum_mismatch', message: 'receipt checksum does not match', path: 'checksum' },
      ],
    };
  }
  return { ok: true, receipt: parsed.data };
}
