/**
 * One section: its title with progress (answered/visible, and how many 不符合) and its visible
 * items. A finished section folds to its heading so a 100-item checklist stays workable, also
 * when the inspector moves on from it (docs/architecture.md "The checklist screen with 100+
 * items"); its heading is a button that opens it again. The rows stay mounted while folded
 * (only hidden), so folding re-renders no row and a jump to a problem can still find and open it.
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
import { isFailed } from './isFailed';
import { ItemRow } from './ItemRow';
import {
  focusedInside,
  foldsOnMove,
  initialFold,
  isCollapsed,
  movedOn,
  revealed,
  toggled,
} from './sectionFold';
import { useFoldOnLeave } from './useFoldOnLeave';
import { useLocalized } from './useLocalized';

interface SectionViewProps {
  section: TemplateSection;
  items: readonly TemplateItem[];
  index: number;
}

function SectionViewImpl({ section, items, index }: SectionViewProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { store, env } = useChecklist();
  const headingId = useId();
  const bodyId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  // The inspector's own choice (open/closed) wins; without one a finished section folds, but
  // not while they work in it: folding it when they answer its last item would move the page
  // under their pointer. It folds when they move on (sectionFold.ts, useFoldOnLeave.ts).
  const [fold, setFold] = useState(initialFold);
  // A number, so the section re-renders only when its count changes, not on every keystroke.
  const answered = useChecklistSelector(
    store,
    useCallback(
      (d: ChecklistDraft) => items.filter((i) => isAnswered(i, d.answers[i.id])).length,
      [items],
    ),
  );
  const failed = useChecklistSelector(
    store,
    useCallback(
      (d: ChecklistDraft) => items.filter((i) => isFailed(i, d.answers[i.id], d.facts, env)).length,
      [items, env],
    ),
  );
  const title = localize(section.title);
  const done = answered === items.length;
  const collapsed = isCollapsed(fold, done);
  useFoldOnLeave(
    sectionRef,
    () => foldsOnMove(fold, done),
    () => flushSync(() => setFold((f) => movedOn(f, done))),
  );

  useEffect(() => {
    // focusTarget (jump, problem links) asks the section of its target to open, synchronously
    // so the field is visible by the time it is focused.
    const element = sectionRef.current;
    if (!element) return undefined;
    const reveal = () => flushSync(() => setFold(revealed));
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
            onClick={() => setFold((f) => toggled(f, done))}
          >
            {title}
          </button>
        </h2>{' '}
        <span
          className={`progress${done ? ' progress-done' : ''}`}
          aria-label={`${t('checklist.section.progressLabel', {
            title,
            answered,
            visible: items.length,
          })}${failed > 0 ? t('checklist.section.failed', { failed }) : ''}`}
        >
          {t(done ? 'checklist.section.done' : 'checklist.section.progress', {
            answered,
            visible: items.length,
          })}
          {failed > 0 ? t('checklist.section.failed', { failed }) : null}
        </span>
      </div>
      <progress max={items.length} value={answered} aria-hidden="true" />
      <div id={bodyId} hidden={collapsed} onFocus={() => setFold(focusedInside)}>
        {items.map((item, i) => (
          <ItemRow key={item.id} item={item} number={`${index + 1}.${i + 1}`} />
        ))}
      </div>
    </section>
  );
}

export const SectionView = memo(SectionViewImpl);
