/**
 * What makes a finalised record evidence: its number and hash, and the chain of corrections:
 * 更正 starts an amendment (a new linked draft); the original links to its amendments and an
 * amendment to its original.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Inspection } from '../../../shared/domain/inspection';
import { useServices } from '../../app/services';
import { amendInspection, getInspection } from '../../db/inspectionRepository';
import { findAmendmentsOf } from './findAmendments';
import { errorMessage } from '../../errors/errorMessage';

export function RecordSeal({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const finalised = inspection.status === 'finalized';
  const amendments = useLiveQuery(
    () => (finalised ? findAmendmentsOf(db, inspection.id) : Promise.resolve([])),
    [db, inspection.id, finalised],
  );
  const originalId = inspection.amends?.id;
  const original = useLiveQuery(
    async () => (originalId === undefined ? null : ((await getInspection(db, originalId)) ?? null)),
    [db, originalId],
  );

  const amend = async () => {
    if (!window.confirm(t('evidence.finalise.confirmAmend'))) return;
    try {
      const draft = await amendInspection(db, inspection.id);
      void navigate(`/inspections/${draft.id}`);
    } catch (e) {
      setError(t('evidence.finalise.failed', { message: errorMessage(t, e) }));
    }
  };

  return (
    <section className="evidence-section record-seal" aria-labelledby="ev-seal-title">
      <h2 id="ev-seal-title">
        {finalised ? t('evidence.finalise.done') : t('evidence.finalise.title')}
      </h2>
      {finalised ? (
        <>
          <p className="notice">{t('evidence.finalise.readOnly')}</p>
          <dl className="facts">
            <dt>{t('evidence.finalise.recordNumber')}</dt>
            <dd className="record-number">{inspection.recordNumber}</dd>
            <dt>{t('evidence.finalise.hash')}</dt>
            <dd className="record-hash">
              <code>{inspection.hash}</code>
            </dd>
          </dl>
          <button type="button" onClick={() => void amend()}>
            {t('evidence.finalise.amend')}
          </button>
        </>
      ) : null}
      {amendments !== undefined && amendments.length > 0 ? (
        <p className="amended-by">
          {t('evidence.finalise.amendedBy')}
          {amendments.map((a) => (
            <Link key={a.id} to={`/inspections/${a.id}`} className="record-link">
              {a.recordNumber || a.id}
              {a.status === 'draft' ? t('evidence.finalise.draftLabel') : ''}
            </Link>
          ))}
        </p>
      ) : null}
      {originalId !== undefined ? (
        <p className="amends">
          {t('evidence.finalise.amends')}
          <Link to={`/inspections/${originalId}`} className="record-link">
            {original?.recordNumber || originalId}
          </Link>
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="warning">
          {error}
        </p>
      ) : null}
    </section>
  );
}
