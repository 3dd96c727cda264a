/** The machine's on-site checks: date, site, result, status, each a link to the record. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../components/formatTime';
import { listChecksOfMachine } from '../../db/machineChecks';

export function MachineCheckHistory({ machineId }: { readonly machineId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const checks = useLiveQuery(() => listChecksOfMachine(db, machineId), [db, machineId]);
  return (
    <section aria-labelledby="machine-history">
      <h2 id="machine-history">{t('registry.detail.history')}</h2>
      {checks === undefined ? (
        <p>{t('app.loading')}</p>
      ) : checks.length === 0 ? (
        <p className="empty">{t('registry.detail.noChecks')}</p>
      ) : (
        <table className="list" aria-labelledby="machine-history">
          <thead>
            <tr>
              <th>{t('registry.detail.date')}</th>
              <th>{t('registry.detail.site')}</th>
              <th>{t('registry.detail.result')}</th>
              <th>{t('registry.detail.status')}</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check) => (
              <tr key={check.id}>
                <td>
                  <Link to={`/inspections/${check.id}`}>{formatDateTime(check.date)}</Link>
                  {check.recordNumber ? <div className="mono">{check.recordNumber}</div> : null}
                </td>
                <td>{check.siteName}</td>
                <td>
                  <span className={`outcome outcome-${check.outcome}`}>
                    {t(`registry.detail.outcome.${check.outcome}`)}
                  </span>
                </td>
                <td>
                  <span className={`badge badge-${check.status}`}>
                    {t(`status.${check.status}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
