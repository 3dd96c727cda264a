/** The instrument a reading was taken with: type (from the item's list), model, serial, calibration. */
import { useTranslation } from 'react-i18next';
import { instrumentLabels } from '../../../shared/templates/instruments';
import type { ReadingItem } from '../../../shared/templates/templateSchema';
import type { AnswerDraft, InstrumentDraft } from './checklistDraft';
import { emptyInstrument } from './checklistDraft';
import { useChecklist } from './checklistContext';
import { setAnswer } from './checklistStore';
import { ChecklistField } from './ChecklistField';
import { instrumentErrors } from './fieldChecks';
import { useLocalized } from './useLocalized';

export function InstrumentFields({
  item,
  answer,
}: {
  item: ReadingItem;
  answer: AnswerDraft | undefined;
}) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { store, env, readOnly } = useChecklist();
  const instrument = answer?.instrument ?? emptyInstrument;
  const errors = instrumentErrors(item, instrument, env.today);
  const set = (key: keyof InstrumentDraft, value: string) =>
    store.update(
      setAnswer(item.id, (a) => ({ ...a, instrument: { ...a.instrument, [key]: value } })),
    );

  return (
    <fieldset className="instrument">
      <legend>{t('checklist.instrument.legend')}</legend>
      <ChecklistField label={t('checklist.instrument.type')} error={errors.type}>
        <select
          value={instrument.type}
          disabled={readOnly}
          onChange={(e) => set('type', e.target.value)}
        >
          <option value="">{t('checklist.instrument.choose')}</option>
          {item.instruments.map((type) => (
            <option key={type} value={type}>
              {localize(instrumentLabels[type])}
            </option>
          ))}
        </select>
      </ChecklistField>
      <ChecklistField label={t('checklist.instrument.model')} error={errors.model}>
        <input
          value={instrument.model}
          maxLength={80}
          readOnly={readOnly}
          onChange={(e) => set('model', e.target.value)}
        />
      </ChecklistField>
      <ChecklistField label={t('checklist.instrument.serial')} error={errors.serial}>
        <input
          value={instrument.serial}
          maxLength={80}
          readOnly={readOnly}
          onChange={(e) => set('serial', e.target.value)}
        />
      </ChecklistField>
      <ChecklistField label={t('checklist.instrument.calibratedOn')} error={errors.calibratedOn}>
        <input
          type="date"
          value={instrument.calibratedOn}
          max={env.today}
          readOnly={readOnly}
          onChange={(e) => set('calibratedOn', e.target.value)}
        />
      </ChecklistField>
    </fieldset>
  );
}
