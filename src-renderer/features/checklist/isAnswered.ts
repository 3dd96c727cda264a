/** Whether an item counts as answered for the section progress (answered/visible). */
import type { TemplateItem } from '../../../shared/templates/templateSchema';
import type { AnswerDraft } from './checklistDraft';
import { readingValues } from './fieldChecks';

export function isAnswered(item: TemplateItem, answer: AnswerDraft | undefined): boolean {
  if (answer === undefined) return false;
  if (item.kind === 'check' || answer.result === 'na') return answer.result !== undefined;
  // A reading is answered by its values: 符合 without a measurement shows no compliance.
  return readingValues(item, answer.readingTexts).length >= item.repeats;
}
