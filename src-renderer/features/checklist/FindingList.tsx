/** All findings at the end of the checklist, each a link back to its item. */
import { useTranslation } from 'react-i18next';
import { allItems } from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from './checklistDraft';
import { useChecklist } from './checklistContext';
import { useChecklistSelector } from './checklistStore';
import { focusTarget } from './focusTarget';
import { hasFindingText } from './toInspection';
import { useLocalized } from './useLocalized';

const selectFindings = (d: ChecklistDraft) => d.findings;

export function FindingList() {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { store, env } = useChecklist();
  const findings = useChecklistSelector(store, selectFindings);
  const rows = allItems(env.template).flatMap(({ item }) => {
    const finding = findings[item.id];
    return finding && (hasFindingText(finding) || finding.rule !== '') ? [{ item, finding }] : [];
  });
  return (
    <section className="finding-list" aria-labelledby="finding-list-title">
      <h2 id="finding-list-title">{t('checklist.finding.list', { count: rows.length })}</h2>
      {rows.length === 0 ? <p className="muted">{t('checklist.finding.listEmpty')}</p> : null}
      <ol>
        {rows.map(({ item, finding }) => (
          <li key={finding.id}>
            <button
              type="button"
              className="link"
              onClick={() => focusTarget({ type: 'item', id: item.id })}
            >
              {localize(item.text)}
            </button>
            {finding.description.trim() !== '' ? `：${finding.description}` : ''}
            <span className="muted">
              {' · '}
              {finding.deadline !== ''
                ? t('checklist.finding.deadlineShort', { date: finding.deadline })
                : t('checklist.finding.noDeadline')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
