/**
 * Finalising rules of edition 2 (shared/records/finaliseRules.ts) about who, why and the
 * party's part (docs/records.md): the inspection reason, a recorder among the inspectors, a
 * refusal that replaces the confirmation statement, a witness who is not an inspector, and a
 * witness (who signs) when the party is absent. Records finalised under edition 1 are not
 * judged by them, so they stay valid.
 */
import type { Inspection } from '../domain/inspection';
import { rulesApply } from './finaliseRules';
import type { FinaliseProblem, FinaliseProblemCode } from './finaliseProblem';

const at = (
  code: FinaliseProblemCode,
  path: readonly (string | number)[],
  params?: Record<string, string | number>,
): FinaliseProblem => ({
  code,
  messageKey: `evidence.problems.${code}`,
  path,
  ...(params ? { params } : {}),
});

const same = (a: string, b: string): boolean => a.trim() === b.trim();
const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** Names of the people the party side relies on as witnesses, with where each is typed. */
function witnesses(inspection: Inspection): { name: string; path: string[] }[] {
  const out: { name: string; path: string[] }[] = [];
  if (inspection.refusal && !blank(inspection.refusal.witnessName))
    out.push({ name: inspection.refusal.witnessName, path: ['refusal', 'witnessName'] });
  if (inspection.partyAbsent && !blank(inspection.partyAbsent.witnessName))
    out.push({ name: inspection.partyAbsent.witnessName, path: ['partyAbsent', 'witnessName'] });
  return out;
}

export function recordElementProblems(inspection: Inspection): FinaliseProblem[] {
  const problems: FinaliseProblem[] = [];
  const { partyAbsent, refusal, signatures } = inspection;
  // The absence itself is new data: whoever records it must also name and get the witness.
  if (partyAbsent !== undefined) {
    if (refusal !== undefined || signatures.some((s) => s.role === 'party'))
      problems.push(at('party-absent-and-signed', ['partyAbsent']));
    if (blank(partyAbsent.witnessName))
      problems.push(at('absence-witness-missing', ['partyAbsent', 'witnessName']));
    else if (!signatures.some((s) => s.role === 'witness' && same(s.name, partyAbsent.witnessName)))
      problems.push(
        at('signature-witness-missing', ['partyAbsent', 'witnessSignature'], {
          name: partyAbsent.witnessName,
        }),
      );
  }
  if (!rulesApply(inspection, 2)) return problems;
  if (inspection.reason === undefined) problems.push(at('reason-missing', ['reason']));
  const recorder = inspection.recorder;
  if (recorder === undefined || !inspection.inspectors.some((i) => same(i.name, recorder)))
    problems.push(at('recorder-missing', ['recorder']));
  if (refusal !== undefined && !blank(inspection.legal.partyConfirmation))
    problems.push(at('refusal-with-confirmation', ['legal', 'partyConfirmation']));
  for (const photo of inspection.attachments)
    if (photo.doubt !== undefined && blank(photo.doubt.reason))
      problems.push(at('photo-doubt-unconfirmed', ['attachments', photo.sha256, 'doubt']));
  for (const witness of witnesses(inspection))
    if (inspection.inspectors.some((i) => same(i.name, witness.name)))
      problems.push(at('witness-is-inspector', witness.path, { name: witness.name }));
  return problems;
}
