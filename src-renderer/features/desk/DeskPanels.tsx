/**
 * The desk's figures (docs/rectification.md "Office desk"): each of deskStats' figures as a
 * chart with its table beside it. Separate from the screen so the bench renders it alone.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStats } from '../../../shared/rectification/deskStats';
import { rectificationStates } from '../../../shared/rectification/rectificationState';
import { DeskChart } from './DeskChart';
import type { DeskLabels } from './deskWorkbook';

const STATE_COLORS = '#2f6fb5';

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

export function DeskPanels({ stats, labels }: { stats: DeskStats; labels: DeskLabels }) {
  const { t } = useTranslation();
  const overviewBars = useMemo(
    () => [
      { label: t('desk.inspections'), value: stats.inspections },
      { label: t('desk.nonCompliant'), value: stats.nonCompliant },
    ],
    [stats, t],
  );
  const stateBars = useMemo(
    () =>
      rectificationStates.map((s) => ({
        label: t(`rectification.states.${s}`),
        value: stats.items[s],
      })),
    [stats, t],
  );
  const failedBars = useMemo(
    () =>
      stats.mostFailed.map((f) => ({
        label: labels.item('', f.itemId) ?? f.itemId,
        value: f.count,
      })),
    [stats, labels],
  );
  return (
    <>
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
    </>
  );
}
