/** Which sections and items are shown, from the options chosen and the facts answered. */
import type { ConditionContext } from '../../../shared/templates/condition';
import { isVisible } from '../../../shared/templates/isVisible';
import type {
  ChecklistTemplate,
  TemplateItem,
  TemplateSection,
} from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from './checklistDraft';
import { parseFacts } from './parseFacts';

export function conditionContext(
  template: ChecklistTemplate,
  draft: Pick<ChecklistDraft, 'options' | 'facts'>,
): ConditionContext {
  return { options: draft.options, facts: parseFacts(template, draft.facts).values };
}

export interface VisibleSection {
  readonly section: TemplateSection;
  readonly items: readonly TemplateItem[];
}

export function visibleSections(
  template: ChecklistTemplate,
  context: ConditionContext,
): VisibleSection[] {
  return template.sections
    .filter((s) => isVisible(s.condition, context))
    .map((section) => ({
      section,
      items: section.items.filter((i) => isVisible(i.condition, context)),
    }))
    .filter((s) => s.items.length > 0);
}
