/**
 * Everything that blocks finalising an inspection, all at once (docs/design.md "Records",
 * docs/domain.md §4): the inspector sees the whole list, each problem with a path the UI turns into
 * a link to the field or checklist item, and an i18n key (namespace `evidence`).
 */
import { CertificateNumber } from '../domain/inspector';
import type { Inspection } from '../domain/inspection';
import { findUnprintableCharacters } from '../pdf/unprintableCharacters';
import { recheckProblems } from '../rectification/recheckProblems';
import { recordElementProblems } from './recordElementRules';
import type { ChecklistTemplate } from '../templates/templateSchema';
import { findChecklistProblems } from './checklistProblems';
import { problem, type FinaliseProblem } from './finaliseProblem';

export type { FinaliseProblem, FinaliseProblemCode } from './finaliseProblem';
export { problem } from './finaliseProblem';

const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** Every blocking problem, in the order the record reads; empty when it may be finalised. */
export function findFinaliseProblems(
  inspection: Inspection,
  template: ChecklistTemplate | undefined,
): FinaliseProblem[] {
  return [
    // The checklist's own rules are shared with the checklist screen (checklistProblems.ts).
    // A 复查 checks the failed items of its original only, in `recheck` (recheckProblems).
    ...(inspection.recheck === undefined ? findChecklistProblems(inspection, template) : []),
    ...recheckProblems(inspection).map((p) => problem(p.code, p.path, p)),
    ...inspectorProblems(inspection),
    ...legalProblems(inspection),
    ...signatureProblems(inspection),
    ...recordElementProblems(inspection),
    ...printProblems(inspection, template),
  ];
}

/**
 * A finalised record cannot change, so a character the PDF cannot print (the renderer would
 * throw MissingGlyphError for ever) is refused while the record is still a draft. Without the
 * record's template nothing is printed and 'template-unknown' already blocks.
 */
function printProblems(
  inspection: Inspection,
  template: ChecklistTemplate | undefined,
): FinaliseProblem[] {
  if (template?.id !== inspection.template.id || template.version !== inspection.template.version)
    return [];
  return findUnprintableCharacters(inspection, template).map(
    ({ char, codePoint, path, field, itemId }) =>
      problem('unprintable-character', path, {
        ...(itemId === undefined ? {} : { itemId }),
        params: {
          char,
          field,
          codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
        },
      }),
  );
}

/** 《行政处罚法》 Art. 42: at least two officers, each with a law-enforcement certificate. */
function inspectorProblems(inspection: Inspection): FinaliseProblem[] {
  const problems: FinaliseProblem[] = [];
  const seen = new Set<string>();
  inspection.inspectors.forEach((inspector, index) => {
    // The draft schema already demands a number; checked again because this runs on any input.
    if (!CertificateNumber.safeParse(inspector.certificateNumber).success) {
      problems.push(
        problem('inspector-certificate-missing', ['inspectors', index, 'certificateNumber'], {
          params: { name: inspector.name },
        }),
      );
      return;
    }
    const key = inspector.certificateNumber.trim().toUpperCase();
    if (seen.has(key))
      problems.push(
        problem('inspector-duplicate', ['inspectors', index], { params: { name: inspector.name } }),
      );
    seen.add(key);
  });
  if (inspection.inspectors.length < 2) {
    problems.push(
      problem('inspectors-too-few', ['inspectors'], {
        params: { count: inspection.inspectors.length },
      }),
    );
  }
  return problems;
}

function legalProblems(inspection: Inspection): FinaliseProblem[] {
  const { legal } = inspection;
  const problems: FinaliseProblem[] = [];
  if (!legal.certificatesShown)
    problems.push(problem('certificates-not-shown', ['legal', 'certificatesShown']));
  if (!legal.recusalAsked) problems.push(problem('recusal-not-asked', ['legal', 'recusalAsked']));
  else if (legal.recusalRequested === undefined)
    problems.push(problem('recusal-not-answered', ['legal', 'recusalRequested']));
  if (!legal.rightsNotified)
    problems.push(problem('rights-not-notified', ['legal', 'rightsNotified']));
  if (inspection.startedAt === undefined) problems.push(problem('start-missing', ['startedAt']));
  if (inspection.endedAt === undefined) problems.push(problem('end-missing', ['endedAt']));
  if (
    inspection.startedAt !== undefined &&
    inspection.endedAt !== undefined &&
    Date.parse(inspection.endedAt) < Date.parse(inspection.startedAt)
  ) {
    problems.push(problem('end-before-start', ['endedAt']));
  }
  if (inspection.location === undefined) problems.push(problem('location-missing', ['location']));
  return problems;
}

const sameName = (a: string, b: string): boolean => a.trim() === b.trim();

/**
 * Each inspector signs; the party's representative signs, or refuses: then the reason, the
 * witness's name and the witness's signature are recorded (SPC evidence rules Art. 15,
 * 《行政强制法》 Art. 18). The party's confirmation text is required unless they refused, since
 * a party who refuses to sign writes nothing and the refusal stands in its place.
 */
function signatureProblems(inspection: Inspection): FinaliseProblem[] {
  const problems: FinaliseProblem[] = [];
  const { signatures, refusal } = inspection;
  const inspectorSignatures = signatures.filter((s) => s.role === 'inspector');
  inspection.inspectors.forEach((inspector, index) => {
    // Two inspectors of the same name need two signatures under that name.
    const namesakesBefore = inspection.inspectors
      .slice(0, index)
      .filter((i) => sameName(i.name, inspector.name)).length;
    const signed = inspectorSignatures.filter((s) => sameName(s.name, inspector.name)).length;
    if (signed <= namesakesBefore)
      problems.push(
        problem('signature-inspector-missing', ['inspectors', index, 'signature'], {
          params: { name: inspector.name },
        }),
      );
  });
  const partySigned = signatures.some((s) => s.role === 'party');
  // An absent party neither signs nor confirms: recordElementRules.ts asks for the witness.
  if (inspection.partyAbsent !== undefined) return problems;
  if (refusal === undefined) {
    if (!partySigned) problems.push(problem('signature-party-missing', ['party', 'signature']));
    if (isBlank(inspection.legal.partyConfirmation))
      problems.push(problem('party-confirmation-missing', ['legal', 'partyConfirmation']));
    return problems;
  }
  if (partySigned) problems.push(problem('party-signed-and-refused', ['refusal']));
  if (isBlank(refusal.reason))
    problems.push(problem('refusal-reason-missing', ['refusal', 'reason']));
  if (isBlank(refusal.witnessName))
    problems.push(problem('refusal-witness-missing', ['refusal', 'witnessName']));
  else if (!signatures.some((s) => s.role === 'witness' && sameName(s.name, refusal.witnessName))) {
    problems.push(
      problem('signature-witness-missing', ['refusal', 'witnessSignature'], {
        params: { name: refusal.witnessName },
      }),
    );
  }
  return problems;
}
