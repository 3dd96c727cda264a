/**
 * What blocks 检查完成: missing required facts, unanswered visible items, readings that are
 * missing or mistyped, and failed items or exceeded readings without a complete finding.
 * A draft saves whatever this says; only completion needs an empty list.
 */
import { findingRequired } from '../../../shared/templates/judge';
import { isResultOverride } from '../../../shared/templates/readingResult';
import type { TemplateItem } from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from './checklistDraft';
import type { ChecklistEnv } from './checklistEnv';
import { findingErrors, instrumentErrors, overrideReasonError } from './fieldChecks';
import { CONTROL_LEVEL_FACT } from '../../../shared/templates/controlLevels';
import { judgeItem } from './judgeItem';
import { parseFacts } from './parseFacts';
import { hasFindingText, toAnswer } from './toInspection';
import { conditionContext, visibleSections } from './visibility';

export type ProblemKind =
  | 'factMissing'
  | 'factInvalid'
  | 'unanswered'
  | 'readingIncomplete'
  | 'readingInvalid'
  | 'instrumentInvalid'
  | 'findingMissing'
  | 'findingIncomplete'
  | 'findingNotNeeded'
  /** A complete reading no limit judged: the inspector must say 符合 or 不符合. */
  | 'resultMissing'
  /** A result other than the reading's judgement, without its reason. */
  | 'overrideReasonMissing'
  /** A control level other than the county's, without its reason. */
  | 'controlLevelReasonMissing';

export interface Problem {
  readonly kind: ProblemKind;
  /** A fact id or an item id: what the link in the problem list focuses. */
  readonly target: { readonly type: 'fact' | 'item'; readonly id: string };
}

export function itemProblems(
  item: TemplateItem,
  draft: ChecklistDraft,
  env: ChecklistEnv,
): ProblemKind[] {
  const answerDraft = draft.answers[item.id];
  const problems: ProblemKind[] = [];
  const finding = draft.findings[item.id];
  const optional = item.required === false;
  if (item.kind === 'reading') {
    const texts = answerDraft?.readingTexts ?? [];
    const judged = judgeItem(item, texts, draft.facts, env);
    if (judged.hasInvalidText) problems.push('readingInvalid');
    else if (answerDraft?.result !== 'na' && judged.values.length < item.repeats) {
      if (judged.values.length > 0) problems.push('readingIncomplete');
      else if (!optional) problems.push('unanswered');
    }
    if (
      answerDraft &&
      Object.keys(instrumentErrors(item, answerDraft.instrument, env.today)).length > 0
    )
      problems.push('instrumentInvalid');
    if (
      !judged.hasInvalidText &&
      judged.values.length >= item.repeats &&
      judged.judgement.exceeded === null &&
      answerDraft?.result === undefined
    )
      problems.push('resultMissing');
  } else if (answerDraft?.result === undefined && !optional) {
    problems.push('unanswered');
  }
  const answer = answerDraft ? toAnswer(item, answerDraft, draft.facts, env) : undefined;
  if (isResultOverride(answer) && answer?.overrideReason === undefined)
    problems.push('overrideReasonMissing');
  if (findingRequired(answer, item)) {
    if (finding === undefined) problems.push('findingMissing');
    else if (Object.keys(findingErrors(finding, env.inspectionDay)).length > 0)
      problems.push('findingIncomplete');
  } else if (finding !== undefined && hasFindingText(finding)) {
    problems.push('findingNotNeeded');
  }
  return problems;
}

export function validateChecklist(draft: ChecklistDraft, env: ChecklistEnv): Problem[] {
  const problems: Problem[] = [];
  const { errors } = parseFacts(env.template, draft.facts);
  for (const fact of env.template.facts) {
    const error = errors[fact.id];
    if (error === undefined) continue;
    problems.push({
      kind: error === 'required' ? 'factMissing' : 'factInvalid',
      target: { type: 'fact', id: fact.id },
    });
  }
  const chosenLevel = draft.facts[CONTROL_LEVEL_FACT] ?? '';
  if (
    env.controlLevel !== undefined &&
    env.template.facts.some((f) => f.id === CONTROL_LEVEL_FACT) &&
    chosenLevel !== '' &&
    chosenLevel !== env.controlLevel.level &&
    overrideReasonError(draft.controlLevelReason ?? '') !== undefined
  )
    problems.push({
      kind: 'controlLevelReasonMissing',
      target: { type: 'fact', id: CONTROL_LEVEL_FACT },
    });
  const sections = visibleSections(env.template, conditionContext(env.template, draft));
  const visible = new Set<string>();
  for (const { items } of sections) {
    for (const item of items) {
      visible.add(item.id);
      for (const kind of itemProblems(item, draft, env))
        problems.push({ kind, target: { type: 'item', id: item.id } });
    }
  }
  // A finding written for an item that a later choice hid would print for nothing.
  for (const [itemId, finding] of Object.entries(draft.findings)) {
    if (!visible.has(itemId) && hasFindingText(finding))
      problems.push({ kind: 'findingNotNeeded', target: { type: 'item', id: itemId } });
  }
  return problems;
}
