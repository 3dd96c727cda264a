/**
 * The finding at a failed item or an exceeded reading: what was found, the rule breached
 * (prefilled from the item's source and text), the rectification required and a deadline
 * that may not be before the inspection day. Empty fields are "incomplete" (the row says
 * so); wrong formats get their message at the field and are not stored.
 */
import { useTranslation } from 'react-i18next';
import type { FindingDraft } from './checklistDraft';
import { useChecklist } from './checklistContext';
import { removeFinding, setFinding } from './checklistStore';
import { ChecklistField } from './ChecklistField';
import { findingErrors, type FieldError } from './fieldChecks';

interface FindingEditorProps {
  itemId: string;
  finding: FindingDraft;
  needed: boolean;
}

/** "Required" shows as the row's summary, not as red on every field the moment 不符合 is chosen. */
const shown = (error: FieldError | undefined) => (error === 'required' ? undefined : error);

export function FindingEditor({ itemId, finding, needed }: FindingEditorProps) {
  const { t } = useTranslation();
  const { store, env, readOnly } = useChecklist();
  const errors = findingErrors(finding, env.inspectionDay);
  const incomplete = Object.keys(errors).length > 0;
  const set = (patch: Partial<Omit<FindingDraft, 'id'>>) => store.update(setFinding(itemId, patch));

  return (
    <fieldset className={`finding${needed && incomplete ? ' finding-incomplete' : ''}`}>
      <legend>{t('checklist.finding.legend')}</legend>
      {needed && incomplete ? (
        <p className="finding-needed">{t('checklist.finding.needed')}</p>
      ) : null}
      {!needed ? <p className="warning">{t('checklist.finding.notNeeded')}</p> : null}
      <ChecklistField
        label={t('checklist.finding.description')}
        error={shown(errors.description)}
        required
      >
        <textarea
          rows={2}
          maxLength={4000}
          value={finding.description}
          readOnly={readOnly}
          onChange={(e) => set({ description: e.target.value })}
        />
      </ChecklistField>
      <ChecklistField label={t('checklist.finding.rule')} error={shown(errors.rule)} required>
        <textarea
          rows={2}
          maxLength={1000}
          value={finding.rule}
          readOnly={readOnly}
          onChange={(e) => set({ rule: e.target.value })}
        />
      </ChecklistField>
      <ChecklistField
        label={t('checklist.finding.requirement')}
        error={shown(errors.requirement)}
        required
      >
        <textarea
          rows={2}
          maxLength={4000}
          value={finding.requirement}
          readOnly={readOnly}
          onChange={(e) => set({ requirement: e.target.value })}
        />
      </ChecklistField>
      <ChecklistField
        label={t('checklist.finding.deadline')}
        error={shown(errors.deadline)}
        errorValues={{ day: env.inspectionDay }}
        required
      >
        <input
          type="date"
          min={env.inspectionDay}
          value={finding.deadline}
          readOnly={readOnly}
          onChange={(e) => set({ deadline: e.target.value })}
        />
      </ChecklistField>
      {!needed && !readOnly ? (
        <button
          type="button"
          className="danger small"
          onClick={() => store.update(removeFinding(itemId))}
        >
          {t('checklist.finding.remove')}
        </button>
      ) : null}
    </fieldset>
  );
}
