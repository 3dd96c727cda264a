/**
 * 导出 PDF for drafts (printed with a 草稿 watermark) and finalised records: a save dialog in
 * Electron, a download in web mode (usePdfExport). 打印 opens the PDF in the system viewer (Electron) or a browser tab (web mode), whose print
 * dialog knows the printers.
 */
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import { usePdfExport } from '../pdf/usePdfExport';

export function PdfActions({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const pdf = usePdfExport();
  const { busy, message, failed } = pdf;
  return (
    <section className="evidence-section" aria-labelledby="ev-pdf-title">
      <h2 id="ev-pdf-title">{t('evidence.pdf.title')}</h2>
      <button type="button" disabled={busy} onClick={() => void pdf.exportPdf(inspection)}>
        {busy ? t('pdf.exporting') : t('evidence.pdf.export')}
      </button>{' '}
      <button type="button" disabled={busy} onClick={() => void pdf.printPdf(inspection)}>
        {t('pdf.print')}
      </button>
      {inspection.status === 'draft' ? (
        <small className="field-hint"> {t('evidence.pdf.draftNote')}</small>
      ) : null}
      {message ? (
        <p role={failed ? 'alert' : 'status'} className={failed ? 'warning' : 'ok'}>
          {message}
        </p>
      ) : null}
    </section>
  );
}
