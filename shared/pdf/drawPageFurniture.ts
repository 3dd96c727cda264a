/**
 * What every page of a record carries once its pages are counted: running header,
 * 第 X 页 共 Y 页, the record number and hash, a QR code of both, the party's initials line,
 * and the 草稿 watermark on drafts.
 */
import { GState } from 'jspdf';
import type { ImageMap } from './drawBlocks';
import { pdfLabels } from './pdfLabels';
import type { PdfDocumentModel } from './pdfModel';
import { page, typeSize } from './pageGeometry';
import type { PdfWriter } from './pdfWriter';
import { qrMatrix, qrPayload } from './qrMatrix';

const QR_SIZE = 21;
const PT_PER_MM = 72 / 25.4;

/**
 * Draws the code once as a form XObject: each page then references it (a few bytes)
 * instead of repeating ~500 rectangles (~3 KB a page, measured).
 */
function defineQr(writer: PdfWriter, matrix: readonly (readonly boolean[])[], key: string): string {
  // The form's box is in points (jsPDF passes it to the page box unscaled).
  const side = QR_SIZE * PT_PER_MM;
  writer.doc.beginFormObject(0, 0, side, side, writer.doc.unitMatrix);
  drawQr(writer, matrix, 0, 0);
  writer.doc.endFormObject(key);
  return key;
}

function placeQr(writer: PdfWriter, key: string, x: number, y: number): void {
  const { doc } = writer;
  const bottom = (page.height - y - QR_SIZE) * PT_PER_MM;
  doc.doFormObject(key, doc.Matrix(1, 0, 0, 1, x * PT_PER_MM, bottom));
}

function drawQr(
  writer: PdfWriter,
  matrix: readonly (readonly boolean[])[],
  x: number,
  y: number,
): void {
  const module = QR_SIZE / matrix.length;
  writer.doc.setFillColor(0, 0, 0);
  matrix.forEach((row, r) => {
    // One rectangle per horizontal run of dark modules keeps the page stream small.
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c += 1;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c += 1;
      writer.doc.rect(x + start * module, y + r * module, (c - start) * module, module, 'F');
    }
  });
}

/**
 * The party's signature on the page's 当事人签名 line (paper practice: a signature per page),
 * or the 拒签/不在场 note with the witness when there is no signature to show.
 */
function drawPartyMark(
  writer: PdfWriter,
  model: PdfDocumentModel,
  images: ImageMap,
  top: number,
): void {
  const mark = model.partyMark;
  if (mark === undefined) return;
  const bytes = mark.imageSha256 === undefined ? undefined : images.get(mark.imageSha256);
  const x = page.left + 20;
  if (bytes !== undefined && mark.imageSha256 !== undefined) {
    const props = writer.doc.getImageProperties(bytes);
    const boxW = 30;
    const boxH = 8;
    const scale = Math.min(boxW / props.width, boxH / props.height);
    const w = props.width * scale;
    const h = props.height * scale;
    const png = bytes[0] === 0x89 && bytes[1] === 0x50;
    writer.doc.addImage(
      bytes,
      png ? 'PNG' : 'JPEG',
      x,
      top + 19.4 - h,
      w,
      h,
      mark.imageSha256,
      png ? 'FAST' : 'NONE',
    );
    writer.text(mark.text.text, x + w + 2, top + 19, typeSize.tiny, false);
    return;
  }
  writer.text(mark.text.text, x, top + 19, typeSize.small, false);
}

/** Decorates pages `first`..`first + count - 1` (1-based jsPDF page numbers) of one record. */
export function drawPageFurniture(
  writer: PdfWriter,
  model: PdfDocumentModel,
  first: number,
  count: number,
  printedAt: string,
  images: ImageMap = new Map(),
): void {
  const { doc } = writer;
  const matrix = qrMatrix(qrPayload(model.recordNumber, model.hash));
  const qrKey = defineQr(writer, matrix, `qr-${first}`);
  for (let i = 0; i < count; i += 1) {
    doc.setPage(first + i);
    if (model.draft) {
      doc.saveGraphicsState();
      doc.setGState(new GState({ opacity: 0.13 }));
      writer.setFace(true, 120);
      doc.setTextColor(150);
      doc.text(pdfLabels.draft, page.width / 2 - 38, page.height / 2 + 38, { angle: 35 });
      doc.restoreGraphicsState();
      doc.setTextColor(0);
    }
    if (i > 0) {
      doc.setTextColor(90);
      writer.text(model.runningTitle, page.width / 2, 11, typeSize.small, false, 'center');
      doc.setTextColor(0);
      doc.setLineWidth(0.2);
      doc.setDrawColor(150);
      doc.line(page.left, 12.6, page.right, 12.6);
    }
    const top = page.bottom + 3;
    doc.setLineWidth(0.2);
    doc.setDrawColor(150);
    doc.line(page.left, top, page.right, top);
    const textRight = page.right - QR_SIZE - 3;
    writer.text(
      `${pdfLabels.number}${model.recordNumber}`,
      page.left,
      top + 4.5,
      typeSize.small,
      false,
    );
    writer.text(`${model.hashLabel}`, page.left, top + 8.5, typeSize.tiny, false);
    writer.text(model.hash || pdfLabels.hashPending, page.left, top + 11.5, typeSize.tiny, false);
    if (model.partyInitialsOnEveryPage) {
      writer.text(pdfLabels.partyInitials, page.left, top + 19, typeSize.small, false);
      doc.line(page.left + 19, top + 19.6, page.left + 62, top + 19.6);
      drawPartyMark(writer, model, images, top);
    }
    writer.text(
      `${pdfLabels.printedAt}${printedAt}`,
      textRight,
      top + 4.5,
      typeSize.tiny,
      false,
      'right',
    );
    writer.text(
      pdfLabels.pageOf(i + 1, count),
      page.width / 2 + 10,
      top + 19,
      typeSize.body,
      false,
      'center',
    );
    placeQr(writer, qrKey, page.right - QR_SIZE, top + 1.5);
  }
}
