/**
 * Field-level rules of the checklist form, shared by the messages at the fields, the
 * mapping to the stored record (an invalid value is never stored) and the completion check.
 * Errors are message keys of the `checklist.errors` namespace.
 */
import { Answer, Finding, Instrument } from '../../../shared/domain/inspection';
import { IsoDate } from '../../../shared/domain/text';
import { instrumentTypes } from '../../../shared/templates/instruments';
import type { ReadingItem, TemplateFact } from '../../../shared/templates/templateSchema';
import type { Unit } from '../../../shared/templates/units';
import type { FindingDraft, InstrumentDraft } from './checklistDraft';
import { numberTextAsWritten, parseNumberText, type NumberTextError } from './parseNumberText';

export type FieldError =
  | NumberTextError
  | 'required'
  | 'tooLong'
  | 'controlChars'
  | 'date'
  | 'notAChoice'
  | 'calibrationInFuture'
  | 'deadlineBeforeInspection'
  | 'wrongInstrument';

/**
 * Units whose quantity can be below zero. None of today's can (velocities, concentrations,
 * ratios, resistances, lengths, power); a gauge pressure would be the first to join.
 */
const signedUnits: readonly Unit[] = [];

export function readingTextError(item: ReadingItem, text: string): NumberTextError | undefined {
  const parsed = parseNumberText(text, { allowNegative: signedUnits.includes(item.unit) });
  return parsed.ok === false ? parsed.error : undefined;
}

/** The valid values of a reading, in the order typed; invalid or empty texts are left out. */
export function readingValues(item: ReadingItem, texts: readonly string[]): number[] {
  return readingEntries(item, texts).map((e) => e.value);
}

/**
 * The valid values with the text each was written as ("0.60", "2,150"), folded to the
 * characters the parser read (full-width digits become ASCII), so the record prints it as typed.
 */
export function readingEntries(
  item: ReadingItem,
  texts: readonly string[],
): { value: number; text: string }[] {
  const entries: { value: number; text: string }[] = [];
  const allowNegative = signedUnits.includes(item.unit);
  for (const text of texts) {
    const parsed = parseNumberText(text, { allowNegative });
    if (parsed.ok === true) entries.push({ value: parsed.value, text: numberTextAsWritten(text) });
  }
  return entries.slice(0, item.maxRepeats ?? item.repeats);
}

export type FactValue = string | number;

export function parseFact(
  fact: TemplateFact,
  text: string,
): { value?: FactValue; error?: FieldError } {
  const trimmed = text.trim();
  if (trimmed === '') return fact.required === true ? { error: 'required' } : {};
  switch (fact.kind) {
    case 'text':
      if (trimmed.length > fact.maxLength) return { error: 'tooLong' };
      // eslint-disable-next-line no-control-regex -- control characters break the PDF and exports
      if (/[\u0000-\u001F\u007F]/.test(trimmed)) return { error: 'controlChars' };
      return { value: trimmed };
    case 'number': {
      const parsed = parseNumberText(trimmed, {
        ...(fact.min !== undefined ? { min: fact.min } : {}),
        ...(fact.max !== undefined ? { max: fact.max } : {}),
        ...(fact.integer === true ? { integer: true } : {}),
        allowNegative: fact.min === undefined || fact.min < 0,
      });
      if (parsed.ok === true) return { value: parsed.value };
      return parsed.ok === false ? { error: parsed.error } : {};
    }
    case 'select':
      return fact.choices.some((c) => c.value === trimmed)
        ? { value: trimmed }
        : { error: 'notAChoice' };
    case 'date':
      return IsoDate.safeParse(trimmed).success ? { value: trimmed } : { error: 'date' };
  }
}

export type InstrumentErrors = Partial<Record<keyof InstrumentDraft, FieldError>>;

export function instrumentErrors(
  item: ReadingItem,
  draft: InstrumentDraft,
  today: string,
): InstrumentErrors {
  const errors: InstrumentErrors = {};
  const allowed: readonly string[] = item.instruments;
  if (draft.type !== '' && !(instrumentTypes as readonly string[]).includes(draft.type))
    errors.type = 'wrongInstrument';
  else if (draft.type !== '' && !allowed.includes(draft.type)) errors.type = 'wrongInstrument';
  for (const key of ['model', 'serial'] as const) {
    const result = Instrument.shape[key].safeParse(draft[key]);
    if (!result.success) errors[key] = messageKey(result.error.issues[0]?.message);
  }
  if (draft.calibratedOn !== '') {
    if (!IsoDate.safeParse(draft.calibratedOn).success) errors.calibratedOn = 'date';
    else if (draft.calibratedOn > today) errors.calibratedOn = 'calibrationInFuture';
  }
  return errors;
}

export type FindingErrors = Partial<
  Record<'description' | 'rule' | 'requirement' | 'deadline', FieldError>
>;

/** Every field of a finding is needed to complete: what, which rule, what to do, by when. */
export function findingErrors(draft: FindingDraft, inspectionDay: string): FindingErrors {
  const errors: FindingErrors = {};
  for (const key of ['description', 'rule', 'requirement'] as const) {
    const result = Finding.shape[key].safeParse(draft[key]);
    if (!result.success) errors[key] = messageKey(result.error.issues[0]?.message);
    else if (draft[key].trim() === '') errors[key] = 'required';
  }
  if (draft.deadline === '') errors.deadline = 'required';
  else if (!IsoDate.safeParse(draft.deadline).success) errors.deadline = 'date';
  else if (draft.deadline < inspectionDay) errors.deadline = 'deadlineBeforeInspection';
  return errors;
}

/** The reason for a result other than the reading's judgement: printed, so bounded and clean. */
export function overrideReasonError(text: string): FieldError | undefined {
  const result = Answer.shape.overrideReason.safeParse(text);
  if (!result.success) return messageKey(result.error.issues[0]?.message);
  return text.trim() === '' ? 'required' : undefined;
}

/** Only format problems keep a value out of the store; an empty field is merely incomplete. */
export function isStorable(error: FieldError | undefined): boolean {
  return error === undefined || error === 'required';
}

function messageKey(message: string | undefined): FieldError {
  if (message === 'errors.tooLong') return 'tooLong';
  if (message === 'errors.controlChars') return 'controlChars';
  return 'required';
}
