/**
 * Hook for screens: exports an inspection (or a machine's registration) as PDF through the
 * platform bridge, with the photos and signatures from the local store, and reports a
 * translated outcome.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import type { Machine } from '../../../shared/domain/machine';
import { MissingGlyphError } from '../../../shared/pdf/missingGlyphs';
import { useServices } from '../../app/services';
import { dexieImageLoader } from './dexieImageLoader';
import {
  exportInspectionPdf,
  exportMachinePdf,
  type PdfExportOptions,
} from './exportInspectionPdf';
import { printableRecord } from './printableRecord';
import { errorMessage } from '../../errors/errorMessage';

export interface PdfExportState {
  readonly busy: boolean;
  /** Last outcome, translated: saved path, cancelled, or why it failed. */
  readonly message: string | null;
  readonly failed: boolean;
  exportPdf(record: Inspection): Promise<void>;
  /** Renders the PDF and opens it for printing (system viewer, or a browser tab). */
  printPdf(record: Inspection): Promise<void>;
  /** The machine's registration form (登记表), saved or opened for printing. */
  machinePdf(machine: Machine, mode: 'save' | 'print'): Promise<void>;
}

export function usePdfExport(agencyName?: string): PdfExportState {
  const { db, bridge } = useServices();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const run = useCallback(
    async (
      render: (options: PdfExportOptions) => Promise<string | null>,
      mode: 'save' | 'print',
    ) => {
      setBusy(true);
      setFailed(false);
      setMessage(t('pdf.exporting'));
      try {
        const path = await render({
          mode,
          loadImage: dexieImageLoader(db),
          ...(agencyName !== undefined ? { agencyName } : {}),
        });
        if (mode === 'print') setMessage(t('pdf.openedForPrint'));
        else setMessage(path === null ? t('pdf.cancelled') : t('pdf.saved', { path }));
      } catch (error) {
        setFailed(true);
        if (error instanceof MissingGlyphError) {
          const chars = [...new Set(error.missing.map((m) => `“${m.char}”`))].join('、');
          const fields = [...new Set(error.missing.map((m) => m.field))].join('、');
          setMessage(t('pdf.missingGlyph', { chars, fields }));
        } else setMessage(t('pdf.failed', { message: errorMessage(t, error) }));
      } finally {
        setBusy(false);
      }
    },
    [agencyName, db, t],
  );
  const inspectionPdf = useCallback(
    (record: Inspection, mode: 'save' | 'print') =>
      run(
        async (options) => exportInspectionPdf(await printableRecord(db, record), bridge, options),
        mode,
      ),
    [bridge, db, run],
  );
  const exportPdf = useCallback(
    (record: Inspection) => inspectionPdf(record, 'save'),
    [inspectionPdf],
  );
  const printPdf = useCallback(
    (record: Inspection) => inspectionPdf(record, 'print'),
    [inspectionPdf],
  );
  const machinePdf = useCallback(
    (machine: Machine, mode: 'save' | 'print') =>
      run((options) => exportMachinePdf(machine, bridge, options), mode),
    [bridge, run],
  );
  return { busy, message, failed, exportPdf, printPdf, machinePdf };
}
