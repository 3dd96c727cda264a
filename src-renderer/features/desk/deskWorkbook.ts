/**
 * The desk's .xlsx export (docs/rectification.md "Office desk"): sheet 记录 with one row per
 * record and sheet 整改事项 with one row per rectification item, Chinese headers, dates as
 * real date cells so WPS and Excel sort and filter them. exceljs is passed in (the screen
 * imports it on first export) so the desk opens without it. Rows are added in chunks with a
 * yield between them: the screen shows progress and a cancel stops at the next chunk.
 */
import type { Workbook } from 'exceljs';
import type { RectificationState } from '../../../shared/rectification/rectificationState';
import type { DeskList } from './deskRows';

export type ExcelJsModule = { Workbook: new () => Workbook };

export interface DeskLabels {
  county(code: string): string;
  template(id: string): string;
  /** The item's text; undefined for an id no known template has. */
  item(templateId: string, itemId: string): string | undefined;
  state(state: RectificationState): string;
  result(nonCompliant: boolean): string;
}

export interface WorkbookProgress {
  readonly done: number;
  readonly total: number;
}

export const RECORD_SHEET = '记录';
export const ITEM_SHEET = '整改事项';
export const RECORD_HEADERS = [
  '笔录编号',
  '检查日期',
  '县区',
  '检查对象',
  '统一社会信用代码',
  '检查表',
  '结论',
  '检查人员',
] as const;
export const ITEM_HEADERS = ['笔录编号', '检查项', '整改要求', '整改期限', '状态'] as const;

/** Rows between yields: small enough for a smooth bar, large enough not to slow the export. */
const CHUNK = 1_000;

export class ExportCancelledError extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelledError';
  }
}

/** A calendar day as a date cell: UTC midnight, which exceljs writes as that day's serial. */
export function dayCell(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function buildDeskWorkbook(
  exceljs: ExcelJsModule,
  list: DeskList,
  labels: DeskLabels,
  options: { signal?: AbortSignal; onProgress?: (p: WorkbookProgress) => void } = {},
): Promise<Uint8Array> {
  const { signal, onProgress } = options;
  const total = list.records.length + list.items.length;
  let done = 0;
  const step = async () => {
    onProgress?.({ done, total });
    await nextTick();
    if (signal?.aborted) throw new ExportCancelledError();
  };
  const book = new exceljs.Workbook();
  book.creator = '蓝天巡查';
  const records = book.addWorksheet(RECORD_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  records.columns = RECORD_HEADERS.map((header, i) => ({
    header,
    width: [24, 12, 14, 30, 22, 40, 12, 20][i],
    ...(i === 1 ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  for (const r of list.records) {
    records.addRow([
      r.recordNumber,
      dayCell(r.day),
      labels.county(r.countyCode),
      r.siteName,
      r.creditCode,
      labels.template(r.templateId),
      labels.result(r.nonCompliant),
      r.inspectors.join('、'),
    ]);
    done += 1;
    if (done % CHUNK === 0) await step();
  }

  const items = book.addWorksheet(ITEM_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  items.columns = ITEM_HEADERS.map((header, i) => ({
    header,
    width: [24, 40, 40, 12, 12][i],
    ...(i === 3 ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  for (const item of list.items) {
    const itemText =
      (item.itemId ? labels.item(item.templateId, item.itemId) : undefined) ?? item.description;
    items.addRow([
      item.recordNumber,
      itemText,
      item.requirement,
      dayCell(item.deadline),
      labels.state(item.state),
    ]);
    done += 1;
    if (done % CHUNK === 0) await step();
  }
  await step();
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
