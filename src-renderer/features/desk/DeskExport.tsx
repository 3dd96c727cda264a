/**
 * The desk's .xlsx export button (docs/rectification.md "Office desk"): exceljs loads on the
 * first export; a progress bar and a cancel button show while the workbook is built, and the
 * bytes go through the bridge's saveFile (a dialog in Electron, a download in the browser).
 */
import { errorMessage } from '../../errors/errorMessage';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import type { DeskList } from './deskRows';
import { createDeskLabels } from './deskLabels';
import { buildDeskWorkbook, ExportCancelledError, type WorkbookProgress } from './deskWorkbook';

type Message = { ok: boolean; text: string } | null;

export function DeskExport({ list, fileName }: { list: DeskList; fileName: string }) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const [progress, setProgress] = useState<WorkbookProgress | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setMessage(null);
    setProgress({ done: 0, total: list.records.length + list.items.length });
    try {
      const mod = await import('exceljs');
      // The browser build is a UMD bundle: its classes sit on the default export there.
      const exceljs = 'Workbook' in mod ? mod : (mod as { default: typeof mod }).default;
      const bytes = await buildDeskWorkbook(exceljs, list, createDeskLabels(), {
        signal: controller.signal,
        onProgress: setProgress,
      });
      if (controller.signal.aborted) throw new ExportCancelledError();
      const path = await bridge.saveFile(fileName, bytes, [
        { name: 'Excel', extensions: ['xlsx'] },
      ]);
      setMessage(
        path === null
          ? null
          : {
              ok: true,
              text: t('desk.export.done', {
                records: list.records.length,
                items: list.items.length,
                path,
              }),
            },
      );
    } catch (e) {
      setMessage(
        e instanceof ExportCancelledError
          ? { ok: true, text: t('desk.export.cancelled') }
          : {
              ok: false,
              text: t('desk.export.failed', {
                message: errorMessage(t, e),
              }),
            },
      );
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return (
    <div className="desk-export">
      <button type="button" disabled={progress !== null} onClick={() => void run()}>
        {t('desk.export.button')}
      </button>
      {progress ? (
        <>
          <label>
            {t('desk.export.progress', { done: progress.done, total: progress.total })}
            <progress max={Math.max(progress.total, 1)} value={progress.done} />
          </label>
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('desk.export.cancel')}
          </button>
        </>
      ) : null}
      {message ? (
        <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'warning'}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
