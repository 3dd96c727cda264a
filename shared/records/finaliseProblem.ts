/**
 * One blocking problem of a record: its code, the message key, where it is fixed. Its own
 * module so every rule file (finaliseValidation.ts, recordElementRules.ts, checklistProblems.ts)
 * shares it without importing the others (tests/static/importCycles.test.ts).
 */
import type { RecheckProblemCode } from '../rectification/recheckProblems';

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
  /** Edition 3: the rule breached (prefilled from the item's source). */
  | 'finding-rule-missing'
  | 'finding-requirement-missing'
  | 'finding-deadline-missing'
  | 'finding-deadline-past'
  /** Edition 3: a finding with text for an item that no longer needs one (passes, or hidden). */
  | 'finding-not-needed'
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

/**
 * Problems that exist in the checklist form alone: text typed that is not a value yet, so it is
 * not stored and no rule over the record can see it (src-renderer checklist validateChecklist.ts).
 * They share the message table of the record's problems (namespace `evidence.problems`).
 */
export type FormProblemCode =
  'fact-invalid' | 'reading-invalid' | 'instrument-invalid' | 'finding-invalid';

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
