/** Lays out a document model's blocks with the writer, page after page. */
import { drawTable } from './drawTable';
import { pdfLabels } from './pdfLabels';
import type { PdfBlock, PdfPhoto, PdfSignatureLine } from './pdfModel';
import { contentWidth, lineHeight, page, typeSize } from './pageGeometry';
import type { PdfWriter } from './pdfWriter';

/** Image bytes by SHA-256, loaded before drawing; undefined when the store has no file. */
export type ImageMap = ReadonlyMap<string, Uint8Array | undefined>;

export function drawBlocks(writer: PdfWriter, blocks: readonly PdfBlock[], images: ImageMap): void {
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    switch (block.kind) {
      case 'title': {
        const lh = lineHeight(block.size);
        for (const line of writer.wrap(block.text.text, contentWidth, block.size, true)) {
          writer.ensure(lh);
          writer.text(
            line,
            page.left + contentWidth / 2,
            writer.y + lh * 0.8,
            block.size,
            true,
            'center',
          );
          writer.y += lh;
        }
        writer.y += 1;
        break;
      }
      case 'rightNote': {
        const lh = lineHeight(typeSize.body);
        writer.ensure(lh);
        writer.text(
          block.text.text,
          page.right,
          writer.y + lh * 0.8,
          typeSize.body,
          false,
          'right',
        );
        writer.y += lh + 1;
        break;
      }
      case 'heading': {
        const lh = lineHeight(typeSize.heading);
        // Keep a heading with at least three lines of what follows; the party's statement
        // heading keeps the statement and every signature line with it, so the signatures
        // never stand alone on a page (docs/records.md "Party, witness and every page").
        const after = blocks[index + 2];
        const keep =
          next?.kind === 'photos'
            ? 80
            : next?.kind === 'paragraph' && after?.kind === 'signatures'
              ? Math.min(
                  writer.wrap(
                    next.text.text,
                    contentWidth - (next.indent ?? 0),
                    typeSize.body,
                    false,
                  ).length *
                    lineHeight(typeSize.body) +
                    after.lines.length * SIGNATURE_ROW +
                    6,
                  page.bottom - page.top - lh - 3,
                )
              : lineHeight(typeSize.table) * 3 + 4;
        writer.y += 2.5;
        writer.ensure(lh + keep);
        writer.text(block.text.text, page.left, writer.y + lh * 0.8, typeSize.heading, true);
        writer.y += lh + 0.8;
        break;
      }
      case 'paragraph': {
        const lh = lineHeight(typeSize.body);
        const indent = block.indent ?? 0;
        for (const line of writer.wrap(
          block.text.text,
          contentWidth - indent,
          typeSize.body,
          false,
        )) {
          writer.ensure(lh);
          writer.text(line, page.left + indent, writer.y + lh * 0.8, typeSize.body, false);
          writer.y += lh;
        }
        writer.y += 0.8;
        break;
      }
      case 'table':
        drawTable(writer, block.widths, block.header, block.rows);
        writer.y += 1.5;
        break;
      case 'signatures':
        drawSignatures(writer, block.lines, images);
        break;
      case 'photos':
        drawPhotos(writer, block.photos, images);
        break;
      case 'pageBreak':
        writer.newPage();
        break;
    }
  });
}

function imageFormat(bytes: Uint8Array): 'JPEG' | 'PNG' {
  return bytes[0] === 0x89 && bytes[1] === 0x50 ? 'PNG' : 'JPEG';
}

/** Draws an image fitted and centred in a box; false when the bytes are missing. */
function fitImage(
  writer: PdfWriter,
  bytes: Uint8Array | undefined,
  sha256: string,
  box: { x: number; y: number; w: number; h: number },
  align: 'center' | 'bottom',
): boolean {
  if (bytes === undefined) return false;
  const props = writer.doc.getImageProperties(bytes);
  const scale = Math.min(box.w / props.width, box.h / props.height);
  const w = props.width * scale;
  const h = props.height * scale;
  const x = box.x + (box.w - w) / 2;
  const y = align === 'center' ? box.y + (box.h - h) / 2 : box.y + box.h - h;
  const format = imageFormat(bytes);
  // JPEG passes through as DCT; a PNG is decoded by jsPDF and must be deflated again.
  writer.doc.addImage(bytes, format, x, y, w, h, sha256, format === 'PNG' ? 'FAST' : 'NONE');
  return true;
}

