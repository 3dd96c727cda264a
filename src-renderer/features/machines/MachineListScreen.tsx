/** 机械登记: the non-road machinery registry on this device, with search. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { emissionStageLabels, machineTypeLabels } from '../../../shared/templates/machineLabels';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../components/formatTime';
import { countMachines, searchMachines } from '../../db/machineRepository';
import { SyncBadge, useBadgeStates } from '../sync/SyncBadge';
import { useLocalized } from './useLocalized';

const PAGE = 100;

export function MachineListScreen() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { db } = useServices();
  const [query, setQuery] = useState('');
  const machines = useLiveQuery(() => searchMachines(db, query, PAGE), [db, query]);
  const total = useLiveQuery(() => countMachines(db), [db]);
  const searching = query.trim() !== '';
  const syncStates = useBadgeStates(machines?.map((m) => m.id) ?? []);

  return (
    <section className="screen">
      <header className="screen-header">
        <h1>{t('registry.title')}</h1>
        <Link className="button primary" to="/machines/new">
          {t('registry.new')}
        </Link>
      </header>
      <div className="filters">
        <label>
          {t('registry.search')}
          <input
            type="search"
            value={query}
            placeholder={t('registry.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
            size={36}
          />
        </label>
      </div>
      {machines === undefined || total === undefined ? (
        <p>{t('app.loading')}</p>
      ) : machines.length === 0 ? (
        <p className="empty">{searching ? t('registry.noMatch') : t('registry.empty')}</p>
      ) : (
        <>
          <p className="count">
            {t('registry.count', { count: searching ? machines.length : total })}
          </p>
          <table className="list">
            <thead>
              <tr>
                <th>{t('registry.columns.machine')}</th>
                <th>{t('registry.columns.code')}</th>
                <th>{t('registry.columns.pin')}</th>
                <th>{t('registry.columns.owner')}</th>
                <th>{t('registry.columns.stage')}</th>
                <th>{t('registry.columns.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {machines.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={`/machines/${m.id}`}>
                      {localized(machineTypeLabels[m.machineType])} {m.brand} {m.model}
                    </Link>
                  </td>
                  <td className="mono">
                    {m.registrationCode || <span className="muted">{t('registry.noCode')}</span>}
                  </td>
                  <td className="mono">{m.pin}</td>
                  <td>{m.owner}</td>
                  <td>{localized(emissionStageLabels[m.emissionStage])}</td>
                  <td>
                    {formatDateTime(m.updatedAt)} <SyncBadge state={syncStates?.get(m.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
