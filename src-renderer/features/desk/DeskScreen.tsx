/**
 * 办公室看板 (docs/rectification.md "Office desk"): the statistics of shared/rectification's
 * deskStats over the synced records, filtered by period, county, checklist and inspector;
 * each figure as a chart with its table beside it (the table is what a reader and the tests
 * read), printable, and the filtered list exported to .xlsx.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountySelect } from '../../components/CountySelect';
import { deskStats, type DeskFilter } from '../../../shared/rectification/deskStats';
import { rectificationStates } from '../../../shared/rectification/rectificationState';
import { templates } from '../../../shared/templates/registry';
import { useServices } from '../../app/services';
import { DeskChart } from './DeskChart';
import { DeskExport } from './DeskExport';
import { createDeskLabels } from './deskLabels';
import { deskList } from './deskRows';
import { loadDesk } from './loadDesk';

const STATE_COLORS = '#2f6fb5';

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

export function DeskScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const [now] = useState(() => new Date());
  const [filter, setFilter] = useState<DeskFilter>({});
  const data = useLiveQuery(() => loadDesk(db, now), [db, now]);
  const labels = useMemo(() => createDeskLabels(), []);
  const templateIds = useMemo(() => [...new Set(templates.map((x) => x.id))], []);

  const inspectors = useMemo(() => {
    const names = new Set<string>();
    for (const r of data?.records ?? []) for (const p of r.inspectors) names.add(p.name);
    return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  }, [data]);
  const stats = useMemo(
    () => (data ? deskStats(data.records, data.items, filter) : undefined),
    [data, filter],
  );
  const list = useMemo(
    () => (data ? deskList(data.records, data.items, filter) : undefined),
    [data, filter],
  );
  const overviewBars = useMemo(
    () =>
      stats
        ? [
            { label: t('desk.inspections'), value: stats.inspections },
            { label: t('desk.nonCompliant'), value: stats.nonCompliant },
          ]
        : [],
    [stats, t],
  );
  const stateBars = useMemo(
    () =>
      stats
        ? rectificationStates.map((s) => ({
            label: t(`rectification.states.${s}`),
            value: stats.items[s],
          }))
        : [],
    [stats, t],
  );
  const failedBars = useMemo(
    () =>
      stats
        ? stats.mostFailed.map((f) => ({
            label: labels.item('', f.itemId) ?? f.itemId,
            value: f.count,
          }))
        : [],
    [stats, labels],
  );

  if (data === undefined || stats === undefined || list === undefined)
    return <p>{t('app.loading')}</p>;
  const set = (patch: Partial<Record<keyof DeskFilter, string>>) =>
    setFilter((f) => ({ ...f, ...patch }));
  const fileName = `办公室看板-${filter.from || '全部'}-${filter.to || '至今'}.xlsx`;

  return (
    <section className="screen desk">
      <header className="screen-header">
        <h1>{t('desk.title')}</h1>
        <div className="desk-actions">
          <button type="button" onClick={() => window.print()}>
            {t('desk.print')}
          </button>
          <DeskExport list={list} fileName={fileName} />
        </div>
      </header>
      <div className="filters">
        <label>
          {t('desk.from')}
          <input
            type="date"
            value={filter.from ?? ''}
            onChange={(e) => set({ from: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('desk.to')}
          <input
            type="date"
            value={filter.to ?? ''}
            onChange={(e) => set({ to: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('desk.county')}
          <CountySelect
            emptyLabel={t('desk.any')}
            value={filter.countyCode ?? ''}
            onChange={(e) => set({ countyCode: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('desk.checklist')}
          <select
            value={filter.templateId ?? ''}
            onChange={(e) => set({ templateId: e.currentTarget.value })}
          >
            <option value="">{t('desk.any')}</option>
            {templateIds.map((id) => (
              <option key={id} value={id}>
                {labels.template(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('desk.inspector')}
          <select
            value={filter.inspector ?? ''}
            onChange={(e) => set({ inspector: e.currentTarget.value })}
          >
            <option value="">{t('desk.any')}</option>
            {inspectors.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status">
        {t('desk.matched', { records: list.records.length, items: list.items.length })}
      </p>

      <section className="desk-panel" aria-labelledby="desk-overview">
        <h2 id="desk-overview">{t('desk.overview')}</h2>
        <DeskChart bars={overviewBars} />
        <table className="table" aria-labelledby="desk-overview">
          <tbody>
            <tr>
              <th scope="row">{t('desk.inspections')}</th>
              <td>{stats.inspections}</td>
            </tr>
            <tr>
              <th scope="row">{t('desk.nonCompliant')}</th>
              <td>{stats.nonCompliant}</td>
            </tr>
            <tr>
              <th scope="row">{t('desk.rate')}</th>
              <td>{percent(stats.nonComplianceRate)}</td>
            </tr>
            <tr>
              <th scope="row">{t('desk.medianDays')}</th>
              <td>{stats.medianDaysToClosure ?? t('desk.none')}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="desk-panel" aria-labelledby="desk-states">
        <h2 id="desk-states">{t('desk.states')}</h2>
        <DeskChart bars={stateBars} color={STATE_COLORS} />
        <table className="table" aria-labelledby="desk-states">
          <thead>
            <tr>
              <th>{t('desk.state')}</th>
              <th>{t('desk.count')}</th>
            </tr>
          </thead>
          <tbody>
            {stateBars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{b.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="desk-panel" aria-labelledby="desk-failed">
        <h2 id="desk-failed">{t('desk.mostFailed')}</h2>
        {failedBars.length === 0 ? (
          <p>{t('desk.noFailures')}</p>
        ) : (
          <>
            <DeskChart bars={failedBars} horizontal color="#c0504d" />
            <table className="table" aria-labelledby="desk-failed">
              <thead>
                <tr>
                  <th>{t('desk.item')}</th>
                  <th>{t('desk.count')}</th>
                </tr>
              </thead>
              <tbody>
                {failedBars.map((b, i) => (
                  <tr key={stats.mostFailed[i]?.itemId ?? b.label}>
                    <th scope="row">{b.label}</th>
                    <td>{b.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </section>
  );
}