const SIGNATURE_ROW = 19;

function drawSignatures(
  writer: PdfWriter,
  lines: readonly PdfSignatureLine[],
  images: ImageMap,
): void {
  writer.ensure(Math.min(lines.length * SIGNATURE_ROW + 4, page.bottom - page.top));
  writer.y += 2;
  const labelWidth = 52;
  const lineStart = page.left + labelWidth;
  const lineEnd = lineStart + 62;
  for (const line of lines) {
    writer.ensure(SIGNATURE_ROW);
    const baseline = writer.y + 13;
    writer.text(line.role.text, page.left, baseline, typeSize.body, true);
    writer.doc.setLineWidth(0.3);
    writer.doc.setDrawColor(0);
    writer.doc.line(lineStart, baseline + 1, lineEnd, baseline + 1);
    if (line.imageSha256 !== undefined) {
      const drawn = fitImage(
        writer,
        images.get(line.imageSha256),
        line.imageSha256,
        { x: lineStart + 2, y: writer.y + 1, w: lineEnd - lineStart - 4, h: 12.5 },
        'bottom',
      );
      if (!drawn)
        writer.text(pdfLabels.signatureMissing, lineStart + 2, baseline - 1, typeSize.small, false);
    }
    writer.text(line.name.text, lineEnd + 3, baseline, typeSize.body, false);
    if (line.signedAt)
      writer.text(line.signedAt.text, lineStart, baseline + 4.6, typeSize.small, false);
    writer.y += SIGNATURE_ROW;
  }
}

const PHOTO_GAP = 6;
const PHOTO_BOX_H = 62;

function drawPhotos(writer: PdfWriter, photos: readonly PdfPhoto[], images: ImageMap): void {
  const width = (contentWidth - PHOTO_GAP) / 2;
  const lhCaption = lineHeight(typeSize.table);
  const lhStamp = lineHeight(typeSize.tiny);
  for (let i = 0; i < photos.length; i += 2) {
    const pair = photos.slice(i, i + 2);
    const laid = pair.map((photo) => ({
      photo,
      caption: writer.wrap(photo.caption.text, width, typeSize.table, false),
      stamp: writer.wrap(photo.stamp.text, width, typeSize.tiny, false),
    }));
    const textHeight = Math.max(
      ...laid.map((l) => l.caption.length * lhCaption + l.stamp.length * lhStamp),
    );
    writer.ensure(PHOTO_BOX_H + textHeight + 6);
    laid.forEach(({ photo, caption, stamp }, column) => {
      const x = page.left + column * (width + PHOTO_GAP);
      writer.doc.setLineWidth(0.2);
      writer.doc.setDrawColor(120);
      writer.doc.rect(x, writer.y, width, PHOTO_BOX_H, 'S');
      const box = { x: x + 1, y: writer.y + 1, w: width - 2, h: PHOTO_BOX_H - 2 };
      if (!fitImage(writer, images.get(photo.sha256), photo.sha256, box, 'center'))
        writer.text(
          pdfLabels.photoMissing,
          x + width / 2,
          writer.y + PHOTO_BOX_H / 2,
          typeSize.table,
          false,
          'center',
        );
      let y = writer.y + PHOTO_BOX_H + 1;
      for (const line of caption) {
        writer.text(line, x, y + lhCaption * 0.8, typeSize.table, false);
        y += lhCaption;
      }
      for (const line of stamp) {
        writer.text(line, x, y + lhStamp * 0.8, typeSize.tiny, false);
        y += lhStamp;
      }
    });
    writer.y += PHOTO_BOX_H + textHeight + 6;
  }
}
