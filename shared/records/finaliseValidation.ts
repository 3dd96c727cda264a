/**
 * Everything that blocks finalising an inspection, all at once (docs/design.md "Records",
 * docs/domain.md §4): the inspector sees the whole list, each problem with a path the UI turns into
 * a link to the field or checklist item, and an i18n key (namespace `evidence`).
 */
import { CertificateNumber } from '../domain/inspector';
import type { Inspection } from '../domain/inspection';
import { findUnprintableCharacters } from '../pdf/unprintableCharacters';
import { recheckProblems, type RecheckProblemCode } from '../rectification/recheckProblems';
import { recordElementProblems } from './recordElementRules';
import type { ConditionContext } from '../templates/condition';
import { CONTROL_LEVEL_FACT } from '../templates/controlLevels';
import { isVisible } from '../templates/isVisible';
import { findingRequired } from '../templates/judge';
import { effectiveResult, isResultOverride } from '../templates/readingResult';
import type { ChecklistTemplate, TemplateItem } from '../templates/templateSchema';
import { rulesApply } from './finaliseRules';

export type FinaliseProblemCode =
  | 'template-unknown'
  | 'fact-missing'
  | 'item-unanswered'
  | 'reading-incomplete'
  /** Edition 2: a measured reading that no limit judged needs an explicit 符合/不符合. */
  | 'reading-result-missing'
  /** Edition 2: a result other than the reading's judgement needs its reason. */
  | 'result-override-reason-missing'
  /** Edition 2: a control level other than the county's needs its reason. */
  | 'control-level-reason-missing'
  | 'finding-missing'
  | 'finding-description-missing'
  | 'finding-requirement-missing'
  | 'finding-deadline-missing'
  | 'finding-deadline-past'
  | 'inspectors-too-few'
  | 'inspector-certificate-missing'
  | 'inspector-duplicate'
  | 'certificates-not-shown'
  | 'recusal-not-asked'
  | 'recusal-not-answered'
  | 'rights-not-notified'
  | 'start-missing'
  | 'end-missing'
  | 'end-before-start'
  | 'location-missing'
  | 'signature-inspector-missing'
  | 'signature-party-missing'
  | 'party-signed-and-refused'
  | 'refusal-reason-missing'
  | 'refusal-witness-missing'
  | 'signature-witness-missing'
  | 'party-confirmation-missing'
  /** Edition 2 (issue #9): who, why, and the party's and witness's part. */
  | 'reason-missing'
  | 'recorder-missing'
  | 'refusal-with-confirmation'
  | 'witness-is-inspector'
  | 'party-absent-and-signed'
  | 'absence-witness-missing'
  | 'photo-doubt-unconfirmed'
  /** Raised by the store: the machine a machinery check is of is not in the registry. */
  | 'machine-unknown'
  /** A character the PDF font cannot print (emoji, rare CJK beyond the BMP): never printable once final. */
  | 'unprintable-character'
  /** Raised by the store, which holds the bytes: a referenced photo or signature is not there. */
  | 'attachment-missing'
  /** A 复查's own rules (shared/rectification/recheckProblems.ts). */
  | RecheckProblemCode;

