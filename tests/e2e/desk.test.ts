// Issue 14, the office's desk on one device (the synced half is in the sync harness): a dust
// inspection is finalised with two findings; the desk (办公室看板) shows its figures as tables
// beside the charts; a county filter redraws them; the .xlsx export is read back with exceljs
// and agrees with the record and the tables.
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChecklistPage } from './pages/ChecklistPage';
import { ProfilePage } from './pages/ProfilePage';
import { finaliseDustInspection, type FinalisedRecord } from './pages/SyncFinaliseFlow';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const SITE = '孝义市“鑫磊”建设工地（二标段）';
const CREDIT = '91330100799655058B';
const HEIGHT = '围挡高度（一般路段）';
const BARE_SOIL = '裸露土方及场地采用密目网覆盖或绿化';
const INSPECTOR = '王志强';

function shanghaiDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let record: FinalisedRecord;

/** The cells of the table under the heading `name`, row by row. */
async function table(name: string): Promise<string[][]> {
  const rows = page.getByRole('table', { name }).getByRole('row');
  const texts = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
  );
  return texts;
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newDevice(browser);
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(baseURL);
  const profile = new ProfilePage(page);
  await profile.fill({
    name: INSPECTOR,
    certificate: '14118120210033',
    unit: '吕梁市生态环境局孝义分局',
    county: '孝义市',
  });
  await profile.save();
  await page.getByRole('heading', { name: '检查记录' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('the office desk', () => {
  it('finalises a dust inspection with two findings', async () => {
    record = await finaliseDustInspection(page, {
      site: { name: SITE, creditCode: CREDIT, county: '孝义市', address: '孝义市府前街 12 号' },
      inspector: INSPECTOR,
      second: { name: '李红梅', certificate: '14118120230107' },
      witness: '张建军',
      coordinates: '37.1447, 111.7811',
      placeText: '工地北门',
      fillChecklist: async (checklist: ChecklistPage) => {
        await checklist.readingInput(HEIGHT).fill('1.5');
        await expect.poll(() => checklist.finding(HEIGHT, '发现的问题').isVisible()).toBe(true);
        await checklist.finding(HEIGHT, '发现的问题').fill('南侧围挡高 1.5 m，低于 1.8 m。');
        await checklist.finding(HEIGHT, '整改要求').fill('加高至 1.8 m 以上。');
        await checklist.finding(HEIGHT, '整改期限').fill(shanghaiDay(2));
        await checklist.setResult(BARE_SOIL, '不符合');
        await expect.poll(() => checklist.finding(BARE_SOIL, '发现的问题').isVisible()).toBe(true);
        await checklist.finding(BARE_SOIL, '发现的问题').fill('西侧约 500 m² 裸土未覆盖。');
        await checklist.finding(BARE_SOIL, '整改要求').fill('密目网全覆盖并洒水降尘。');
        await checklist.finding(BARE_SOIL, '整改期限').fill(shanghaiDay(6));
      },
    });
    expect(record.recordNumber).not.toBe('');
  });

  it('shows the figures as tables beside the charts, and redraws them on a filter', async () => {
    await page.getByRole('link', { name: '办公室看板', exact: true }).click();
    await page.getByRole('heading', { name: '办公室看板' }).waitFor();
    await expect.poll(() => table('检查情况')).toContainEqual(['检查次数', '1']);
    expect(await table('检查情况')).toEqual([
      ['检查次数', '1'],
      ['存在问题的检查', '1'],
      ['不合规率', '100.0%'],
      ['整改销号天数（中位数）', '无'],
    ]);
    const states = await table('整改事项状态');
    expect(states).toContainEqual(['即将到期', '1']);
    expect(states).toContainEqual(['整改中', '1']);
    expect(states).toContainEqual(['已逾期', '0']);
    const failed = await table('问题最多的检查项');
    expect(failed.slice(1).map((row) => row[1])).toEqual(['1', '1']);
    // Items read by their checklist text, not their ids.
    const itemNames = failed.slice(1).map((row) => row[0] ?? '');
    expect(itemNames.some((name) => name.includes(BARE_SOIL))).toBe(true);
    expect(itemNames.some((name) => name.startsWith('dust.'))).toBe(false);
    // echarts drew its SVG beside each table.
    expect(await page.locator('.desk-chart svg').count()).toBe(3);
    await screenshot(page, 'desk-01-figures');
    // Printed, the desk keeps figures and charts and drops navigation, filters and buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '导出 Excel' }).isVisible()).toBe(false);
    expect(await page.getByLabel('县（市、区）').isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: '检查情况' }).isVisible()).toBe(true);
    expect(await page.locator('.desk-chart svg').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByLabel('县（市、区）').selectOption({ label: '汾阳市' });
    await expect.poll(() => table('检查情况')).toContainEqual(['检查次数', '0']);
    expect(await table('整改事项状态')).toContainEqual(['整改中', '0']);
    expect(await page.getByText('没有不符合的检查项').isVisible()).toBe(true);
    await page.getByLabel('县（市、区）').selectOption({ label: '全部' });
    await expect.poll(() => table('检查情况')).toContainEqual(['检查次数', '1']);
  });

  it('exports the filtered list to .xlsx that agrees with the record', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await file.path());
    const records = book.getWorksheet('记录');
    const items = book.getWorksheet('整改事项');
    if (!records || !items) throw new Error('sheets missing');
    expect(records.getRow(1).values).toEqual([
      undefined,
      '笔录编号',
      '检查日期',
      '县区',
      '检查对象',
      '统一社会信用代码',
      '检查表',
      '结论',
      '检查人员',
    ]);
    expect(records.rowCount).toBe(2);
    const row = records.getRow(2);
    expect(row.getCell(1).value).toBe(record.recordNumber);
    expect(row.getCell(2).value).toBeInstanceOf(Date);
    expect((row.getCell(2).value as Date).toISOString().slice(0, 10)).toBe(shanghaiDay(0));
    expect(row.getCell(3).value).toBe('孝义市');
    expect(row.getCell(4).value).toBe(SITE);
    expect(row.getCell(5).value).toBe(CREDIT);
    expect(row.getCell(7).value).toBe('存在问题');
    expect(row.getCell(8).text).toContain(INSPECTOR);

    expect(items.rowCount).toBe(3);
    const deadlines = [2, 3].map((n) => items.getRow(n).getCell(4).value as Date);
    for (const d of deadlines) expect(d).toBeInstanceOf(Date);
    expect(deadlines.map((d) => d.toISOString().slice(0, 10)).sort()).toEqual([
      shanghaiDay(2),
      shanghaiDay(6),
    ]);
    expect([2, 3].map((n) => items.getRow(n).getCell(1).value)).toEqual([
      record.recordNumber,
      record.recordNumber,
    ]);
    expect([2, 3].map((n) => items.getRow(n).getCell(5).text).sort()).toEqual(
      ['即将到期', '整改中'].sort(),
    );
    await expect
      .poll(async () => (await page.getByRole('main').textContent()) ?? '')
      .toContain('已导出 1 份记录、2 项整改事项');
    expect(errors).toEqual([]);
  });
});
