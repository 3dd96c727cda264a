/**
 * 当事人不在场: the witness who attends instead is named and signs (docs/records.md "Party,
 * witness and every page"). The witness cannot be one of the inspectors on the record.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PartyAbsence as PartyAbsenceSchema,
  type Inspection,
} from '../../../shared/domain/inspection';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { signatureOf } from './evidenceChanges';
import { clearSignatureFromDraft, saveSignatureToDraft } from './evidenceStore';
import { patchDraft } from '../../db/inspectionRepository';
import { evidenceFieldId } from './problemTarget';
import { SignaturePadField } from './SignaturePadField';

interface PartyAbsenceProps {
  inspection: Inspection;
  readOnly: boolean;
  onError: (e: unknown) => void;
}

/** True when `name` is one of the record's inspectors (a witness cannot be). */
export function isInspectorName(inspection: Inspection, name: string): boolean {
  return inspection.inspectors.some((i) => i.name.trim() === name.trim());
}

export function PartyAbsence({ inspection, readOnly, onError }: PartyAbsenceProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const absence = inspection.partyAbsent;
  const [witness, setWitness] = useState(absence?.witnessName ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const witnessSignature = absence
    ? signatureOf(inspection, 'witness', absence.witnessName)
    : undefined;

  const save = () => {
    const parsed = PartyAbsenceSchema.safeParse({ witnessName: witness });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    if (isInspectorName(inspection, parsed.data.witnessName)) {
      setError('evidence.record.witnessIsInspector');
      return;
    }
    setError(undefined);
    const previous = absence?.witnessName;
    void patchDraft(db, inspection.id, (current) => ({
      ...current,
      partyAbsent: parsed.data,
      // Nobody confirms for an absent party: the absence stands in its place.
      legal: { ...current.legal, partyConfirmation: '' },
    }))
      .then(async () => {
        if (previous !== undefined && previous.trim() !== parsed.data.witnessName.trim())
          await clearSignatureFromDraft(db, inspection.id, 'witness', previous);
      })
      .catch(onError);
  };

  const pad = absence ? (
    <SignaturePadField
      key={absence.witnessName}
      label={t('evidence.signatures.witness', { name: absence.witnessName })}
      fieldId={evidenceFieldId(['partyAbsent', 'witnessSignature'])}
      signature={witnessSignature}
      readOnly={readOnly}
      onSave={(captured) =>
        saveSignatureToDraft(db, inspection.id, {
          role: 'witness',
          name: absence.witnessName,
          captured,
        }).then(() => undefined)
      }
      onClear={() => clearSignatureFromDraft(db, inspection.id, 'witness', absence.witnessName)}
    />
  ) : null;

  if (readOnly)
    return (
      <>
        <p id={evidenceFieldId(['partyAbsent'])}>
          {t('evidence.record.absentNote', { name: absence?.witnessName ?? '' })}
        </p>
        {pad}
      </>
    );

  return (
    <div className="refusal" id={evidenceFieldId(['partyAbsent'])}>
      <div id={evidenceFieldId(['partyAbsent', 'witnessName'])}>
        <Field
          label={t('evidence.record.absentWitness')}
          error={error}
          errorKeyOf={(key) => key}
          required
        >
          <input value={witness} maxLength={60} onChange={(e) => setWitness(e.target.value)} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" onClick={save}>
          {t('evidence.record.saveAbsence')}
        </button>
        {absence ? <span className="ok">{t('evidence.record.absenceSaved')}</span> : null}
      </div>
      {pad ?? <small className="field-hint">{t('evidence.record.absenceHint')}</small>}
    </div>
  );
}
