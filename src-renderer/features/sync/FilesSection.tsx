/**
 * U 盘文件: export the unsynced work as a v2 bundle (`.zip`); import a bundle (v1 or v2) or a receipt.
 * A bad file lists what is wrong and where, and nothing is written. On an enrolled office
 * device an imported bundle is passed on to the server and its receipt saved as a file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleIssue } from '../../../shared/bundle/bundleIssue';
import { useServices } from '../../app/services';
import { bundleFilters, errorCode, exportBundleFile, importFile } from '../../sync/syncFiles';
import { readBundleOffThread } from '../../sync/readBundleOffThread';
import { progressFraction, type SyncProgress } from '../../sync/syncProgress';
import { syncErrorText } from './syncErrorText';
import { useSyncController, useSyncSnapshot } from './useSync';

const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;

type Message =
  | { kind: 'ok'; text: string }
  | { kind: 'issues'; issues: readonly BundleIssue[] }
  | { kind: 'error'; text: string };

export function FilesSection() {
  const { t } = useTranslation();
  const { db, bridge, device } = useServices();
  const controller = useSyncController();
  const { link } = useSyncSnapshot(controller);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  /** Set while a file is being verified: cancelling writes nothing. */
  const [cancel, setCancel] = useState<(() => void) | null>(null);

  const run = async (work: () => Promise<Message | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (e) {
      setMessage({
        kind: 'error',
        text: syncErrorText(
          t,
          e instanceof Error && !('code' in e) && e.message.includes('errors.')
            ? e.message
            : errorCode(e),
        ),
      });
    } finally {
      setBusy(false);
      setProgress(null);
      setCancel(null);
    }
  };

  const doExport = () =>
    run(async () => {
      const done = await exportBundleFile(db, bridge, {
        id: device.deviceId,
        name: device.name,
        shortId: device.shortId,
      });
      if (!done) return { kind: 'ok', text: t('sync.files.nothingToExport') };
      return done.savedTo === null
        ? null
        : {
            kind: 'ok',
            text: t('sync.files.exported', { count: done.records, path: done.savedTo }),
          };
    });

  const doImport = () =>
    run(async () => {
      const file = await bridge.openFile(
        bundleFilters.concat([{ name: 'JSON', extensions: ['json'] }]),
      );
      if (!file) return null;
      // Few retries here: a server that is away leaves the rest queued for 立即同步.
      const relay = link
        ? { api: controller.api, bridge, onProgress: setProgress, retry: { retries: 2 } }
        : undefined;
      const abort = new AbortController();
      setCancel(() => () => abort.abort());
      const outcome = await importFile(db, file.bytes, device.deviceId, relay, (bytes) =>
        readBundleOffThread(bytes, abort.signal),
      );
      setCancel(null);
      if (!outcome.ok) return { kind: 'issues', issues: outcome.errors };
      if (outcome.kind === 'receipt')
        return { kind: 'ok', text: t('sync.files.importedReceipt', { ...outcome.summary }) };
      const text = t('sync.files.importedBundle', {
        added: outcome.added,
        unchanged: outcome.unchanged,
        conflicts: outcome.conflicts,
        attachments: outcome.attachments,
      });
      const relayed = outcome.relayed;
      if (!relayed) return { kind: 'ok', text };
      if (relayed.error)
        return {
          kind: 'error',
          text: `${text}。${t('sync.files.relayStopped', {
            reason: syncErrorText(t, relayed.error),
            queued: relayed.stillQueued,
          })}`,
        };
      return {
        kind: 'ok',
        text:
          relayed.receipts.length > 0
            ? `${text}。${t('sync.files.relayed', { path: relayed.receipts.join('、') })}`
            : `${text}。${t('sync.files.relayWaiting', { count: relayed.records })}`,
      };
    });

  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">{t('sync.files.title')}</h2>
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void doExport()}>
          {t('sync.files.export')}
        </button>
        <button type="button" disabled={busy} onClick={() => void doImport()}>
          {t('sync.files.import')}
        </button>
      </div>
      {cancel ? (
        <div role="status">
          <p>{t('sync.files.checking')}</p>
          <button type="button" onClick={cancel}>
            {t('sync.files.cancelImport')}
          </button>
        </div>
      ) : null}
      {busy && progress ? (
        <div role="status">
          <progress
            aria-label={t('sync.files.relaying')}
            max={1}
            value={progressFraction(progress)}
          />
          <p>
            {t('sync.files.relaying')}{' '}
            {t('sync.run.progress', {
              records: progress.recordsDone,
              recordsTotal: progress.recordsTotal,
              attachments: progress.attachmentsDone,
              attachmentsTotal: progress.attachmentsTotal,
              bytes: kb(progress.bytesDone),
              bytesTotal: kb(progress.bytesTotal),
            })}
          </p>
        </div>
      ) : null}
      {message?.kind === 'ok' ? <p role="status">{message.text}</p> : null}
      {message?.kind === 'error' ? (
        <p role="alert" className="warning">
          {message.text}
        </p>
      ) : null}
      {message?.kind === 'issues' ? (
        <div role="alert" className="warning">
          <p>{t('sync.files.invalid')}</p>
          <ul>
            {message.issues.slice(0, 10).map((issue, i) => (
              <li key={i}>
                {t('sync.files.issue', {
                  where: issue.path || t('sync.files.whole'),
                  what: t(`sync.issues.${issue.code}`),
                })}
                {issue.code === 'schema' ? ` (${issue.message})` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
