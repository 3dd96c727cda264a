/**
 * The documented example checklist sheet (docs/templates.md "The sheet"): its rows, and the
 * same rows as an .xlsx workbook or a CSV. scripts/makeTemplateExample.ts writes them under
 * assets/templates; tests/server/importTemplate.test.ts publishes them.
 */
import ExcelJS from 'exceljs';

/** The example sheet's layout (docs/templates.md "The sheet"), as rows per sheet. */
export const sheetRows: Record<string, string[][]> = {
  template: [
    ['id', 'boilerDenox'],
    ['version', '1'],
    ['type', 'boiler-denox'],
    ['title zh', '锅炉脱硝运行检查'],
    ['title en', 'Boiler denitrification check'],
  ],
  facts: [
    ['fact id', 'label zh', 'label en', 'kind', 'unit', 'choices', 'required'],
    ['process', '脱硝工艺', 'Process', 'select', '', 'scr=SCR/SCR; sncr=SNCR/SNCR', 'yes'],
  ],
  items: [
    [
      'section id',
      'section zh',
      'section en',
      'item id',
      'text zh',
      'text en',
      'basis',
      'answer kind',
      'reading unit',
      'limit ref',
      'limit op',
      'limit value',
      'condition',
    ],
    [
      'boiler-denox.run',
      '运行',
      'Running',
      'boiler-denox.run.scr',
      'SCR随生产运行',
      'SCR runs with production',
      'HJ 562-2010',
      'check',
      '',
      '',
      '',
      '',
      'process=scr',
    ],
    [
      'boiler-denox.run',
      '运行',
      'Running',
      'boiler-denox.run.nox',
      'CEMS NOx小时均值',
      'CEMS NOx hourly mean',
      'GB 13271-2014 表3',
      'reading',
      'mg/m³',
      '',
      '<',
      '50',
      '',
    ],
  ],
};

export async function xlsxOf(rows: Record<string, string[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, data] of Object.entries(rows)) workbook.addWorksheet(name).addRows(data);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const csvOf = (rows: Record<string, string[][]>) =>
  Object.entries(rows)
    .flatMap(([name, data]) => [
      `[${name}]`,
      ...data.map((r) =>
        r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','),
      ),
    ])
    .join('\r\n');
