/**
 * Tables with wrapped cells. A row that does not fit is split line by line across pages
 * and the header row is repeated on each new page, so a 1,500-character note never gets
 * clipped and no page starts with an unlabelled column.
 */
import type { PdfCell, PdfTableRow } from './pdfModel';
import { lineHeight, page, typeSize } from './pageGeometry';
import type { PdfWriter } from './pdfWriter';

const PAD_X = 1.6;
const PAD_Y = 1.3;
/** Rows up to this many lines move to the next page whole rather than split. */
const KEEP_TOGETHER_LINES = 4;

interface LaidCell {
  readonly cell: PdfCell;
  readonly x: number;
  readonly width: number;
  readonly lines: readonly string[];
}

function layRow(writer: PdfWriter, row: PdfTableRow, widths: readonly number[]): LaidCell[] {
  const cells: LaidCell[] = [];
  let column = 0;
  let x = page.left;
  for (const cell of row.cells) {
    const span = cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    const bold = cell.bold === true;
    const lines = writer.wrap(cell.text, width - 2 * PAD_X, typeSize.table, bold);
    cells.push({ cell, x, width, lines });
    column += span;
    x += width;
  }
  return cells;
}

function drawSlice(
  writer: PdfWriter,
  cells: readonly LaidCell[],
  from: number,
  count: number,
  shaded: boolean,
): void {
  const lh = lineHeight(typeSize.table);
  const height = count * lh + 2 * PAD_Y;
  const { doc } = writer;
  doc.setLineWidth(0.2);
  doc.setDrawColor(60);
  for (const { cell, x, width, lines } of cells) {
    if (shaded) {
      doc.setFillColor(232, 232, 232);
      doc.rect(x, writer.y, width, height, 'FD');
    } else doc.rect(x, writer.y, width, height, 'S');
    const bold = cell.bold === true;
    lines.slice(from, from + count).forEach((line, i) => {
      const baseline = writer.y + PAD_Y + (i + 0.78) * lh;
      if (cell.align === 'center')
        writer.text(line, x + width / 2, baseline, typeSize.table, bold, 'center');
      else writer.text(line, x + PAD_X, baseline, typeSize.table, bold);
    });
  }
  writer.y += height;
}

export function drawTable(
  writer: PdfWriter,
  widths: readonly number[],
  header: PdfTableRow | undefined,
  rows: readonly PdfTableRow[],
): void {
  const lh = lineHeight(typeSize.table);
  const laidHeader = header ? layRow(writer, header, widths) : undefined;
  const headerLines = laidHeader ? Math.max(...laidHeader.map((c) => c.lines.length)) : 0;
  const headerHeight = laidHeader ? headerLines * lh + 2 * PAD_Y : 0;
  const drawHeader = () => {
    if (laidHeader) drawSlice(writer, laidHeader, 0, headerLines, true);
  };
  writer.ensure(headerHeight + lh + 2 * PAD_Y);
  drawHeader();
  for (const row of rows) {
    const cells = layRow(writer, row, widths);
    const total = Math.max(1, ...cells.map((c) => c.lines.length));
    let done = 0;
    while (done < total) {
      const fits = Math.floor((writer.room - 2 * PAD_Y) / lh);
      const rest = total - done;
      const atTop = writer.y <= page.top + headerHeight + 0.01;
      if (fits < 1 || (fits < rest && rest <= KEEP_TOGETHER_LINES && !atTop)) {
        writer.newPage();
        drawHeader();
        continue;
      }
      const take = Math.min(rest, fits);
      drawSlice(writer, cells, done, take, row.shaded === true);
      done += take;
      if (done < total) {
        writer.newPage();
        drawHeader();
      }
    }
  }
}
