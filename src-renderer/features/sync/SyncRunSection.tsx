/** 立即同步: the button, the progress bar (records, attachments, bytes), the outcome. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../components/formatTime';
import { countOutbox } from '../../db/outboxRepository';
import { countRelayQueue } from '../../db/relayQueue';
import { progressFraction } from '../../sync/syncProgress';
import { errorMessage } from '../../errors/errorMessage';
import { useSyncController, useSyncSnapshot } from './useSync';

const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;

export function SyncRunSection() {
  const { t } = useTranslation();
  const { db } = useServices();
  const controller = useSyncController();
  const snap = useSyncSnapshot(controller);
  const pending = useLiveQuery(() => countOutbox(db), [db]);
  const relayQueued = useLiveQuery(() => countRelayQueue(db), [db]);
  const p = snap.progress;
  const result = snap.lastResult;

  return (
    <section aria-labelledby="sync-run-title">
      <h2 id="sync-run-title">{t('sync.run.now')}</h2>
      {pending === undefined ? null : pending === 0 ? (
        <p>{t('sync.nothingPending')}</p>
      ) : (
        <p>{t('sync.pending', { count: pending })}</p>
      )}
      {relayQueued ? (
        <p className="notice">{t('sync.run.relayQueued', { count: relayQueued })}</p>
      ) : null}
      {snap.reachable === false ? (
        <p className="warning">{t('sync.run.unreachable')}</p>
      ) : snap.reachable ? (
        <p className="notice">{t('sync.run.reachable')}</p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!snap.link || snap.running}
          onClick={() => void controller.syncNow()}
        >
          {snap.running ? t('sync.run.running') : t('sync.run.now')}
        </button>
        {snap.running ? (
          <button type="button" onClick={() => controller.cancel()}>
            {t('sync.run.cancel')}
          </button>
        ) : null}
      </div>
      {snap.running ? (
        <div role="status">
          <progress aria-label={t('sync.run.running')} max={1} value={progressFraction(p)} />
          <p>
            {p.phase === 'retrying'
              ? t('sync.run.retrying', { attempt: p.attempt ?? 1 })
              : t('sync.run.progress', {
                  records: p.recordsDone,
                  recordsTotal: p.recordsTotal,
                  attachments: p.attachmentsDone,
                  attachmentsTotal: p.attachmentsTotal,
                  bytes: kb(p.bytesDone),
                  bytesTotal: kb(p.bytesTotal),
                })}
          </p>
        </div>
      ) : null}
      {!snap.running && snap.lastError ? (
        <p role="alert" className="warning">
          {snap.lastError.code === 'sync.cancelled'
            ? t('sync.run.cancelled')
            : t('sync.run.failed', { reason: errorMessage(t, snap.lastError) })}
        </p>
      ) : null}
      {!snap.running && !snap.lastError && result ? (
        <p role="status" className="progress-done">
          {result.relay && result.relay.relayed > 0
            ? `${t('sync.run.relayed', { count: result.relay.relayed })} · `
            : null}
          {result.relay && result.relay.receipts.length > 0
            ? `${t('sync.run.receiptSaved', { path: result.relay.receipts.join('、') })} · `
            : null}
          {result.push.pushed
            ? t('sync.run.done', {
                synced: result.push.synced,
                pulled: result.pulled,
                conflicts: result.conflicts,
                rejected: result.push.rejected,
              })
            : t('sync.run.nothingToPush')}
          {' · '}
          {t('sync.run.lastSync', { at: formatDateTime(result.at) })}
        </p>
      ) : null}
    </section>
  );
}
