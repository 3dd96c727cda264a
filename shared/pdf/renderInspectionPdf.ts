/**
 * Public entry points of shared/pdf: an inspection as a 现场检查笔录, a machine as its
 * registration form, a day's batch in one file, and the glyph check the UI can run first.
 */
import type { Inspection } from '../domain/inspection';
import type { Machine } from '../domain/machine';
import type { ChecklistTemplate } from '../templates/templateSchema';
import { inspectionModel } from './inspectionModel';
import { machineModel } from './machineModel';
import { findMissingInTexts, type MissingGlyph } from './missingGlyphs';
import { modelTexts } from './pdfModel';
import { renderPdfDocuments, type PdfDeps } from './renderPdfDocuments';

export type { PdfDeps, PdfFonts } from './renderPdfDocuments';

/** Renders one inspection record; throws MissingGlyphError before drawing anything unprintable. */
export function renderInspectionPdf(
  record: Inspection,
  template: ChecklistTemplate,
  deps: PdfDeps,
): Promise<Uint8Array> {
  return renderPdfDocuments([inspectionModel(record, template, deps.agencyName)], deps);
}

/** Renders a machine registry entry as the registration form. */
export function renderMachineRegistrationPdf(machine: Machine, deps: PdfDeps): Promise<Uint8Array> {
  return renderPdfDocuments([machineModel(machine)], deps);
}

/** Several records in one PDF (the office's day or county print), pages numbered per record. */
export function renderInspectionBatchPdf(
  records: readonly { readonly record: Inspection; readonly template: ChecklistTemplate }[],
  deps: PdfDeps,
): Promise<Uint8Array> {
  return renderPdfDocuments(
    records.map(({ record, template }) => inspectionModel(record, template, deps.agencyName)),
    deps,
  );
}

/** Characters of the record (and its template's printed text) that the font cannot print. */
export function findMissingGlyphs(
  record: Inspection,
  template: ChecklistTemplate,
  font: Uint8Array,
  agencyName?: string,
): MissingGlyph[] {
  return findMissingInTexts(modelTexts(inspectionModel(record, template, agencyName)), font);
}

/** The same check for a machine registration form. */
export function findMissingMachineGlyphs(machine: Machine, font: Uint8Array): MissingGlyph[] {
  return findMissingInTexts(modelTexts(machineModel(machine)), font);
}
