/**
 * A 复查 (re-inspection) is an inspection record that carries `recheck`: the record it
 * re-inspects and, for each rectification item it was started with, what was found
 * (docs/rectification.md). Optional on the record, so records made before it keep their hash.
 */
import { z } from 'zod';
import { Sha256Hex } from '../domain/attachment';
import { RecordId } from '../domain/ids';
import { IsoDate, multiLine, optionalLine, optionalMultiLine } from '../domain/text';

export const recheckOutcomes = ['rectified', 'not-rectified', 'referred'] as const;
export const RecheckOutcome = z.enum(recheckOutcomes);
export type RecheckOutcome = z.infer<typeof RecheckOutcome>;

export const RecheckItem = z.object({
  /**
   * The finding this item follows: a record of the original's amendment chain (any member:
   * the rules resolve it to the chain) and the finding's id, which amendments keep.
   */
  origin: z.object({ recordId: RecordId, findingId: RecordId }),
  itemId: z.string().max(120).optional(),
  /** The original finding and requirement, copied so the 复查笔录 prints them. */
  description: multiLine(4000),
  requirement: multiLine(4000),
  /** The deadline this re-inspection checks. */
  deadline: IsoDate,
  /** Undefined while the draft is being filled; finalising requires it. */
  outcome: RecheckOutcome.optional(),
  /** A new deadline, for 'not-rectified'. */
  newDeadline: IsoDate.optional(),
  note: optionalMultiLine(2000),
  /** Photos of the rectified state (hashes of the record's attachments); ≥ 1 for 'rectified'. */
  photos: z.array(Sha256Hex).max(20).default([]),
});
export type RecheckItem = z.infer<typeof RecheckItem>;

export const Recheck = z.object({
  /** The record re-inspected (an original or an earlier 复查), as it was when this started. */
  of: z.object({ id: RecordId, hash: Sha256Hex, recordNumber: optionalLine(60) }),
  items: z.array(RecheckItem).min(1).max(500),
});
export type Recheck = z.infer<typeof Recheck>;
