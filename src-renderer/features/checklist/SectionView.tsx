/** One section: its title with progress (answered/visible) and its visible items. */
import { memo, useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateItem, TemplateSection } from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from './checklistDraft';
import { useChecklist } from './checklistContext';
import { useChecklistSelector } from './checklistStore';
import { isAnswered } from './isAnswered';
import { ItemRow } from './ItemRow';
import { useLocalized } from './useLocalized';

interface SectionViewProps {
  section: TemplateSection;
  items: readonly TemplateItem[];
  index: number;
}

function SectionViewImpl({ section, items, index }: SectionViewProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { store } = useChecklist();
  const headingId = useId();
  // A number, so the section re-renders only when its count changes, not on every keystroke.
  const answered = useChecklistSelector(
    store,
    useCallback(
      (d: ChecklistDraft) => items.filter((i) => isAnswered(i, d.answers[i.id])).length,
      [items],
    ),
  );
  const title = localize(section.title);
  const done = answered === items.length;
  return (
    <section className="checklist-section" aria-labelledby={headingId}>
      <div className="section-title">
        <h2 id={headingId}>{title}</h2>
        <span
          className={`progress${done ? ' progress-done' : ''}`}
          aria-label={t('checklist.section.progressLabel', {
            title,
            answered,
            visible: items.length,
          })}
        >
          {t('checklist.section.progress', { answered, visible: items.length })}
        </span>
      </div>
      <progress max={items.length} value={answered} aria-hidden="true" />
      {items.map((item, i) => (
        <ItemRow key={item.id} item={item} number={`${index + 1}.${i + 1}`} />
      ))}
    </section>
  );
}

export const SectionView = memo(SectionViewImpl);
