// One campaign checklist (issue 13) from 新建检查 to a printed record through the UI: start it
// on a new enterprise, answer its start facts, take the readings that pass, one reading that
// fails with its finding, every other item 符合, 检查完成, then the legal steps and signatures
// of SyncFinaliseFlow.ts, 定稿, 导出 PDF, and the PDF read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ChecklistPage, screenshotAt } from './ChecklistPage';
import { EvidencePage } from './EvidencePage';
import { startInspection } from './flows';
import type { NewSiteValues } from './NewInspectionPage';

export interface FailingReading {
  /** Text the item's title contains. */
  readonly item: string;
  /** Values typed into its 读数 fields, as typed (extra points are added with 增加测点). */
  readonly values: readonly string[];
  readonly finding: { readonly description: string; readonly requirement: string };
}

export interface CampaignRun {
  /** The checklist's label in 新建检查. */
  readonly type: string;
  readonly site: NewSiteValues;
  readonly fillFacts: (checklist: ChecklistPage) => Promise<void>;
  /** Other visible readings and the passing values typed into them. */
  readonly passingReadings: Readonly<Record<string, readonly string[]>>;
  readonly failing: FailingReading;
  /** Screenshot name prefix. */
  readonly shot: string;
}

/** The profile every campaign run signs with (created by the test before the first run). */
export const INSPECTOR = {
  name: '刘文静',
  certificate: '14110320220045',
  unit: '吕梁市生态环境局',
  county: '离石区',
} as const;

/** The Asia/Shanghai calendar day `offsetDays` from today, as a date input wants it. */
export function shanghaiDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function typeValues(
  checklist: ChecklistPage,
  item: string,
  values: readonly string[],
): Promise<void> {
  await checklist.reveal(item);
  const row = checklist.item(item);
  for (const [index, value] of values.entries()) {
    if ((await row.getByLabel(/^读数/).count()) <= index)
      await row.getByRole('button', { name: '增加测点' }).click();
    await checklist.readingInput(item, index).fill(value);
  }
  await expect.poll(() => row.innerText()).toMatch(/达标|超标/);
}

/** From the inspections list to a finalised campaign record; returns the PDF's text. */
export async function runCampaign(page: Page, run: CampaignRun, workDir: string): Promise<string> {
  await page.getByRole('link', { name: '检查记录', exact: true }).click();
  await startInspection(page, { type: run.type, site: run.site });
  const checklist = new ChecklistPage(page);
  const evidence = new EvidencePage(page);
  await run.fillFacts(checklist);
  await checklist.waitSaved();

  for (const [item, values] of Object.entries(run.passingReadings)) {
    await typeValues(checklist, item, values);
    expect(await checklist.item(item).innerText(), item).toContain('达标');
  }
  const { item, values, finding } = run.failing;
  await typeValues(checklist, item, values);
  const row = checklist.item(item);
  expect(await row.innerText()).toContain('超标');
  // The judgement gives the row its result: nobody clicked 不符合.
  expect(await checklist.resultOf(item, '不符合').isChecked()).toBe(true);
  await expect.poll(() => checklist.finding(item, '发现的问题').isVisible()).toBe(true);
  await checklist.finding(item, '发现的问题').fill(finding.description);
  await checklist.finding(item, '整改要求').fill(finding.requirement);
  await checklist.finding(item, '整改期限').fill(shanghaiDay(7));
  await screenshotAt(page, `${run.shot}-01-exceeded`, row);

  // Every other item 符合: these runs are about the campaign's readings and print.
  await page.evaluate(() => {
    for (const article of document.querySelectorAll('article')) {
      if (article.querySelector('input[type="radio"]:checked')) continue;
      article.querySelector<HTMLInputElement>('input[type="radio"][value="pass"]')?.click();
    }
  });
  await checklist.waitSaved();
  await checklist.complete();
  await expect.poll(() => page.getByText(/检查已完成（\d{2}:\d{2}:\d{2}）/).isVisible()).toBe(true);
  await checklist.waitSaved();

  await page.getByLabel('手动输入坐标（WGS-84）', { exact: true }).fill('37.5180, 111.1400');
  await page.getByRole('button', { name: '使用此坐标' }).click();
  await expect.poll(() => evidence.locationText().innerText()).toContain('北纬');
  await page.getByLabel('地点描述', { exact: true }).fill('厂区正门');
  await page.getByLabel('地点描述', { exact: true }).blur();
  const second = { name: '王强', certificate: '14110320230188' };
  await evidence.addInspector(second);
  await expect.poll(() => evidence.onSiteCertificate(2).inputValue()).toBe(second.certificate);
  await evidence.check('已向当事人出示执法证件');
  await evidence.check('已告知当事人有申请回避的权利');
  await page.getByRole('radio', { name: '不申请回避' }).click();
  await expect.poll(() => page.getByRole('radio', { name: '不申请回避' }).isChecked()).toBe(true);
  await evidence.check('已告知当事人陈述、申辩等权利和配合检查的义务');
  for (const name of [INSPECTOR.name, second.name]) {
    await evidence.sign(`执法人员 ${name} 签名`);
    await expect.poll(() => evidence.signedNote(`执法人员 ${name} 签名`).isVisible()).toBe(true);
  }
  const witness = '李春梅';
  await evidence.refuse('企业负责人称须请示集团公司，拒绝在笔录上签字。', witness);
  await evidence.sign(`见证人 ${witness} 签名`);
  await expect.poll(() => evidence.signedNote(`见证人 ${witness} 签名`).isVisible()).toBe(true);
  await evidence.finalise();
  await evidence.confirmFinalise();
  await expect.poll(() => evidence.recordNumber().isVisible(), { timeout: 20_000 }).toBe(true);

  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const file = join(workDir, `${run.shot}.pdf`);
  await (await download).saveAs(file);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/** pdftotext text without whitespace, so a cell wrapped across lines still matches. */
export const flat = (text: string): string => text.replace(/\s+/g, '');

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The failing reading's row as printed: its title, its basis in brackets, 不符合, the values
 * as typed, and further on 【超标】; and the finding that names the item.
 */
export function expectFailingRowPrinted(text: string, failing: FailingReading): void {
  const printed = flat(text);
  const row = new RegExp(
    `${escape(flat(failing.item))}（[^）]*）不符合${escape(flat(failing.values.join('、')))}`,
  );
  expect(printed).toMatch(row);
  const after = printed.slice(printed.search(row));
  expect(after).toContain('【超标】');
  expect(after).toContain(flat(failing.finding.description));
  expect(after).toContain(flat(`对应检查项：${failing.item}`));
  expect(after).toContain(flat(`整改要求：${failing.finding.requirement}`));
}
