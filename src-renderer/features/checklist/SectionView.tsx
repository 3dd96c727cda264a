/**
 * One section: its title with progress (answered/visible) and its visible items. A finished
 * section folds to its heading so a 100-item checklist stays workable (docs/architecture.md); its
 * heading is a button that opens it again. The rows stay mounted while folded (only hidden),
 * so folding re-renders no row and a jump to a problem can still find and open it.
 */
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TemplateItem, TemplateSection } from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from './checklistDraft';
import { useChecklist } from './checklistContext';
import { useChecklistSelector } from './checklistStore';
import { REVEAL_EVENT } from './focusTarget';
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
  const bodyId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  // The inspector's own choice (open/closed) wins; without one a finished section folds, but
  // not one they have worked in since it was shown: folding it when they answer its last item
  // or leave it would move the page under their pointer (a click landing on the wrong field).
  const [expanded, setExpanded] = useState<boolean | undefined>(undefined);
  const [workedIn, setWorkedIn] = useState(false);
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
  const collapsed = expanded === undefined ? done && !workedIn : !expanded;

  useEffect(() => {
    // focusTarget (jump, problem links) asks the section of its target to open, synchronously
    // so the field is visible by the time it is focused.
    const element = sectionRef.current;
    if (!element) return undefined;
    const reveal = () => flushSync(() => setExpanded(true));
    element.addEventListener(REVEAL_EVENT, reveal);
    return () => element.removeEventListener(REVEAL_EVENT, reveal);
  }, []);

  return (
    <section
      ref={sectionRef}
      className={`checklist-section${collapsed ? ' checklist-section-collapsed' : ''}`}
      aria-labelledby={headingId}
    >
      <div className="section-title">
        <h2 id={headingId}>
          <button
            type="button"
            className="section-toggle"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            onClick={() => setExpanded(collapsed)}
          >
            {title}
          </button>
        </h2>{' '}
        <span
          className={`progress${done ? ' progress-done' : ''}`}
          aria-label={t('checklist.section.progressLabel', {
            title,
            answered,
            visible: items.length,
          })}
        >
          {t(done ? 'checklist.section.done' : 'checklist.section.progress', {
            answered,
            visible: items.length,
          })}
        </span>
      </div>
      <progress max={items.length} value={answered} aria-hidden="true" />
      <div id={bodyId} hidden={collapsed} onFocus={() => setWorkedIn(true)}>
        {items.map((item, i) => (
          <ItemRow key={item.id} item={item} number={`${index + 1}.${i + 1}`} />
        ))}
      </div>
    </section>
  );
}

export const SectionView = memo(SectionViewImpl);
