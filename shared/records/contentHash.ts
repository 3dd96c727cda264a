/**
 * The content hash of a finalised record (docs/design.md "Records"):
 *
 *   hash = sha256( canonicalJson({ body, attachments }) )
 *
 * - `body` is the record WITHOUT `hash` (it cannot cover itself) and without the fields sync
 *   and saving rewrite on their own: `rev`, `baseRev` (renumbered by the office server and on
 *   every device that pulls the record) and `updatedAt` (stamped by each save). Everything
 *   else is evidence and is covered: id, deviceId, createdAt, status, recordNumber, amends,
 *   every answer, finding, signature, time, place and attachment's metadata.
 * - `attachments` is the sorted, de-duplicated list of every attachment hash the record
 *   refers to (photos and documents in `attachments`, signature images in `signatures`), so
 *   the hash pins the bytes of each photo and signature too.
 *
 * The same function runs in the renderer, the server and the PDF code, so a record hashed on
 * one laptop verifies on every other device and in the office.
 */
import { canonicalJson } from '../domain/canonicalJson';
import { sha256Hex } from '../domain/hash';
import { Inspection } from '../domain/inspection';

/** Fields left out of the hash; see the header for why each one. */
export const UNHASHED_FIELDS = ['hash', 'rev', 'baseRev', 'updatedAt'] as const;

/** Every attachment hash a record refers to, sorted and without duplicates. */
export function referencedAttachmentHashes(
  inspection: Pick<Inspection, 'attachments' | 'signatures'>,
): string[] {
  const hashes = new Set<string>();
  for (const a of inspection.attachments) hashes.add(a.sha256);
  for (const s of inspection.signatures) hashes.add(s.attachmentSha256);
  return [...hashes].sort();
}

/** The exact text that is hashed: useful to show or store beside a record for audits. */
export function recordHashPreimage(inspection: Inspection): string {
  const body: Record<string, unknown> = { ...inspection };
  for (const field of UNHASHED_FIELDS) delete body[field];
  return canonicalJson({ body, attachments: referencedAttachmentHashes(inspection) });
}

/** Lowercase hex SHA-256 over the record's evidence content (see the header). */
export function computeRecordHash(inspection: Inspection): string {
  return sha256Hex(recordHashPreimage(inspection));
}

export type VerifyProblem =
  /** The input does not parse as an inspection, or parsing changed it (unknown or missing keys). */
  | { readonly code: 'invalid-record' }
  | { readonly code: 'not-finalised' }
  | { readonly code: 'hash-mismatch'; readonly expected: string; readonly actual: string }
  | { readonly code: 'attachment-missing'; readonly sha256: string }
  | { readonly code: 'attachment-changed'; readonly sha256: string; readonly actual: string }
  | {
      readonly code: 'attachment-size';
      readonly sha256: string;
      readonly expected: number;
      readonly actual: number;
    };

export interface VerifyResult {
  readonly ok: boolean;
  readonly problems: readonly VerifyProblem[];
}

/**
 * Checks a finalised record and the bytes of every attachment it refers to. `record` is
 * `unknown` because it usually comes from outside (a bundle, a file, another device): it must
 * parse as an Inspection AND come out of parsing unchanged, otherwise a renamed key (which
 * zod would drop) could slip past the hash. Each attachment's SHA-256 is recomputed from its
 * bytes and its size compared with the metadata.
 */
export function verifyRecord(
  record: unknown,
  attachmentBytes: ReadonlyMap<string, Uint8Array>,
): VerifyResult {
  const parsed = Inspection.safeParse(record);
  if (!parsed.success || !sameJson(parsed.data, record))
    return { ok: false, problems: [{ code: 'invalid-record' }] };
  const inspection = parsed.data;
  const problems: VerifyProblem[] = [];
  if (inspection.status !== 'finalized' || inspection.hash === undefined)
    problems.push({ code: 'not-finalised' });
  else {
    const actual = computeRecordHash(inspection);
    if (actual !== inspection.hash)
      problems.push({ code: 'hash-mismatch', expected: inspection.hash, actual });
  }
  const sizes = new Map(inspection.attachments.map((a) => [a.sha256, a.size]));
  for (const sha256 of referencedAttachmentHashes(inspection)) {
    const bytes = attachmentBytes.get(sha256);
    if (bytes === undefined) {
      problems.push({ code: 'attachment-missing', sha256 });
      continue;
    }
    const actual = sha256Hex(bytes);
    if (actual !== sha256) problems.push({ code: 'attachment-changed', sha256, actual });
    const expected = sizes.get(sha256);
    if (expected !== undefined && expected !== bytes.length) {
      problems.push({ code: 'attachment-size', sha256, expected, actual: bytes.length });
    }
  }
  return { ok: problems.length === 0, problems };
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}
