/**
 * The machine's registration form (登记表) as a PDF: saved (a save dialog in Electron, a
 * download in web mode) or opened for printing, through the same hook as a record's PDF.
 */
import { useTranslation } from 'react-i18next';
import type { Machine } from '../../../shared/domain/machine';
import { usePdfExport } from '../pdf/usePdfExport';

export function MachinePdfActions({ machine }: { machine: Machine }) {
  const { t } = useTranslation();
  const pdf = usePdfExport();
  const { busy, message, failed } = pdf;
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void pdf.machinePdf(machine, 'save')}>
        {busy ? t('pdf.exporting') : t('registry.detail.pdf')}
      </button>
      <button type="button" disabled={busy} onClick={() => void pdf.machinePdf(machine, 'print')}>
        {t('registry.detail.printPdf')}
      </button>
      {message ? (
        <p role={failed ? 'alert' : 'status'} className={failed ? 'warning' : 'ok'}>
          {message}
        </p>
      ) : null}
    </>
  );
}
