/**
 * One inspection: its site, inspectors and state, the checklist it was started with (the
 * template version stored on the record, never the latest: an old draft must render as it
 * was), then the evidence, finalising and PDF sections. Drafts are edited here; finalised
 * records are shown read-only.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { findCounty } from '../../../shared/domain/counties';
import { getTemplate } from '../../../shared/templates/registry';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../components/formatTime';
import { deleteDraft, getInspection } from '../../db/inspectionRepository';
import { ChecklistEngine } from '../checklist/ChecklistEngine';
import { RecordSyncPanel } from '../sync/RecordSyncPanel';
import { EvidenceSections } from '../evidence/EvidenceSections';
import { MachineIdentityHeader } from '../machines/MachineIdentityHeader';
import { RecheckLinks } from '../rectification/RecheckLinks';
import { RecheckSection } from '../rectification/RecheckSection';
import { useInspectionTypeLabel } from './useInspectionTypeLabel';

export function InspectionDetailScreen() {
  const { t, i18n } = useTranslation();
  const typeLabel = useInspectionTypeLabel();
  const { db } = useServices();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const inspection = useLiveQuery(async () => (await getInspection(db, id)) ?? null, [db, id]);

  if (inspection === undefined) return <p>{t('app.loading')}</p>;
  if (inspection === null) {
    return (
      <section className="screen">
        <p role="alert">{t('inspection.notFound')}</p>
        <Link to="/inspections">{t('common.back')}</Link>
      </section>
    );
  }
  const county = findCounty(inspection.site.countyCode);
  const english = i18n.language === 'en';
  const template = getTemplate(inspection.template.id, inspection.template.version);

  return (
    <section className="screen">
      <header className="screen-header">
        <h1>
          {typeLabel(inspection.type)} · {inspection.site.name}
        </h1>
        <span className={`badge badge-${inspection.status}`}>
          {t(`status.${inspection.status}`)}
        </span>
      </header>
      {inspection.status === 'draft' ? (
        <p className="notice">{t('inspection.draftNotice')}</p>
      ) : null}
      <dl className="facts">
        <dt>{t('inspection.site')}</dt>
        <dd>
          {inspection.site.name}（{inspection.site.creditCode}）
          <br />
          {county ? (english ? county.en : county.zh) : ''} {inspection.site.address}
        </dd>
        <dt>{t('inspection.inspectors')}</dt>
        <dd>
          {inspection.inspectors.map((p, index) => (
            <div key={index}>
              {p.name}（{t('profile.certificateNumber')}{' '}
              {p.certificateNumber || t('evidence.inspectors.certificateMissing')}）{p.unit}
            </div>
          ))}
        </dd>
        {inspection.recordNumber ? (
          <>
            <dt>{t('evidence.finalise.recordNumber')}</dt>
            <dd>{inspection.recordNumber}</dd>
          </>
        ) : null}
        <dt>{t('inspection.template')}</dt>
        <dd>
          {typeLabel(inspection.type)} v{inspection.template.version}
        </dd>
        <dt>{t('inspection.created')}</dt>
        <dd>{formatDateTime(inspection.createdAt)}</dd>
        <dt>{t('inspection.updated')}</dt>
        <dd>{formatDateTime(inspection.updatedAt)}</dd>
        {inspection.startedAt ? (
          <>
            <dt>{t('checklist.header.startedAt')}</dt>
            <dd>{formatDateTime(inspection.startedAt)}</dd>
          </>
        ) : null}
        {inspection.endedAt ? (
          <>
            <dt>{t('checklist.header.endedAt')}</dt>
            <dd>{formatDateTime(inspection.endedAt)}</dd>
          </>
        ) : null}
      </dl>
      <MachineIdentityHeader inspection={inspection} />
      <RecordSyncPanel record={inspection} />
      <RecheckLinks inspection={inspection} />
      {template ? (
        <>
          {/* Sibling keys must differ; the id still remounts both when another record opens. */}
          {inspection.recheck === undefined ? (
            <ChecklistEngine
              key={`checklist-${inspection.id}`}
              inspection={inspection}
              template={template}
            />
          ) : (
            <RecheckSection key={`recheck-${inspection.id}`} inspection={inspection} />
          )}
          {/* The status too: finalising remounts the evidence, so no message of the draft stays. */}
          <EvidenceSections
            key={`evidence-${inspection.id}-${inspection.status}`}
            inspection={inspection}
            template={template}
          />
        </>
      ) : (
        <p role="alert" className="warning">
          {t('checklist.template.unknown', {
            id: inspection.template.id,
            version: inspection.template.version,
          })}
        </p>
      )}
      <div className="form-actions">
        <Link to="/inspections">{t('common.back')}</Link>
        {inspection.status === 'draft' ? (
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (!window.confirm(t('inspection.confirmDelete'))) return;
              void deleteDraft(db, inspection.id).then(() => navigate('/inspections'));
            }}
          >
            {t('inspection.deleteDraft')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
