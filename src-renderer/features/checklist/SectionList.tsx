/** The visible sections, recomputed only when the options or facts change. */
import { useMemo } from 'react';
import type { ChecklistDraft } from './checklistDraft';
import { useChecklist } from './checklistContext';
import { useChecklistSelector } from './checklistStore';
import { SectionView } from './SectionView';
import { conditionContext, visibleSections } from './visibility';

const selectOptions = (d: ChecklistDraft) => d.options;
const selectFacts = (d: ChecklistDraft) => d.facts;

export function SectionList() {
  const { store, env } = useChecklist();
  const options = useChecklistSelector(store, selectOptions);
  const facts = useChecklistSelector(store, selectFacts);
  const sections = useMemo(
    () => visibleSections(env.template, conditionContext(env.template, { options, facts })),
    [env.template, options, facts],
  );
  return (
    <>
      {sections.map(({ section, items }, index) => (
        <SectionView key={section.id} section={section} items={items} index={index} />
      ))}
    </>
  );
}
