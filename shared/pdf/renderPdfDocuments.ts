/**
 * Renders one or more document models into one PDF: glyph check first, then per-document
 * font subsets of Regular and Bold for exactly the characters printed, then layout, then
 * the page furniture numbered per record (a day's batch restarts 第 1 页 for each record).
 */
import { jsPDF } from 'jspdf';
import { sha256Hex } from '../domain/hash';
import { drawBlocks } from './drawBlocks';
import { drawPageFurniture } from './drawPageFurniture';
import { readFontCodePoints } from './fontCmap';
import type { SubsetFont } from './harfbuzzSubsetter';
import { findMissingInTexts, MissingGlyphError, type FieldText } from './missingGlyphs';
import { furnitureText, pdfLabels } from './pdfLabels';
import { modelTexts, type PdfDocumentModel } from './pdfModel';
import { FONT_FAMILY, PdfWriter } from './pdfWriter';
import { printFormOf } from './printForms';
import { formatShanghaiMinute } from './shanghaiTime';

export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** What rendering needs from its host; everything that touches files or the network. */
export interface PdfDeps {
  readonly fonts: PdfFonts;
  /** harfbuzz subsetter (createHarfBuzzSubsetter); `async (f) => f` embeds whole fonts. */
  readonly subset: SubsetFont;
  /** Image bytes (photos, signatures) by SHA-256; undefined when the file is not stored. */
  readonly loadImage: (sha256: string) => Promise<Uint8Array | undefined>;
  /** Printed in the footer; defaults to the current time. */
  readonly now?: Date;
  /** Header of inspection records; defaults to the first inspector's unit. */
  readonly agencyName?: string;
}

function furnitureTexts(model: PdfDocumentModel): FieldText[] {
  return [
    { text: furnitureText, field: 'label' },
    { text: model.runningTitle, field: 'runningTitle' },
    { text: model.recordNumber, field: 'recordNumber' },
    { text: model.hash, field: 'hash' },
    { text: model.hashLabel, field: 'label' },
    ...(model.partyMark ? [model.partyMark.text] : []),
  ];
}

/** Characters to keep in a subset: the text itself plus the stand-ins of missing forms. */
function charsOf(texts: readonly FieldText[], has: (cp: number) => boolean): string {
  const chars = new Set<string>([' ']);
  for (const { text } of texts)
    for (const char of text) {
      const form = printFormOf(char, has);
      chars.add(form ? form.base : char);
    }
  return [...chars].join('');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A PDF subset tag (six capitals + "+", ISO 32000 §9.6.4) derived from the subset's content. */
function subsetTag(chars: string, face: string): string {
  const digest = sha256Hex(`${face}|${chars}`);
  let tag = '';
  for (let i = 0; i < 6; i += 1)
    tag += String.fromCharCode(65 + (parseInt(digest.slice(i * 2, i * 2 + 2), 16) % 26));
  return `${tag}+NotoSansSC-${face}`;
}

/**
 * jsPDF's internal font subsetter (metadata.subset.encode, src/libs/ttffont.js) keeps the
 * font's own glyph ids (CIDToGIDMap /Identity); replacing its output with the already
 * subset font changes no id and skips the slow copy. Checked by the pdftotext tests.
 */
function useFontAsIs(doc: jsPDF, style: 'normal' | 'bold', bytes: Uint8Array): void {
  doc.setFont(FONT_FAMILY, style);
  const metadata: unknown = doc.getFont().metadata;
  if (
    typeof metadata === 'object' &&
    metadata !== null &&
    'subset' in metadata &&
    typeof metadata.subset === 'object' &&
    metadata.subset !== null &&
    'encode' in metadata.subset
  )
    metadata.subset.encode = () => bytes;
}

export async function renderPdfDocuments(
  models: readonly PdfDocumentModel[],
  deps: PdfDeps,
): Promise<Uint8Array> {
  const texts = models.flatMap(modelTexts);
  const furniture = models.flatMap(furnitureTexts);
  const boldTexts = [
    ...texts.filter((t) => t.bold === true),
    { text: pdfLabels.draft, field: 'label' },
  ];
  const missing = [
    // Furniture repeats texts checked in the body (site name, record number) or constants
    // the coverage test holds; checking it again would name one character many times.
    ...findMissingInTexts(texts, deps.fonts.regular),
    ...findMissingInTexts(boldTexts, deps.fonts.bold),
  ];
  if (missing.length > 0) {
    const unique = new Map(missing.map((m) => [`${m.field}|${m.char}`, m]));
    throw new MissingGlyphError([...unique.values()]);
  }
  const regularPoints = readFontCodePoints(deps.fonts.regular);
  const has = (cp: number) => regularPoints.has(cp);
  const regularChars = charsOf([...texts.filter((t) => t.bold !== true), ...furniture], has);
  const boldChars = charsOf(boldTexts, has);
  const [regular, bold] = await Promise.all([
    deps.subset(deps.fonts.regular, regularChars),
    deps.subset(deps.fonts.bold, boldChars),
  ]);

  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('NotoSansSC-Regular.ttf', toBase64(regular));
  doc.addFont('NotoSansSC-Regular.ttf', FONT_FAMILY, 'normal');
  doc.addFileToVFS('NotoSansSC-Bold.ttf', toBase64(bold));
  doc.addFont('NotoSansSC-Bold.ttf', FONT_FAMILY, 'bold');
  // Our fonts are subset already; jsPDF would re-subset them with quadratic array copying
  // (most of the render time) and the same glyph ids, so hand it the bytes as they are.
  useFontAsIs(doc, 'normal', regular);
  useFontAsIs(doc, 'bold', bold);
  doc.setProperties({
    title: models[0]?.runningTitle ?? '',
    creator: 'BlueSky Inspector 蓝天巡查',
  });

  const shas = new Set<string>();
  for (const model of models) {
    if (model.partyMark?.imageSha256) shas.add(model.partyMark.imageSha256);
    for (const block of model.blocks) {
      if (block.kind === 'photos') for (const p of block.photos) shas.add(p.sha256);
      if (block.kind === 'signatures')
        for (const l of block.lines) if (l.imageSha256) shas.add(l.imageSha256);
    }
  }
  const images = new Map<string, Uint8Array | undefined>();
  await Promise.all([...shas].map(async (sha) => images.set(sha, await deps.loadImage(sha))));

  const writer = new PdfWriter(doc, has, () => undefined);
  const printedAt = formatShanghaiMinute((deps.now ?? new Date()).toISOString());
  const ranges: { model: PdfDocumentModel; first: number; count: number }[] = [];
  models.forEach((model, index) => {
    if (index > 0) writer.newPage();
    const first = doc.getNumberOfPages();
    writer.y = 17;
    drawBlocks(writer, model.blocks, images);
    ranges.push({ model, first, count: doc.getNumberOfPages() - first + 1 });
  });
  for (const { model, first, count } of ranges)
    drawPageFurniture(writer, model, first, count, printedAt, images);
  // jsPDF names an embedded face after its family; give each face its subset tag. Only now:
  // jsPDF looks fonts up by this name while measuring and drawing.
  for (const [style, face, chars] of [
    ['normal', 'Regular', regularChars],
    ['bold', 'Bold', boldChars],
  ] as const) {
    doc.setFont(FONT_FAMILY, style);
    doc.getFont().fontName = subsetTag(chars, face);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
