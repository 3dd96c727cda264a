// As a new user (issue 9): a dust inspection whose enclosure is measured at "1.60" m → the
// row shows 超标 and 不符合 by itself with the judged value and its rounding rule → the
// inspector records 符合 instead, which asks for a reason → the area typed "12,000" is taken
// as 12000 → finalised → the PDF read back with pdftotext prints the value as typed, the
// judged value with its rule, the limit with its source, the result with its reason; pages
// rendered to PNG with pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshotAt } from './pages/ChecklistPage';
import { createProfile } from './pages/flows';
import { finaliseDustInspection } from './pages/SyncFinaliseFlow';
import { launchBrowser, newDevice, SCREENSHOT_DIR, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const HEIGHT = '围挡高度（一般路段）';
const REASON = '东段围挡正在加高施工，所测为拆改中的临时段，已责令当日恢复';
const flat = (text: string) => text.replace(/\s+/g, '');
/** A tall row may continue on the next page: compare a cell's text piece by piece. */
const pieces = (text: string) => text.split(/[\s，。、；：（）]+/u).filter((p) => p !== '');

describe('readings and results: judged on screen, overridden with a reason, printed as typed', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const workDir = mkdtempSync(join(tmpdir(), 'readings-e2e-'));

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newDevice(browser)).newPage();
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('judges the reading on screen, asks a reason for another result, and finalises', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '刘文静',
      certificate: '14110320220045',
      unit: '吕梁市生态环境局离石分局',
      county: '离石区',
    });
    const finalised = await finaliseDustInspection(page, {
      site: {
        name: '吕梁新区滨河安置房（三期）项目部',
        creditCode: '91330100799655058B',
        address: '离石区滨河北路 90 号',
        county: '离石区',
        contactName: '赵建国',
      },
      inspector: '刘文静',
      second: { name: '王强', certificate: '14110320230188' },
      witness: '李春梅',
      coordinates: '37.5180, 111.1400',
      placeText: '工地东门',
      fillChecklist: async (checklist) => {
        await checklist.fact('施工面积（m²）').fill('12,000');
        const row = checklist.item(HEIGHT);
        await checklist.readingInput(HEIGHT).fill('1.60');
        await expect.poll(() => row.innerText()).toContain('超标');
        // The judgement gives the row its result: nobody clicked 不符合.
        expect(await checklist.resultOf(HEIGHT, '不符合').isChecked()).toBe(true);
        expect(await row.innerText()).toContain(
          '判定值 1.6 m（最小值，按 GB/T 8170 修约至 1 位小数）',
        );
        await screenshotAt(page, 'readings-01-judged', row);
        await checklist.setResult(HEIGHT, '符合');
        const reason = row.getByLabel('改判理由（结果与读数判定不一致时必填）');
        await expect.poll(() => reason.isVisible()).toBe(true);
        expect(await row.innerText()).toContain('读数判定为“不符合”，所选结果为“符合”。');
        await checklist.complete();
        await expect
          .poll(() => checklist.problemList().innerText())
          .toContain('结果与读数判定不一致，请填写改判理由');
        await reason.fill(REASON);
        await checklist.waitSaved();
        await screenshotAt(page, 'readings-02-override', row);
        // The value stays as typed in the field after a save.
        expect(await checklist.readingInput(HEIGHT).inputValue()).toBe('1.60');
      },
    });
    expect(finalised.recordHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prints the value as typed, the judged value and rule, the limit, the result and reason', async () => {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const file = join(workDir, 'record.pdf');
    await (await download).saveAs(file);
    const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    expect(text).toContain(flat('1.60 m'));
    expect(text).not.toContain(flat('1.6、'));
    for (const printed of [
      '判定值：1.6 m（最小值，按 GB/T 8170 修约至 1 位小数）',
      '限值≥1.8 m（HJ/T 393-2007）',
      '【超标】',
      `改判理由：${REASON}`,
    ])
      for (const piece of pieces(printed)) expect(text, printed).toContain(piece);
    expect(text).toContain(flat('判定值：1.6 m'));
    expect(text).toContain('12000');
    // Dust items cite the local ordinance beside the national basis.
    expect(text).toContain('《吕梁市扬尘污染防治条例》');
    // No item prints 未填写 (the party's refusal prints its own "（当事人未填写意见）").
    expect(text.split('（当事人未填写意见）').join('')).not.toContain('未填写');
    const pages = join(SCREENSHOT_DIR, 'readings-pdf');
    mkdirSync(pages, { recursive: true });
    execFileSync('pdftoppm', ['-r', '70', '-png', file, join(pages, 'page')]);
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
