/**
 * The office's batch print: every record of the filtered list (a day, a county …) in one
 * PDF through shared/pdf's renderInspectionBatchPdf, pages numbered per record.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import { useServices } from '../../app/services';
import { listInspectionPage, type InspectionFilter } from '../../db/listInspectionSummaries';
import { errorMessage } from '../../errors/errorMessage';

/** A day's or a county's records; more than this is better printed in parts. */
const MAX_BATCH = 300;

export function PrintListButton({ filter }: { filter: InspectionFilter }) {
  const { t } = useTranslation();
  const { db, bridge } = useServices();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const print = async () => {
    setBusy(true);
    setMessage({ ok: true, text: t('sync.print.busy') });
    try {
      // The templates and the PDF code load on the first print, not with the list (cold open,
      // docs/sync.md "Performance").
      const [{ getTemplate }, { createBrowserPdfDeps }, { dexieImageLoader }, { printableRecord }] =
        await Promise.all([
          import('../../../shared/templates/registry'),
          import('../pdf/createBrowserPdfDeps'),
          import('../pdf/dexieImageLoader'),
          import('../pdf/printableRecord'),
        ]);
      const summaries = await listInspectionPage(db, { ...filter, limit: MAX_BATCH, offset: 0 });
      const stored = (await db.inspections.bulkGet(summaries.map((s) => s.id))).filter(
        (b): b is Inspection => b !== undefined,
      );
      // Drafts of machinery checks print their machine from the registry (printableRecord).
      const bodies = await Promise.all(stored.map((record) => printableRecord(db, record)));
      const records = bodies.flatMap((record) => {
        const template = getTemplate(record.template.id, record.template.version);
        return template ? [{ record, template }] : [];
      });
      if (records.length === 0) return setMessage({ ok: true, text: t('sync.print.empty') });
      const [{ renderInspectionBatchPdf }, deps] = await Promise.all([
        import('../../../shared/pdf/renderInspectionPdf'),
        createBrowserPdfDeps(dexieImageLoader(db)),
      ]);
      const bytes = await renderInspectionBatchPdf(records, deps);
      const name =
        `${filter.from ?? ''}${filter.countyCode ? `-${filter.countyCode}` : ''}-${records.length}`.replace(
          /^-/,
          '',
        );
      const path = await bridge.saveFile(`检查笔录-${name || 'batch'}.pdf`, bytes, [
        { name: 'PDF', extensions: ['pdf'] },
      ]);
      setMessage(
        path === null
          ? null
          : { ok: true, text: t('sync.print.done', { count: records.length, path }) },
      );
    } catch (e) {
      setMessage({
        ok: false,
        text: t('sync.print.failed', { message: errorMessage(t, e) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" disabled={busy} onClick={() => void print()}>
        {t('sync.print.batch')}
      </button>
      {message ? (
        <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'warning'}>
          {message.text}
        </span>
      ) : null}
    </>
  );
}
