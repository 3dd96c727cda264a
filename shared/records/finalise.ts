/**
 * Turns a draft into a finalised record: status, number, time stamps, and the content hash
 * computed LAST, over everything else (contentHash.ts). Pure: validation and numbering are
 * the caller's (finaliseValidation.ts, and the store's per-device sequence).
 */
import { Inspection } from '../domain/inspection';
import { computeRecordHash } from './contentHash';
import { currentFinaliseRules } from './finaliseRules';

export interface FinaliseOptions {
  readonly recordNumber: string;
  /** ISO time of finalising; becomes updatedAt. endedAt is kept as the inspector set it. */
  readonly now: string;
}

export function finaliseInspection(
  inspection: Inspection,
  { recordNumber, now }: FinaliseOptions,
): Inspection {
  if (inspection.status !== 'draft')
    throw new Error(`record ${inspection.id} is already ${inspection.status}`);
  const unhashed = Inspection.parse({
    ...inspection,
    status: 'finalized',
    recordNumber,
    finaliseRules: currentFinaliseRules,
    rev: inspection.rev + 1,
    updatedAt: now,
    hash: undefined,
  });
  return { ...unhashed, hash: computeRecordHash(unhashed) };
}
