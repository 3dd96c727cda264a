/**
 * Everything after the checklist that makes an inspection a record: photos, location,
 * inspectors and legal steps, signatures, finalising (or, once finalised, number, hash and
 * amendments) and the PDF. Drafts are edited; a finalised record renders without controls.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import { FinalisePanel } from './FinalisePanel';
import { InspectorList } from './InspectorList';
import { LegalSection } from './LegalSection';
import { LocationSection } from './LocationSection';
import { PdfActions } from './PdfActions';
import { PhotoSection } from './PhotoSection';
import { RecordSeal } from './RecordSeal';
import { SignatureSection } from './SignatureSection';
import { errorMessage } from '../../errors/errorMessage';

interface EvidenceSectionsProps {
  inspection: Inspection;
  template: ChecklistTemplate;
}

export function EvidenceSections({ inspection, template }: EvidenceSectionsProps) {
  const { t } = useTranslation();
  const readOnly = inspection.status !== 'draft';
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) =>
    setError(t('evidence.finalise.savedFailed', { message: errorMessage(t, e) }));
  return (
    <div className="evidence" aria-label={t('evidence.sections')}>
      {error ? (
        <p role="alert" className="warning">
          {error}
        </p>
      ) : null}
      {readOnly || inspection.amends ? <RecordSeal inspection={inspection} /> : null}
      <PhotoSection inspection={inspection} template={template} readOnly={readOnly} />
      <LocationSection inspection={inspection} readOnly={readOnly} />
      <InspectorList inspection={inspection} readOnly={readOnly} onError={onError} />
      <LegalSection inspection={inspection} readOnly={readOnly} onError={onError} />
      <SignatureSection inspection={inspection} readOnly={readOnly} onError={onError} />
      {readOnly ? null : <FinalisePanel inspection={inspection} template={template} />}
      <PdfActions inspection={inspection} />
    </div>
  );
}
