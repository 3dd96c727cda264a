/**
 * What the checklist form holds while an inspector types: the raw text of every input, so a
 * wrong value stays visible at its field with a message. Only valid values leave this shape
 * for the stored record (toInspection.ts); this is the other direction, record → form.
 */
import type { RecordId } from '../../../shared/domain/ids';
import type { Inspection, ItemResult } from '../../../shared/domain/inspection';
import { judgedResult } from '../../../shared/templates/readingResult';
import { allItems, type ChecklistTemplate } from '../../../shared/templates/templateSchema';

export interface InstrumentDraft {
  readonly type: string;
  readonly model: string;
  readonly serial: string;
  readonly calibratedOn: string;
}

export interface AnswerDraft {
  readonly result?: ItemResult;
  readonly note: string;
  /** One text per reading value, as typed. */
  readonly readingTexts: readonly string[];
  readonly instrument: InstrumentDraft;
  /** Why the chosen result differs from the reading's judgement; stored only when it does. */
  readonly overrideReason?: string;
}

export interface FindingDraft {
  readonly id: RecordId;
  readonly description: string;
  readonly rule: string;
  readonly requirement: string;
  /** As typed (a date input gives YYYY-MM-DD or ''); stored only when valid. */
  readonly deadline: string;
}

export interface ChecklistDraft {
  readonly options: readonly string[];
  /** Fact values as typed (numbers as text); parsed on the way out. */
  readonly facts: Readonly<Record<string, string>>;
  readonly answers: Readonly<Record<string, AnswerDraft>>;
  /** At most one finding per item, by item id. */
  readonly findings: Readonly<Record<string, FindingDraft>>;
  /** Why another control level than the county's applies (stored only when it differs). */
  readonly controlLevelReason?: string;
  /** When 检查完成 last succeeded; cleared by the next change. */
  readonly endedAt?: string;
}

export const emptyInstrument: InstrumentDraft = {
  type: '',
  model: '',
  serial: '',
  calibratedOn: '',
};
export const emptyAnswer: AnswerDraft = { note: '', readingTexts: [], instrument: emptyInstrument };

export function draftFromInspection(
  template: ChecklistTemplate,
  inspection: Inspection,
): ChecklistDraft {
  const facts: Record<string, string> = {};
  for (const fact of template.facts) {
    const value = inspection.facts[fact.id];
    if (value !== undefined) facts[fact.id] = String(value);
    else if (fact.kind === 'select' && fact.default !== undefined) facts[fact.id] = fact.default;
  }
  const answers: Record<string, AnswerDraft> = {};
  for (const { item } of allItems(template)) {
    const stored = inspection.answers[item.id];
    if (stored === undefined) continue;
    const instrument = stored.reading?.instrument;
    // A result equal to the judgement was derived from it: leave it to be derived again, so
    // a corrected value changes it instead of turning it into an override.
    const chosen =
      stored.result !== undefined && stored.result !== judgedResult(stored)
        ? stored.result
        : undefined;
    answers[item.id] = {
      ...(chosen !== undefined ? { result: chosen } : {}),
      ...(stored.overrideReason !== undefined ? { overrideReason: stored.overrideReason } : {}),
      note: stored.note,
      readingTexts: stored.reading?.texts ?? (stored.reading?.values ?? []).map(String),
      instrument: instrument
        ? {
            type: instrument.type,
            model: instrument.model,
            serial: instrument.serial,
            calibratedOn: instrument.calibratedOn,
          }
        : emptyInstrument,
    };
  }
  const findings: Record<string, FindingDraft> = {};
  for (const finding of inspection.findings) {
    if (finding.itemId === undefined) continue;
    findings[finding.itemId] = {
      id: finding.id,
      description: finding.description,
      rule: finding.rule,
      requirement: finding.requirement,
      deadline: finding.deadline,
    };
  }
  const controlLevelReason = inspection.controlLevelBasis?.reason;
  return {
    options: inspection.options,
    facts,
    ...(controlLevelReason !== undefined ? { controlLevelReason } : {}),
    answers,
    findings,
    ...(inspection.endedAt !== undefined ? { endedAt: inspection.endedAt } : {}),
  };
}
