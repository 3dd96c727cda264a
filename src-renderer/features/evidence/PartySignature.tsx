/**
 * The party's representative signs, or refuses: then the reason and a witness are recorded
 * and the witness signs (SPC evidence rules Art. 15, 《行政强制法》 Art. 18).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Signature, SignatureRefusal, type Inspection } from '../../../shared/domain/inspection';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { signatureOf } from './evidenceChanges';
import { clearSignatureFromDraft, saveSignatureToDraft } from './evidenceStore';
import { patchDraft } from '../../db/inspectionRepository';
import { evidenceFieldId } from './problemTarget';
import { isInspectorName, PartyAbsence } from './PartyAbsence';
import { SignaturePadField } from './SignaturePadField';
import { AppError } from '../../../shared/errors/appError';

interface PartySignatureProps {
  inspection: Inspection;
  readOnly: boolean;
  onError: (e: unknown) => void;
}

export function PartySignature({ inspection, readOnly, onError }: PartySignatureProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { refusal } = inspection;
  const partySignature = inspection.signatures.find((s) => s.role === 'party');
  const [refusing, setRefusing] = useState(refusal !== undefined);
  const [absent, setAbsent] = useState(inspection.partyAbsent !== undefined);
  const [partyName, setPartyName] = useState(partySignature?.name ?? inspection.site.contact.name);
  const [partyNameError, setPartyNameError] = useState<string | undefined>(undefined);
  const [reason, setReason] = useState(refusal?.reason ?? '');
  const [witness, setWitness] = useState(refusal?.witnessName ?? '');
  const [refusalErrors, setRefusalErrors] = useState<{ reason?: string; witnessName?: string }>({});
  const suggestion = t('evidence.legal.partyConfirmationSuggestion');
  const witnessSignature = refusal
    ? signatureOf(inspection, 'witness', refusal.witnessName)
    : undefined;

  const saveParty = async (captured: Parameters<typeof saveSignatureToDraft>[2]['captured']) => {
    const name = Signature.shape.name.safeParse(partyName);
    if (!name.success) {
      setPartyNameError(name.error.issues[0]?.message);
      throw new AppError('input.invalid', { messageKey: 'errors.required', field: 'party.name' });
    }
    setPartyNameError(undefined);
    await saveSignatureToDraft(db, inspection.id, {
      role: 'party',
      name: name.data,
      captured,
      // The party signs under the confirmation text shown to them: the suggestion unless changed.
      alongside: (current) =>
        current.legal.partyConfirmation.trim() === ''
          ? { ...current, legal: { ...current.legal, partyConfirmation: suggestion } }
          : current,
    });
  };

  const saveRefusal = () => {
    const parsed = SignatureRefusal.safeParse({ reason, witnessName: witness });
    if (!parsed.success) {
      const errors: { reason?: string; witnessName?: string } = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if (key === 'reason' || key === 'witnessName') errors[key] ??= issue.message;
      }
      setRefusalErrors(errors);
      return;
    }
    if (isInspectorName(inspection, parsed.data.witnessName)) {
      setRefusalErrors({ witnessName: 'evidence.record.witnessIsInspector' });
      return;
    }
    setRefusalErrors({});
    const previousWitness = refusal?.witnessName;
    // The refusal replaces the confirmation statement (docs/records.md): none is kept.
    void patchDraft(db, inspection.id, (current) => ({
      ...current,
      refusal: parsed.data,
      legal: { ...current.legal, partyConfirmation: '' },
    }))
      .then(async () => {
        // A renamed witness's earlier signature no longer belongs to the record.
        if (
          previousWitness !== undefined &&
          previousWitness.trim() !== parsed.data.witnessName.trim()
        )
          await clearSignatureFromDraft(db, inspection.id, 'witness', previousWitness);
      })
      .catch(onError);
  };

  const withdrawRefusal = () => {
    setRefusing(false);
    if (refusal === undefined) return;
    void clearSignatureFromDraft(db, inspection.id, 'witness', refusal.witnessName)
      .then(() => patchDraft(db, inspection.id, ({ refusal: _r, ...current }) => current))
      .catch(onError);
  };

  const withdrawAbsence = () => {
    setAbsent(false);
    const absence = inspection.partyAbsent;
    if (absence === undefined) return;
    void clearSignatureFromDraft(db, inspection.id, 'witness', absence.witnessName)
      .then(() => patchDraft(db, inspection.id, ({ partyAbsent: _a, ...current }) => current))
      .catch(onError);
  };

  if (readOnly && inspection.partyAbsent) {
    return (
      <div className="party-signature">
        <PartyAbsence inspection={inspection} readOnly onError={onError} />
      </div>
    );
  }

  if (readOnly) {
    return (
      <div className="party-signature">
        {refusal ? (
          <>
            <p id={evidenceFieldId(['refusal'])}>
              {t('evidence.signatures.refuses')}：{refusal.reason}（
              {t('evidence.signatures.witnessName')}：{refusal.witnessName}）
            </p>
            <SignaturePadField
              label={t('evidence.signatures.witness', { name: refusal.witnessName })}
              fieldId={evidenceFieldId(['refusal', 'witnessSignature'])}
              signature={witnessSignature}
              readOnly
              onSave={() => Promise.resolve()}
              onClear={() => Promise.resolve()}
            />
          </>
        ) : (
          <SignaturePadField
            label={`${t('evidence.signatures.party')}：${partySignature?.name ?? ''}`}
            fieldId={evidenceFieldId(['party', 'signature'])}
            signature={partySignature}
            readOnly
            onSave={() => Promise.resolve()}
            onClear={() => Promise.resolve()}
          />
        )}
      </div>
    );
  }

  return (
    <div className="party-signature">
      <div id={evidenceFieldId(['refusal'])}>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={refusing}
            disabled={partySignature !== undefined || absent}
            onChange={(e) => (e.target.checked ? setRefusing(true) : withdrawRefusal())}
          />
          {t('evidence.signatures.refuses')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={absent}
            disabled={partySignature !== undefined || refusing}
            onChange={(e) => (e.target.checked ? setAbsent(true) : withdrawAbsence())}
          />
          {t('evidence.record.absent')}
        </label>
      </div>
      {absent ? (
        <PartyAbsence inspection={inspection} readOnly={false} onError={onError} />
      ) : !refusing ? (
        <>
          <Field label={t('evidence.signatures.partyName')} error={partyNameError} required>
            <input
              value={partyName}
              maxLength={60}
              onChange={(e) => setPartyName(e.target.value)}
              disabled={partySignature !== undefined}
            />
          </Field>
          <SignaturePadField
            label={t('evidence.signatures.party')}
            fieldId={evidenceFieldId(['party', 'signature'])}
            signature={partySignature}
            readOnly={false}
            onSave={saveParty}
            onClear={() =>
              clearSignatureFromDraft(db, inspection.id, 'party', partySignature?.name ?? '')
            }
          />
        </>
      ) : (
        <div className="refusal">
          <div id={evidenceFieldId(['refusal', 'reason'])}>
            <Field
              label={t('evidence.signatures.refusalReason')}
              error={refusalErrors.reason}
              required
            >
              <input value={reason} maxLength={520} onChange={(e) => setReason(e.target.value)} />
            </Field>
          </div>
          <div id={evidenceFieldId(['refusal', 'witnessName'])}>
            <Field
              label={t('evidence.signatures.witnessName')}
              error={refusalErrors.witnessName}
              errorKeyOf={(key) => key}
              required
            >
              <input value={witness} maxLength={60} onChange={(e) => setWitness(e.target.value)} />
            </Field>
          </div>
          <div className="form-actions">
            <button type="button" onClick={saveRefusal}>
              {t('evidence.signatures.saveRefusal')}
            </button>
            {refusal ? <span className="ok">{t('evidence.signatures.refusalSaved')}</span> : null}
          </div>
          {refusal ? (
            <SignaturePadField
              key={refusal.witnessName}
              label={t('evidence.signatures.witness', { name: refusal.witnessName })}
              fieldId={evidenceFieldId(['refusal', 'witnessSignature'])}
              signature={witnessSignature}
              readOnly={false}
              onSave={(captured) =>
                saveSignatureToDraft(db, inspection.id, {
                  role: 'witness',
                  name: refusal.witnessName,
                  captured,
                }).then(() => undefined)
              }
              onClear={() =>
                clearSignatureFromDraft(db, inspection.id, 'witness', refusal.witnessName)
              }
            />
          ) : (
            <small className="field-hint">{t('evidence.signatures.refusalHint')}</small>
          )}
        </div>
      )}
    </div>
  );
}
