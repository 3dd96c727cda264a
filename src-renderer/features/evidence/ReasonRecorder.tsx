/**
 * 检查事由 and 记录人 (docs/records.md "Inspection reason and recorder"): chosen on the record,
 * saved at once, printed. The recorder is one of the inspectors listed above.
 */
import { useTranslation } from 'react-i18next';
import {
  InspectionReason,
  inspectionReasons,
  type Inspection,
} from '../../../shared/domain/inspection';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { patchDraft } from '../../db/inspectionRepository';
import { evidenceFieldId } from './problemTarget';

interface ReasonRecorderProps {
  inspection: Inspection;
  readOnly: boolean;
  onError: (e: unknown) => void;
}

export function ReasonRecorder({ inspection, readOnly, onError }: ReasonRecorderProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { reason, recorder } = inspection;
  const recorderListed =
    recorder !== undefined && inspection.inspectors.some((i) => i.name.trim() === recorder.trim());

  if (readOnly) {
    return (
      <dl className="record-elements">
        {reason ? (
          <>
            <dt>{t('evidence.record.reason')}</dt>
            <dd>{t(`evidence.record.reasons.${reason}`)}</dd>
          </>
        ) : null}
        {recorder ? (
          <>
            <dt>{t('evidence.record.recorder')}</dt>
            <dd>{recorder}</dd>
          </>
        ) : null}
      </dl>
    );
  }

  const saveReason = (value: string) => {
    const parsed = InspectionReason.safeParse(value);
    if (!parsed.success) return;
    void patchDraft(db, inspection.id, (current) => ({ ...current, reason: parsed.data })).catch(
      onError,
    );
  };
  const saveRecorder = (name: string) => {
    // Only a listed inspector can be chosen; '' (none) removes the choice.
    if (name !== '' && !inspection.inspectors.some((i) => i.name === name)) return;
    void patchDraft(db, inspection.id, ({ recorder: _old, ...current }) =>
      name === '' ? current : { ...current, recorder: name },
    ).catch(onError);
  };

  return (
    <div className="record-elements">
      <div id={evidenceFieldId(['reason'])}>
        <Field label={t('evidence.record.reason')} required>
          <select value={reason ?? ''} onChange={(e) => saveReason(e.target.value)}>
            {reason === undefined ? (
              <option value="">{t('evidence.record.chooseRecorder')}</option>
            ) : null}
            {inspectionReasons.map((value) => (
              <option key={value} value={value}>
                {t(`evidence.record.reasons.${value}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div id={evidenceFieldId(['recorder'])}>
        <Field
          label={t('evidence.record.recorder')}
          hint={t('evidence.record.recorderHint')}
          required
        >
          <select
            value={recorderListed ? recorder : ''}
            onChange={(e) => saveRecorder(e.target.value)}
          >
            <option value="">{t('evidence.record.chooseRecorder')}</option>
            {inspection.inspectors.map((inspector, index) => (
              <option key={`${index}-${inspector.name}`} value={inspector.name}>
                {inspector.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </div>
  );
}
