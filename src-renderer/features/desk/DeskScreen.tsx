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
import { templates } from '../../../shared/templates/registry';
import { useServices } from '../../app/services';
import { DeskExport } from './DeskExport';
import { DeskPanels } from './DeskPanels';
import { createDeskLabels } from './deskLabels';
import { deskList } from './deskRows';
import { loadDesk } from './loadDesk';

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

      <DeskPanels stats={stats} labels={labels} />
    </section>
  );
}
