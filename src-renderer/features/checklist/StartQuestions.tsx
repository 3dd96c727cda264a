/**
 * Asked before the checklist: the template's options (e.g. VOCs sector modules) and facts
 * (control level, project facts, a machine's stage and power). Conditions and limits depend
 * on them, so they come first; each fact has its id as a focus target for the problem list.
 */
import { useTranslation } from 'react-i18next';
import { CONTROL_LEVEL_FACT } from '../../../shared/templates/controlLevels';
import type { TemplateFact } from '../../../shared/templates/templateSchema';
import { unitLabels } from '../../../shared/templates/units';
import { useChecklist } from './checklistContext';
import { useChecklistSelector } from './checklistStore';
import { ChecklistField } from './ChecklistField';
import { parseFact } from './fieldChecks';
import { targetElementId } from './focusTarget';
import { useLocalized } from './useLocalized';
import type { ChecklistDraft } from './checklistDraft';

const selectOptions = (d: ChecklistDraft) => d.options;
const selectFacts = (d: ChecklistDraft) => d.facts;

export function StartQuestions({ prefilled }: { prefilled: boolean }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { store, env, readOnly } = useChecklist();
  const options = useChecklistSelector(store, selectOptions);
  const facts = useChecklistSelector(store, selectFacts);
  const template = env.template;
  const toggle = (id: string, on: boolean) =>
    store.update((d) => ({
      ...d,
      // Kept in template order so the stored list does not depend on click order.
      options: template.options
        .map((o) => o.id)
        .filter((o) => (o === id ? on : d.options.includes(o))),
    }));
  const setFact = (id: string, value: string) =>
    store.update((d) => ({ ...d, facts: { ...d.facts, [id]: value } }));

  return (
    <section className="start-questions" aria-labelledby="start-questions-title">
      <h2 id="start-questions-title">{t('checklist.start.title')}</h2>
      {prefilled ? <p className="notice">{t('checklist.start.prefilled')}</p> : null}
      {template.options.length > 0 ? (
        <fieldset className="choice options">
          <legend>{t('checklist.start.options')}</legend>
          <p className="field-hint">{t('checklist.start.optionsHint')}</p>
          {template.options.map((option) => (
            <label key={option.id} className="radio">
              <input
                type="checkbox"
                checked={options.includes(option.id)}
                disabled={readOnly}
                onChange={(e) => toggle(option.id, e.target.checked)}
              />
              {localize(option.title)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="form facts-form">
        {template.facts.map((fact) => (
          <div key={fact.id} id={targetElementId({ type: 'fact', id: fact.id })}>
            <FactInput
              fact={fact}
              value={facts[fact.id] ?? ''}
              onChange={(v) => setFact(fact.id, v)}
            />
            {fact.id === CONTROL_LEVEL_FACT ? (
              <ControlLevelBasis chosen={facts[fact.id] ?? ''} />
            ) : null}
          </div>
        ))}
      </div>
    </section>
  );
}

const selectReason = (d: ChecklistDraft) => d.controlLevelReason ?? '';

/** The county's level and basis under the control-level question; a reason when another is chosen. */
function ControlLevelBasis({ chosen }: { chosen: string }) {
  const { t } = useTranslation();
  const { store, env, readOnly } = useChecklist();
  const reason = useChecklistSelector(store, selectReason);
  const county = env.controlLevel;
  if (county === undefined) return null;
  const differs = chosen !== '' && chosen !== county.level;
  return (
    <div className="control-level-basis">
      <p className="field-hint">
        {t('checklist.controlLevel.county', {
          level: t(`checklist.controlLevelNames.${county.level}`),
          basis: county.basis,
        })}
      </p>
      {differs ? (
        <ChecklistField label={t('checklist.controlLevel.reason')} required>
          <textarea
            rows={2}
            maxLength={500}
            value={reason}
            readOnly={readOnly}
            onChange={(e) => store.update((d) => ({ ...d, controlLevelReason: e.target.value }))}
          />
        </ChecklistField>
      ) : null}
    </div>
  );
}

function FactInput({
  fact,
  value,
  onChange,
}: {
  fact: TemplateFact;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { readOnly } = useChecklist();
  const { error } = parseFact(fact, value);
  // An empty required fact is a problem for completion, not a red field while starting out.
  const shown = error === 'required' ? undefined : error;
  const label =
    fact.kind === 'number'
      ? `${localize(fact.label)}（${localize(unitLabels[fact.unit])}）`
      : localize(fact.label);
  const hint = fact.hint ? localize(fact.hint) : undefined;
  const common = { value, onChange: (v: string) => onChange(v) };
  return (
    <ChecklistField label={label} error={shown} hint={hint} required={fact.required === true}>
      {fact.kind === 'select' ? (
        <select
          value={common.value}
          disabled={readOnly}
          onChange={(e) => common.onChange(e.target.value)}
        >
          <option value="">{t('checklist.instrument.choose')}</option>
          {fact.choices.map((c) => (
            <option key={c.value} value={c.value}>
              {localize(c.label)}
            </option>
          ))}
        </select>
      ) : (
        <input
          type={fact.kind === 'date' ? 'date' : 'text'}
          inputMode={fact.kind === 'number' ? 'decimal' : undefined}
          maxLength={fact.kind === 'text' ? fact.maxLength : undefined}
          value={common.value}
          readOnly={readOnly}
          onChange={(e) => common.onChange(e.target.value)}
        />
      )}
    </ChecklistField>
  );
}
