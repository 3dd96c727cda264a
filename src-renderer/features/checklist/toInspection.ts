/**
 * Form → stored record. Only valid values are stored: a reading value with letters, a
 * deadline before the inspection day or a malformed date stays in the form with its message
 * and is left out here, so the draft always saves and never holds an invalid value.
 */
import { Inspection, type Answer, type Finding } from '../../../shared/domain/inspection';
import { CONTROL_LEVEL_FACT } from '../../../shared/templates/controlLevels';
import { findingRequired } from '../../../shared/templates/judge';
import { allItems, type TemplateItem } from '../../../shared/templates/templateSchema';
import type { AnswerDraft, ChecklistDraft, FindingDraft } from './checklistDraft';
import type { ChecklistEnv } from './checklistEnv';
import {
  findingErrors,
  instrumentErrors,
  isStorable,
  overrideReasonError,
  readingEntries,
} from './fieldChecks';
import { judgeItem } from './judgeItem';
import { parseFacts } from './parseFacts';

export function toAnswer(
  item: TemplateItem,
  draft: AnswerDraft,
  rawFacts: Readonly<Record<string, string>>,
  env: ChecklistEnv,
): Answer {
  if (item.kind === 'check')
    return { ...(draft.result !== undefined ? { result: draft.result } : {}), note: draft.note };
  const { values, resolution, judgement } = judgeItem(item, draft.readingTexts, rawFacts, env);
  // A judged reading gives the row its result (超标 → 不符合, 达标 → 符合) unless the inspector
  // chose another, which then needs its reason (docs/domain.md "Readings").
  const judged = judgement.exceeded === null ? undefined : judgement.exceeded ? 'fail' : 'pass';
  const result = draft.result ?? judged;
  const reason = draft.overrideReason?.trim() ?? '';
  const overridden = judged !== undefined && result !== judged;
  const base = {
    ...(result !== undefined ? { result } : {}),
    note: draft.note,
    ...(overridden && reason !== '' && isStorable(overrideReasonError(reason))
      ? { overrideReason: reason }
      : {}),
  };
  const texts = readingEntries(item, draft.readingTexts).map((e) => e.text);
  const errors = instrumentErrors(item, draft.instrument, env.today);
  const keep = (key: keyof typeof errors) =>
    isStorable(errors[key]) ? draft.instrument[key].trim() : '';
  const instrument = {
    type: keep('type'),
    model: keep('model'),
    serial: keep('serial'),
    calibratedOn: keep('calibratedOn'),
  };
  const hasInstrument = Object.values(instrument).some((v) => v !== '');
  const limit = resolution.ok ? resolution.limit : undefined;
  return {
    ...base,
    reading: {
      values: [...values],
      ...(texts.length > 0 ? { texts } : {}),
      unit: item.unit,
      ...(hasInstrument ? { instrument } : {}),
      ...(limit
        ? {
            limit: {
              ...(limit.min !== undefined ? { min: limit.min } : {}),
              ...(limit.max !== undefined ? { max: limit.max } : {}),
              ...(limit.minExclusive === true ? { minExclusive: true } : {}),
              ...(limit.maxExclusive === true ? { maxExclusive: true } : {}),
              unit: limit.unit,
              source: limit.source,
            },
          }
        : {}),
      ...(judgement.exceeded !== null ? { exceeded: judgement.exceeded } : {}),
    },
  };
}

/** A finding is kept while its item needs one or while it holds any text (never lose work). */
function toFinding(itemId: string, draft: FindingDraft, env: ChecklistEnv): Finding {
  const errors = findingErrors(draft, env.inspectionDay);
  return {
    id: draft.id,
    itemId,
    description: isStorable(errors.description) ? draft.description : '',
    rule: isStorable(errors.rule) ? draft.rule : '',
    requirement: isStorable(errors.requirement) ? draft.requirement : '',
    deadline: isStorable(errors.deadline) ? draft.deadline : '',
  };
}

/**
 * The county's control level and basis, stored with the record when the template asks for a
 * control level; the reason only when another level is chosen (docs/domain.md "Control level").
 */
function controlLevelBasisOf(draft: ChecklistDraft, env: ChecklistEnv) {
  const county = env.controlLevel;
  if (county === undefined || !env.template.facts.some((f) => f.id === CONTROL_LEVEL_FACT))
    return undefined;
  const chosen = draft.facts[CONTROL_LEVEL_FACT] ?? '';
  const reason = draft.controlLevelReason?.trim() ?? '';
  const keep = chosen !== '' && chosen !== county.level && reason !== '';
  return {
    expected: county.level,
    basis: county.basis,
    ...(keep && isStorable(overrideReasonError(reason)) ? { reason } : {}),
  };
}

export function hasFindingText(draft: FindingDraft): boolean {
  return [draft.description, draft.requirement, draft.deadline].some((s) => s.trim() !== '');
}

/**
 * The checklist part of the record this form stands for: what toInspection stores, and what
 * the one completeness rule (shared/records/checklistProblems.ts) judges on 检查完成.
 */
export function checklistPart(
  draft: ChecklistDraft,
  env: ChecklistEnv,
): Pick<Inspection, 'options' | 'facts' | 'answers' | 'findings' | 'controlLevelBasis'> {
  const answers: Record<string, Answer> = {};
  const findings: Finding[] = [];
  for (const { item } of allItems(env.template)) {
    const answerDraft = draft.answers[item.id];
    const answer = answerDraft ? toAnswer(item, answerDraft, draft.facts, env) : undefined;
    if (answer) answers[item.id] = answer;
    const findingDraft = draft.findings[item.id];
    if (findingDraft && (findingRequired(answer, item) || hasFindingText(findingDraft)))
      findings.push(toFinding(item.id, findingDraft, env));
  }
  const controlLevelBasis = controlLevelBasisOf(draft, env);
  return {
    ...(controlLevelBasis !== undefined ? { controlLevelBasis } : {}),
    options: [...draft.options],
    facts: parseFacts(env.template, draft.facts).values,
    answers,
    findings,
  };
}

export function toInspection(
  base: Inspection,
  draft: ChecklistDraft,
  env: ChecklistEnv,
): Inspection {
  const part = checklistPart(draft, env);
  const { endedAt: _previousEnd, ...rest } = base;
  return Inspection.parse({
    ...rest,
    ...part,
    findings: [...base.findings.filter((f) => f.itemId === undefined), ...part.findings],
    startedAt: base.startedAt ?? base.createdAt,
    ...(draft.endedAt !== undefined ? { endedAt: draft.endedAt } : {}),
  });
}
