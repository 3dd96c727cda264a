/** 签名: every inspector on the record, then the party's representative (or the refusal). */
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import { useServices } from '../../app/services';
import { signatureOf } from './evidenceChanges';
import { clearSignatureFromDraft, saveSignatureToDraft } from './evidenceStore';
import { evidenceFieldId } from './problemTarget';
import { PartySignature } from './PartySignature';
import { SignaturePadField } from './SignaturePadField';

interface SignatureSectionProps {
  inspection: Inspection;
  readOnly: boolean;
  onError: (e: unknown) => void;
}

export function SignatureSection({ inspection, readOnly, onError }: SignatureSectionProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  return (
    <section className="evidence-section" aria-labelledby="ev-signatures-title">
      <h2 id="ev-signatures-title">{t('evidence.signatures.title')}</h2>
      <div className="signature-grid">
        {inspection.inspectors.map((inspector, index) => (
          <SignaturePadField
            key={`${index}-${inspector.name}`}
            label={t('evidence.signatures.inspector', { name: inspector.name })}
            fieldId={evidenceFieldId(['inspectors', index, 'signature'])}
            signature={signatureOf(inspection, 'inspector', inspector.name)}
            readOnly={readOnly}
            onSave={(captured) =>
              saveSignatureToDraft(db, inspection.id, {
                role: 'inspector',
                name: inspector.name,
                captured,
              }).then(() => undefined, onError)
            }
            onClear={() =>
              clearSignatureFromDraft(db, inspection.id, 'inspector', inspector.name).catch(onError)
            }
          />
        ))}
      </div>
      <PartySignature inspection={inspection} readOnly={readOnly} onError={onError} />
    </section>
  );
}
