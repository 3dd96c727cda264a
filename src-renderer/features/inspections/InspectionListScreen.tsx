/** 检查记录: every inspection on this device, newest first, with filters and search. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findCounty } from '../../../shared/domain/counties';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../components/formatTime';
// The list reads summaries only: not the repository, whose finalising pulls in templates and PDF code.
import {
  countInspections,
  listInspectionPage,
  type InspectionFilter,
} from '../../db/listInspectionSummaries';
import { PrintListButton } from '../sync/PrintListButton';
import { SyncBadge, useBadgeStates } from '../sync/SyncBadge';
import { InspectionFilters } from './InspectionFilters';
import { useInspectionFilter } from './useInspectionFilter';
import { useInspectionTypeLabel } from './useInspectionTypeLabel';

const PAGE = 50;

export function InspectionListScreen() {
  const { t, i18n } = useTranslation();
  const typeLabel = useInspectionTypeLabel();
  const { db } = useServices();
  const [filter, updateFilter] = useInspectionFilter();
  const [limit, setLimit] = useState(PAGE);
  const onChange = useCallback(
    (patch: Partial<Record<keyof InspectionFilter, string>>) => {
      setLimit(PAGE);
      updateFilter(patch);
    },
    [updateFilter],
  );
  // Rows first, the total separately: counting an index range costs more than the page
  // itself (tests/bench/store.bench.ts), and the rows should not wait for it.
  const items = useLiveQuery(
    () => listInspectionPage(db, { ...filter, limit }),
    [db, filter, limit],
  );
  const total = useLiveQuery(() => countInspections(db, filter), [db, filter]);
  const filtered = Object.keys(filter).length > 0;
  const english = i18n.language === 'en';
  const syncStates = useBadgeStates(items?.map((i) => i.id) ?? []);

  return (
    <section className="screen">
      <header className="screen-header">
        <h1>{t('inspections.title')}</h1>
        <Link className="button primary" to="/inspections/new">
          {t('inspections.new')}
        </Link>
      </header>
      <InspectionFilters filter={filter} onChange={onChange} />
      {items === undefined ? (
        <p>{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{filtered ? t('inspections.noMatch') : t('inspections.empty')}</p>
      ) : (
        <>
          <p className="count">
            {total === undefined ? '\u00a0' : t('inspections.count', { count: total })}{' '}
            <PrintListButton filter={filter} />
          </p>
          <table className="list">
            <thead>
              <tr>
                <th>{t('inspections.columns.recordNumber')}</th>
                <th>{t('inspections.columns.startedAt')}</th>
                <th>{t('inspections.columns.site')}</th>
                <th>{t('inspections.columns.type')}</th>
                <th>{t('inspections.columns.county')}</th>
                <th>{t('inspections.columns.status')}</th>
                <th>{t('inspections.columns.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const county = findCounty(item.countyCode);
                return (
                  <tr key={item.id}>
                    <td>{item.recordNumber ?? '—'}</td>
                    {/* The inspection day in Asia/Shanghai (the date part of the Shanghai time). */}
                    <td>{item.startedAt ? formatDateTime(item.startedAt).slice(0, 10) : '—'}</td>
                    <td>
                      <Link to={`/inspections/${item.id}`}>{item.siteName}</Link>
                    </td>
                    <td>{typeLabel(item.type)}</td>
                    <td>{county ? (english ? county.en : county.zh) : item.countyCode}</td>
                    <td>
                      <span className={`badge badge-${item.status}`}>
                        {t(`status.${item.status}`)}
                      </span>{' '}
                      <SyncBadge state={syncStates?.get(item.id)} />
                    </td>
                    <td>{formatDateTime(item.updatedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {total !== undefined && total > items.length ? (
            <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
              {t('inspections.more')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
