/**
 * Checking a printed record (docs/records.md "Checking a printed record"): every page's QR
 * code says `BSI1|<record number>|<hash>` (shared/pdf/qrMatrix.ts). Against the records a
 * device holds, the page is
 *
 * - 一致 (genuine): a finalised record with this number has this hash;
 * - 内容不一致 (mismatch): the number exists with another hash — the paper is not what was
 *   finalised;
 * - 已有更正 (superseded): genuine, but a finalised amendment replaces it;
 * - 未找到 (not found): no finalised record with this number here (not synced, or forged);
 * - 草稿 (draft): a draft's print (its QR names the draft, no hash): never evidence.
 */
import { parseRecordNumber } from './recordNumber';

export const QR_SCHEME = 'BSI1';

export type PrintedQr =
  | { readonly kind: 'record'; readonly recordNumber: string; readonly hash: string }
  | { readonly kind: 'draft'; readonly label: string };

const HASH = /^[0-9a-f]{64}$/;

/** The QR text's parts, or undefined when it is not one of ours. */
export function parsePrintedQr(text: string): PrintedQr | undefined {
  const parts = text.trim().split('|');
  if (parts.length !== 3 || parts[0] !== QR_SCHEME) return undefined;
  const [, label = '', hash = ''] = parts;
  if (hash === '')
    return label.length > 0 && label.length <= 80 ? { kind: 'draft', label } : undefined;
  if (!HASH.test(hash) || parseRecordNumber(label) === undefined) return undefined;
  return { kind: 'record', recordNumber: label, hash };
}

export interface CheckableRecord {
  readonly id: string;
  readonly status: 'draft' | 'finalized';
  readonly recordNumber?: string | undefined;
  readonly hash?: string | undefined;
  readonly amends?: { readonly id: string; readonly hash: string } | undefined;
}

export type PrintedVerdict<R extends CheckableRecord = CheckableRecord> =
  | { readonly kind: 'genuine'; readonly record: R }
  | { readonly kind: 'superseded'; readonly record: R; readonly amendment: R }
  | { readonly kind: 'mismatch'; readonly record: R }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'draft' };

/**
 * `withNumber`: the records holding the QR's number (any status); `amendmentsOf`: the records
 * amending a given id. Only finalised records count: a draft amendment supersedes nothing yet.
 */
export function checkPrintedRecord<R extends CheckableRecord>(
  qr: PrintedQr,
  withNumber: readonly R[],
  amendmentsOf: (id: string) => readonly R[],
): PrintedVerdict<R> {
  if (qr.kind === 'draft') return { kind: 'draft' };
  const finalised = withNumber.filter(
    (r) => r.status === 'finalized' && r.recordNumber === qr.recordNumber,
  );
  const match = finalised.find((r) => r.hash === qr.hash);
  if (!match) {
    const other = finalised[0];
    return other ? { kind: 'mismatch', record: other } : { kind: 'notFound' };
  }
  const amendment = amendmentsOf(match.id)
    .filter((a) => a.status === 'finalized' && a.amends?.hash === match.hash)
    .sort((a, b) => (a.recordNumber ?? '').localeCompare(b.recordNumber ?? ''))
    .at(-1);
  return amendment
    ? { kind: 'superseded', record: match, amendment }
    : { kind: 'genuine', record: match };
}