export interface FinaliseProblem {
  readonly code: FinaliseProblemCode;
  /** i18n key under the `evidence` namespace, e.g. `evidence.problems.item-unanswered`. */
  readonly messageKey: string;
  /**
   * Where to fix it, as segments (item ids contain dots, so no dotted string):
   * ['answers', itemId], ['facts', factId], ['findings', findingId, 'deadline'],
   * ['inspectors', 1, 'certificateNumber'], ['inspectors', 0, 'signature'], ['legal', 'rightsNotified'],
   * ['startedAt'], ['location'], ['party', 'signature'], ['refusal', 'witnessName'] …
   */
  readonly path: readonly (string | number)[];
  /** The checklist item concerned, when there is one. */
  readonly itemId?: string;
  /** Values for the message (names, item numbers). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export function problem(
  code: FinaliseProblemCode,
  path: readonly (string | number)[],
  extra: { itemId?: string; params?: Record<string, string | number> } = {},
): FinaliseProblem {
  return { code, messageKey: `evidence.problems.${code}`, path, ...extra };
}

const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** Every blocking problem, in the order the record reads; empty when it may be finalised. */
export function findFinaliseProblems(
  inspection: Inspection,
  template: ChecklistTemplate | undefined,
): FinaliseProblem[] {
  return [
    ...checklistProblems(inspection, template),
    ...recheckProblems(inspection).map((p) => problem(p.code, p.path, p)),
    ...findingProblems(inspection),
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

function checklistProblems(
  inspection: Inspection,
  template: ChecklistTemplate | undefined,
): FinaliseProblem[] {
  if (
    template === undefined ||
    template.id !== inspection.template.id ||
    template.version !== inspection.template.version
  ) {
    return [
      problem('template-unknown', ['template'], {
        params: { id: inspection.template.id, version: inspection.template.version },
      }),
    ];
  }
  // A 复查 checks the failed items of its original only, in `recheck` (recheckProblems).
  if (inspection.recheck !== undefined) return [];
  const problems: FinaliseProblem[] = [];
  for (const fact of template.facts) {
    const value = inspection.facts[fact.id];
    if (
      fact.required === true &&
      (value === undefined || (typeof value === 'string' && isBlank(value)))
    ) {
      problems.push(problem('fact-missing', ['facts', fact.id], { params: { fact: fact.id } }));
    }
  }
  const basis = inspection.controlLevelBasis;
  if (
    basis !== undefined &&
    rulesApply(inspection, 2) &&
    inspection.facts[CONTROL_LEVEL_FACT] !== undefined &&
    inspection.facts[CONTROL_LEVEL_FACT] !== basis.expected &&
    isBlank(basis.reason)
  )
    problems.push(problem('control-level-reason-missing', ['facts', CONTROL_LEVEL_FACT]));
  const context: ConditionContext = { options: inspection.options, facts: inspection.facts };
  for (const section of template.sections) {
    if (!isVisible(section.condition, context)) continue;
    for (const item of section.items) {
      if (!isVisible(item.condition, context)) continue;
      problems.push(...itemProblems(inspection, item));
    }
  }
  return problems;
}

function itemProblems(inspection: Inspection, item: TemplateItem): FinaliseProblem[] {
  const answer = inspection.answers[item.id];
  const at = { itemId: item.id };
  const values = answer?.reading?.values ?? [];
  const answered = answer?.result !== undefined || (item.kind === 'reading' && values.length > 0);
  if (!answered)
    return item.required === false ? [] : [problem('item-unanswered', ['answers', item.id], at)];
  const problems: FinaliseProblem[] = [];
  // Not applicable needs no measurement; otherwise a reading needs every repeat the method asks.
  if (item.kind === 'reading' && answer?.result !== 'na' && values.length < item.repeats) {
    problems.push(
      problem('reading-incomplete', ['answers', item.id, 'reading'], {
        ...at,
        params: { needed: item.repeats, given: values.length },
      }),
    );
  }
  if (item.kind === 'reading' && rulesApply(inspection, 2)) {
    if (effectiveResult(answer) === undefined && values.length >= item.repeats)
      problems.push(problem('reading-result-missing', ['answers', item.id, 'result'], at));
    if (isResultOverride(answer) && isBlank(answer?.overrideReason))
      problems.push(problem('result-override-reason-missing', ['answers', item.id, 'reason'], at));
  }
  if (findingRequired(answer, item) && !inspection.findings.some((f) => f.itemId === item.id)) {
    problems.push(problem('finding-missing', ['answers', item.id, 'finding'], at));
  }
  return problems;
}

/** Every finding states what was wrong, what must be done and by when (a day after the visit). */
function findingProblems(inspection: Inspection): FinaliseProblem[] {
  const problems: FinaliseProblem[] = [];
  const visitDay =
    inspection.startedAt === undefined ? undefined : shanghaiDay(inspection.startedAt);
  for (const finding of inspection.findings) {
    const at = (field: string) => ['findings', finding.id, field];
    const extra = finding.itemId === undefined ? {} : { itemId: finding.itemId };
    if (isBlank(finding.description))
      problems.push(problem('finding-description-missing', at('description'), extra));
    if (isBlank(finding.requirement))
      problems.push(problem('finding-requirement-missing', at('requirement'), extra));
    if (finding.deadline === '')
      problems.push(problem('finding-deadline-missing', at('deadline'), extra));
    else if (visitDay !== undefined && finding.deadline < visitDay) {
      problems.push(
        problem('finding-deadline-past', at('deadline'), {
          ...extra,
          params: { deadline: finding.deadline },
        }),
      );
    }
  }
  return problems;
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

function shanghaiDay(isoTime: string): string {
  return new Date(Date.parse(isoTime) + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
