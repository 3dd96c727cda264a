// Issue #9 (docs/domain.md "Control level") as a new user: a VOCs inspection in 离石区 starts
// with the county's level, 特别控制要求, and its basis (the office's per-county setting, shipped
// as 特别控制要求 for all 13 counties); the inspector applies 一般控制要求 instead, which is
// refused until a reason is given; the record is finalised and its PDF, read back with
// pdftotext, prints the level applied, the county's level with its basis, and the reason.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultControlLevelBasis } from '../../shared/templates/controlLevels';
import { ChecklistPage, screenshotAt } from './pages/ChecklistPage';
import { createProfile, startInspection } from './pages/flows';
import { signAndFinalise } from './pages/SyncFinaliseFlow';
import { launchBrowser, newDevice, SCREENSHOT_DIR, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const LEVEL = '无组织排放控制要求';
const REASON_LABEL = '不按本县规定执行的理由（将打印在笔录上）';
const REASON = '该站2015年建成，县局书面通知改造完成前暂按一般控制要求检查（离环函〔2026〕7号）';
const flat = (text: string) => text.replace(/\s+/g, '');

describe('control level: the county default, a deviation with its reason, printed', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let checklist: ChecklistPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newDevice(browser)).newPage();
    errors = watchErrors(page);
    checklist = new ChecklistPage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('starts at the county level and basis; another level needs a reason to complete', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '张晓明',
      certificate: '14110220240031',
      unit: '吕梁市生态环境局离石分局',
      county: '离石区',
    });
    await startInspection(page, {
      type: '挥发性有机物（VOCs）检查',
      site: {
        name: '吕梁市“永盛”加油站（离石西关）',
        creditCode: '91440300708461136T',
        address: '离石区西关街 3 号',
        county: '离石区',
        contactName: '白永胜',
      },
    });
    await checklist.chooseOption('加油站');
    await expect.poll(() => checklist.fact(LEVEL).inputValue()).toBe('special');
    expect(await page.getByText('本县规定：特别控制要求（依据：').isVisible()).toBe(true);
    await checklist.fact('排污许可证编号').fill('91141100MA0K2X7C1Q002V');
    await checklist.fact(LEVEL).selectOption({ label: '一般控制要求' });
    const reason = page.getByLabel(REASON_LABEL);
    await expect.poll(() => reason.isVisible()).toBe(true);
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('article')) {
        if (row.querySelector('input[type="radio"]:checked')) continue;
        row.querySelector<HTMLInputElement>('input[type="radio"][value="na"]')?.click();
      }
    });
    await checklist.waitSaved();
    await checklist.complete();
    await expect
      .poll(() => checklist.problemList().innerText())
      .toContain('所选控制要求与本县规定不一致，请填写理由');
    await reason.fill(REASON);
    await checklist.waitSaved();
    await screenshotAt(page, 'control-level-01-deviation', reason);
    await checklist.complete();
    await expect
      .poll(() => page.getByText(/检查已完成（\d{2}:\d{2}:\d{2}）/).isVisible())
      .toBe(true);
    await checklist.waitSaved();
  });

  it('finalises; the record keeps the level applied and the reason, read-only', async () => {
    const record = await signAndFinalise(page, {
      inspector: '张晓明',
      second: { name: '王强', certificate: '14110320230188' },
      witness: '李春梅',
      coordinates: '37.5230, 111.1290',
      placeText: '加油站卸油区',
    });
    expect(record.recordHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await checklist.fact(LEVEL).inputValue()).toBe('general');
    expect(await page.getByLabel(REASON_LABEL).inputValue()).toBe(REASON);
  });

  it('prints the level applied, the county level with its basis, and the reason', async () => {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, 'control-level.pdf');
    await (await download).saveAs(file);
    const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    expect(text).toContain(
      flat(`控制要求依据本县规定：特别控制要求（${defaultControlLevelBasis}）`),
    );
    expect(text).toContain(flat(`未按本县规定执行的理由${REASON}`));
    expect(text).toContain(flat(`${LEVEL}一般控制要求`));
    execFileSync('pdftoppm', [
      '-r',
      '70',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      file,
      join(SCREENSHOT_DIR, 'control-level-page'),
    ]);
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
