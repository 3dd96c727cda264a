/**
 * Reads a checklist sheet file into cell texts by sheet (templates/templateSheet.ts): an
 * .xlsx workbook through exceljs (sheets by name), or a CSV, which has one sheet only, so its
 * sheets follow one another, each opened by a row whose first cell is `[template]`,
 * `[options]`, `[facts]` or `[items]` (docs/templates.md "The sheet"). Rows keep the number
 * the admin sees: the sheet's row in a workbook, the file's line in a CSV.
 */
import ExcelJS from 'exceljs';
import { parseCsv } from '../cli/parseCsv';
import type { SheetRow, Sheets } from './templateSheet';

export async function readXlsxSheets(bytes: Uint8Array): Promise<Sheets> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer; a Node Buffer over the same bytes is one.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, SheetRow[]>();
  workbook.eachSheet((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text.trim());
      rows.push({ row: rowNumber, cells });
    });
    sheets.set(sheet.name.trim().toLowerCase(), rows);
  });
  return sheets;
}

export function readCsvSheets(text: string): Sheets {
  const sheets = new Map<string, SheetRow[]>();
  let current: SheetRow[] | undefined;
  for (const { line, cells } of parseCsv(text)) {
    const first = (cells[0] ?? '').trim();
    const marker = /^\[([a-z]+)\]$/i.exec(first);
    if (marker) {
      current = [];
      sheets.set((marker[1] ?? '').toLowerCase(), current);
      continue;
    }
    (current ?? (sheets.set('items', (current = [])), current)).push({
      row: line,
      cells: cells.map((c) => c.trim()),
    });
  }
  return sheets;
}
