/**
 * Renders an inspection (or a machine registration) and hands the bytes to the platform:
 * Electron shows a save dialog, web mode downloads the file. shared/pdf and jsPDF are
 * imported on demand, so they cost nothing until a PDF is asked for.
 */
import type { Inspection } from '../../../shared/domain/inspection';
import type { Machine } from '../../../shared/domain/machine';
import type { Bridge } from '../../../shared/ipc/bridge';
import { getTemplate } from '../../../shared/templates/registry';
import type { PdfDeps } from '../../../shared/pdf/renderPdfDocuments';
import { createBrowserPdfDeps } from './createBrowserPdfDeps';

export interface PdfExportOptions {
  readonly loadImage?: PdfDeps['loadImage'];
  readonly agencyName?: string;
  /** 'print' opens the PDF for printing instead of saving it (bridge.openPdfForPrint). */
  readonly mode?: 'save' | 'print';
}

const pdfFilters = [{ name: 'PDF', extensions: ['pdf'] }];

/** A file name that works on every file system: record number or site, date, no slashes. */
export function pdfFileName(record: Inspection): string {
  const base =
    record.recordNumber ||
    `${record.site.name}-${(record.startedAt ?? record.createdAt).slice(0, 10)}`;
  return `${base.replace(/[\\/:*?"<>|\s]+/g, '_')}.pdf`;
}

/** Resolves the saved path, or null when the user cancelled the dialog. */
export async function exportInspectionPdf(
  record: Inspection,
  bridge: Bridge,
  options: PdfExportOptions = {},
): Promise<string | null> {
  const template = getTemplate(record.template.id, record.template.version);
  if (template === undefined)
    throw new Error(`unknown template ${record.template.id} v${record.template.version}`);
  const [{ renderInspectionPdf }, deps] = await Promise.all([
    import('../../../shared/pdf/renderInspectionPdf'),
    createBrowserPdfDeps(options.loadImage, options.agencyName),
  ]);
  const bytes = await renderInspectionPdf(record, template, deps);
  if (options.mode === 'print') {
    await bridge.openPdfForPrint(pdfFileName(record), bytes);
    return pdfFileName(record);
  }
  return bridge.saveFile(pdfFileName(record), bytes, pdfFilters);
}

export async function exportMachinePdf(
  machine: Machine,
  bridge: Bridge,
  options: PdfExportOptions = {},
): Promise<string | null> {
  const [{ renderMachineRegistrationPdf }, deps] = await Promise.all([
    import('../../../shared/pdf/renderInspectionPdf'),
    createBrowserPdfDeps(options.loadImage, options.agencyName),
  ]);
  const bytes = await renderMachineRegistrationPdf(machine, deps);
  const name = (machine.registrationCode || `${machine.brand}-${machine.model}`).replace(
    /[\\/:*?"<>|\s]+/g,
    '_',
  );
  if (options.mode === 'print') {
    await bridge.openPdfForPrint(`${name}.pdf`, bytes);
    return `${name}.pdf`;
  }
  return bridge.saveFile(`${name}.pdf`, bytes, pdfFilters);
}
