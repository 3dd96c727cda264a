/**
 * Whether an item counts as 不符合 in its section's summary: the result chosen, else for a
 * reading the result its judgement gives (超标 → 不符合), as toAnswer stores it.
 */
import type { TemplateItem } from '../../../shared/templates/templateSchema';
import type { AnswerDraft } from './checklistDraft';
import type { ChecklistEnv } from './checklistEnv';
import { judgeItem } from './judgeItem';

export function isFailed(
  item: TemplateItem,
  answer: AnswerDraft | undefined,
  rawFacts: Readonly<Record<string, string>>,
  env: ChecklistEnv,
): boolean {
  if (answer === undefined) return false;
  if (answer.result !== undefined || item.kind === 'check') return answer.result === 'fail';
  return judgeItem(item, answer.readingTexts, rawFacts, env).judgement.exceeded === true;
}
