/**
 * Which edition of the finalising rules a record was finalised under.
 *
 * Finalised records are evidence: a rule added later (a result for every judged reading, the
 * inspection reason, a witness when the party is absent …) must not turn an old record into an
 * invalid one, nor change its hash. So each record carries the edition it met, written when it
 * is finalised, and every rule added after edition 1 applies only from the edition that
 * introduced it. Records finalised before the field existed have no `finaliseRules` in their
 * body (their canonical JSON, and so their hash, is unchanged): they are edition 1.
 * Drafts are always checked against the current edition.
 */
import type { Inspection } from '../domain/inspection';

/**
 * Edition 1: rules up to the first release. Edition 2: the printed-record rules of issue #9.
 * Edition 3: the one completeness rule of issue #12 (checklistProblems.ts): a finding names the
 * rule breached, and a finding its item no longer needs is deleted, as the checklist screen
 * always demanded.
 */
export const currentFinaliseRules = 3;

/** The edition a record is judged by: its own once finalised, the current one for a draft. */
export function finaliseRulesOf(inspection: Pick<Inspection, 'status' | 'finaliseRules'>): number {
  if (inspection.status === 'draft') return currentFinaliseRules;
  return inspection.finaliseRules ?? 1;
}

/** True when rules introduced in `edition` apply to this record. */
export function rulesApply(
  inspection: Pick<Inspection, 'status' | 'finaliseRules'>,
  edition: number,
): boolean {
  return finaliseRulesOf(inspection) >= edition;
}
