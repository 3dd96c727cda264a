/**
 * The due list (docs/rectification.md "Due list"): on a laptop, my items due soon or overdue;
 * at the office, every item of the synced records, grouped by county, inspector, site or
 * checklist; always sorted by deadline. A 复查 starts from a row.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findCounty } from '../../../shared/domain/counties';
import type { RectificationItem } from '../../../shared/rectification/rectificationState';
import { useServices } from '../../app/services';
import { listRectificationItems } from '../../db/rectificationRepository';
import { useProfile } from '../profile/useProfile';
import { useStartRecheck } from './useStartRecheck';

const groupings = ['none', 'county', 'inspector', 'site', 'template'] as const;
type Grouping = (typeof groupings)[number];

/** The record a 复查 of this item starts from: the last 复查 that left it open, or its record. */
function sourceOf(item: RectificationItem): string {
  return item.history.at(-1)?.recordId ?? item.recordId;
}

function groupKeys(item: RectificationItem, grouping: Grouping, english: boolean): string[] {
  switch (grouping) {
    case 'none':
      return [''];
    case 'county': {
      const county = findCounty(item.countyCode);
      return [county ? (english ? county.en : county.zh) : item.countyCode];
    }
    case 'inspector':
      return item.inspectors.length > 0 ? [...item.inspectors] : [''];
    case 'site':
      return [item.siteName];
    case 'template':
      return [item.templateId];
  }
}

export function DueListScreen() {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const profile = useProfile();
  const [now] = useState(() => new Date());
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [grouping, setGrouping] = useState<Grouping>('none');
  const items = useLiveQuery(() => listRectificationItems(db, now), [db, now]);
  const start = useStartRecheck();
  const english = i18n.language === 'en';

  const groups = useMemo(() => {
    const shown = (items ?? []).filter((item) =>
      scope === 'all'
        ? true
        : (item.state === 'due-soon' || item.state === 'overdue') &&
          profile != null &&
          item.inspectors.includes(profile.name),
    );
    const byKey = new Map<string, RectificationItem[]>();
    for (const item of shown)
      for (const key of groupKeys(item, grouping, english))
        byKey.set(key, [...(byKey.get(key) ?? []), item]);
    return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'));
  }, [items, scope, grouping, english, profile]);

  if (items === undefined) return <p>{t('app.loading')}</p>;
  return (
    <section className="screen">
      <header className="screen-header">
        <h1>{t('rectification.dueList.title')}</h1>
      </header>
      <div className="filters">
        <label>
          {t('rectification.dueList.scope')}
          <select
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value === 'all' ? 'all' : 'mine')}
          >
            <option value="mine">{t('rectification.dueList.mine')}</option>
            <option value="all">{t('rectification.dueList.all')}</option>
          </select>
        </label>
        <label>
          {t('rectification.dueList.groupBy')}
          <select
            value={grouping}
            onChange={(e) => {
              const value = groupings.find((g) => g === e.currentTarget.value);
              if (value) setGrouping(value);
            }}
          >
            {groupings.map((g) => (
              <option key={g} value={g}>
                {t(`rectification.dueList.${g}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {start.error ? <p role="alert">{start.error}</p> : null}
      {groups.length === 0 ? <p>{t('rectification.dueList.empty')}</p> : null}
      {groups.map(([key, rows]) => (
        <section key={key} aria-label={key || t('rectification.dueList.title')}>
          {key ? <h2>{key}</h2> : null}
          <p>{t('rectification.dueList.count', { count: rows.length })}</p>
          <table className="table">
            <thead>
              <tr>
                <th>{t('rectification.deadline')}</th>
                <th>{t('rectification.dueList.state')}</th>
                <th>{t('rectification.dueList.site')}</th>
                <th>{t('rectification.finding')}</th>
                <th>{t('rectification.dueList.record')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((item) => (
                <tr key={item.key}>
                  <td>{item.deadline}</td>
                  <td>
                    <span className={`badge badge-${item.state}`}>
                      {t(`rectification.states.${item.state}`)}
                    </span>
                  </td>
                  <td>{item.siteName}</td>
                  <td>{item.description}</td>
                  <td>
                    <Link to={`/inspections/${item.recordId}`}>{item.recordNumber}</Link>
                  </td>
                  <td>
                    {item.state === 'open' ||
                    item.state === 'due-soon' ||
                    item.state === 'overdue' ? (
                      <button
                        type="button"
                        disabled={start.busy}
                        onClick={() => start.run(sourceOf(item))}
                      >
                        {t('rectification.start')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
