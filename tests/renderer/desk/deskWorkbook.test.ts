/**
 * The desk's .xlsx (docs/rectification.md "Office desk"): built from finalised fixture records
 * and read back with exceljs, as WPS or Excel would open it.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Inspection } from '../../../shared/domain/inspection';
import { deskStats } from '../../../shared/rectification/deskStats';
import { deriveRectificationItems } from '../../../shared/rectification/rectificationState';
import { createDeskLabels } from '../../../src-renderer/features/desk/deskLabels';
import { deskList } from '../../../src-renderer/features/desk/deskRows';
import {
  buildDeskWorkbook,
  ExportCancelledError,
  ITEM_HEADERS,
  ITEM_SHEET,
  RECORD_HEADERS,
  RECORD_SHEET,
  type WorkbookProgress,
} from '../../../src-renderer/features/desk/deskWorkbook';
import { makeSite } from '../../fixtures/builders';
import { finding, original, recheck } from '../../unit/rectification/rectificationFixtures';

const failing = (record: Inspection, itemIds: string[]): Inspection => ({
  ...record,
  answers: {
    ...record.answers,
    ...Object.fromEntries(itemIds.map((id) => [id, { result: 'fail' as const, note: '' }])),
  },
});

function fixture() {
  const a = failing(
    original([
      { ...finding('2026-03-20'), itemId: 'dust.enclosure.continuous' },
      finding('2026-03-31', '西侧围挡破损'),
    ]),
    ['dust.wash.exit'],
  );
  // A hostile site name: formula-like text must stay text, not become a formula.
  const b = Inspection.parse({
    ...original([finding('2026-04-01')], '2026-03-16T17:30:00.000Z'),
    site: makeSite({ name: '=HYPERLINK("x")＆鑫磊化工', countyCode: '141181' }),
  });
  const c = original([], '2026-04-02T01:00:00.000Z');
  const check = recheck(a, [a, b, c], '2026-03-23T02:00:00.000Z', (_, i) =>
    i === 0 ? { outcome: 'rectified' } : { outcome: 'referred' },
  );
  const records = [a, b, c, check];
  const items = deriveRectificationItems(records, new Date('2026-04-05T00:00:00.000Z'));
  return { records, items, a, b };
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // exceljs' typings want a Node Buffer; a copy of the bytes is one.
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

function column<T>(sheet: ExcelJS.Worksheet, index: number): T[] {
  const values: T[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) values.push(row.getCell(index).value as T);
  });
  return values;
}

describe('desk .xlsx export', () => {
  it('writes both sheets with Chinese headers, date cells, and the counts of deskStats', async () => {
    const { records, items, b } = fixture();
    const list = deskList(records, items, {});
    const stats = deskStats(records, items, {});
    const progress: WorkbookProgress[] = [];
    const bytes = await buildDeskWorkbook(ExcelJS, list, createDeskLabels(), {
      onProgress: (p) => progress.push(p),
    });
    const book = await readBack(bytes);

    const recordSheet = book.getWorksheet(RECORD_SHEET);
    const itemSheet = book.getWorksheet(ITEM_SHEET);
    if (!recordSheet || !itemSheet) throw new Error('sheets missing');
    expect(recordSheet.getRow(1).values).toEqual([undefined, ...RECORD_HEADERS]);
    expect(itemSheet.getRow(1).values).toEqual([undefined, ...ITEM_HEADERS]);

    // 复查 records are not inspections done: three rows, as deskStats counts.
    expect(recordSheet.rowCount - 1).toBe(stats.inspections);
    expect(stats.inspections).toBe(3);
    const days = column<Date>(recordSheet, 2);
    for (const d of days) expect(d).toBeInstanceOf(Date);
    // 17:30 UTC is the next Shanghai day: the date cell shows that day.
    expect(days.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2026-04-02',
      '2026-03-17',
      '2026-03-15',
    ]);
    expect(column<string>(recordSheet, 7).filter((v) => v === '存在问题')).toHaveLength(
      stats.nonCompliant,
    );
    expect(column<string>(recordSheet, 3)).toContain('孝义市');
    const names = column<unknown>(recordSheet, 4);
    expect(names).toContain(b.site.name);
    expect(column<string>(recordSheet, 5)).toContain(b.site.creditCode);
    expect(column<string>(recordSheet, 8)[0]).toBe('张三、李四');

    expect(itemSheet.rowCount - 1).toBe(Object.values(stats.items).reduce((x, y) => x + y, 0));
    const deadlines = column<Date>(itemSheet, 4);
    for (const d of deadlines) expect(d).toBeInstanceOf(Date);
    expect(deadlines.map((d) => d.toISOString().slice(0, 10)).sort()).toEqual([
      '2026-03-20',
      '2026-03-31',
      '2026-04-01',
    ]);
    const states = column<string>(itemSheet, 5);
    expect(states.filter((s) => s === '已整改销号')).toHaveLength(stats.items.closed);
    expect(states.filter((s) => s === '已移交立案')).toHaveLength(stats.items.referred);
    expect(states.filter((s) => s === '已逾期')).toHaveLength(stats.items.overdue);
    expect(stats.items).toMatchObject({ closed: 1, referred: 1, overdue: 1 });
    // The item column names the checklist item, not its id; a finding whose item no template
    // knows reads by its own description.
    const itemTexts = column<string>(itemSheet, 2);
    expect(itemTexts).toContain('施工现场周边设置连续、封闭的硬质围挡，无缺口、破损');
    expect(itemTexts).toContain('西侧围挡破损');
    expect(itemTexts).not.toContain('dust.enclosure.continuous');
    expect(progress.at(-1)).toEqual({ done: 6, total: 6 });
  });

  it('exports only what the filter matches', async () => {
    const { records, items } = fixture();
    const filter = { countyCode: '141181' };
    const list = deskList(records, items, filter);
    const stats = deskStats(records, items, filter);
    const book = await readBack(await buildDeskWorkbook(ExcelJS, list, createDeskLabels()));
    expect((book.getWorksheet(RECORD_SHEET)?.rowCount ?? 0) - 1).toBe(stats.inspections);
    expect(stats.inspections).toBe(1);
    expect((book.getWorksheet(ITEM_SHEET)?.rowCount ?? 0) - 1).toBe(1);
  });

  it('stops when cancelled, reporting progress first', async () => {
    const { records, items } = fixture();
    const many = { ...deskList(records, items, {}) };
    const rows = Array.from({ length: 2_500 }, (_, i) => ({
      ...many.records[0]!,
      recordNumber: `No.${i}`,
    }));
    const controller = new AbortController();
    const seen: WorkbookProgress[] = [];
    const run = buildDeskWorkbook(ExcelJS, { records: rows, items: [] }, createDeskLabels(), {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelledError);
    expect(seen).toEqual([{ done: 1_000, total: 2_500 }]);
  });
});
