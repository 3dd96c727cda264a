/**
 * On a record's screen: the record a 复查 re-inspects, the 复查 records of this one, and the
 * button that starts a 复查 while this record still has pending rectification items
 * (docs/rectification.md "复查"). Links both ways come from the records themselves.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Inspection } from '../../../shared/domain/inspection';
import { itemsToRecheck } from '../../../shared/rectification/createRecheck';
import { useServices } from '../../app/services';
import { findRechecksOf, listRectificationItems } from '../../db/rectificationRepository';
import { useStartRecheck } from './useStartRecheck';

export function RecheckLinks({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [now] = useState(() => new Date());
  const data = useLiveQuery(async () => {
    if (inspection.status !== 'finalized') return { rechecks: [], pending: 0 };
    const [rechecks, items] = await Promise.all([
      findRechecksOf(db, inspection.id),
      listRectificationItems(db, now),
    ]);
    return { rechecks, pending: itemsToRecheck(inspection, items).length };
  }, [db, inspection.id, inspection.status, now]);
  const start = useStartRecheck();
  const of = inspection.recheck?.of;
  if (
    of === undefined &&
    (data === undefined || (data.rechecks.length === 0 && data.pending === 0))
  )
    return null;
  return (
    <section className="card" aria-label={t('rectification.rechecks')}>
      {of !== undefined ? (
        <p>
          {t('rectification.recheckOf')}:{' '}
          <Link to={`/inspections/${of.id}`}>{of.recordNumber || of.id}</Link>
        </p>
      ) : null}
      {data && data.rechecks.length > 0 ? (
        <>
          <h2>{t('rectification.rechecks')}</h2>
          <ul>
            {data.rechecks.map((r) => (
              <li key={r.id}>
                <Link to={`/inspections/${r.id}`}>
                  {r.recordNumber || t('rectification.recheckDraft')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data && data.pending > 0 ? (
        <button type="button" disabled={start.busy} onClick={() => start.run(inspection.id)}>
          {t('rectification.start')}
        </button>
      ) : null}
      {start.error ? <p role="alert">{start.error}</p> : null}
    </section>
  );
}
