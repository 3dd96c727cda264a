// 核验笔录 as the office uses it (docs/records.md "Checking a printed record"): a record is
// finalised through the UI and its PDF saved; page 1 rendered to PNG with pdftoppm (a scan)
// is read back → 一致; the PDF file itself → 一致; a tampered copy (same number, a changed
// party name, printed with the same PDF code) → 内容不一致; an unknown number → 未找到; a
// file that is not an image → a sentence.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBundleV2 } from '../../shared/bundle/readBundleV2';
import { createProfile } from './pages/flows';
import { finaliseDustInspection, type FinalisedRecord } from './pages/SyncFinaliseFlow';
import { SyncPage } from './pages/SyncPage';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const SITE = '吕梁新区“滨河”安置房（四期）项目部';
const work = mkdtempSync(join(tmpdir(), 'verify-e2e-'));

let browser: Browser;
let page: Page;
let errors: string[];
let finalised: FinalisedRecord;

async function check(file: string): Promise<string> {
  await page.getByRole('link', { name: '核验笔录', exact: true }).click();
  await page.getByRole('heading', { name: '核验笔录' }).waitFor();
  await page.getByLabel('选择照片或 PDF 文件').setInputFiles(file);
  const result = page.getByRole('region', { name: '核验结果' });
  await expect
    .poll(async () => (await result.textContent()) ?? '', { timeout: 60_000 })
    .not.toBe('');
  return (await result.textContent()) ?? '';
}

/** Page 1 of a PDF as a 150 dpi PNG, as a scanner would give it. */
function scan(pdf: string, name: string): string {
  const prefix = join(work, name);
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newDevice(browser)).newPage();
  errors = watchErrors(page);
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('checking a printed record', () => {
  let pdf: string;

  it('a scan of the printed page reads 一致, with the record shown', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '刘文静',
      certificate: '14110320220045',
      unit: '吕梁市生态环境局离石分局',
      county: '离石区',
    });
    finalised = await finaliseDustInspection(page, {
      site: {
        name: SITE,
        creditCode: '91330100799655058B',
        address: '离石区滨河北路 92 号',
        county: '离石区',
        contactName: '赵建国',
      },
      inspector: '刘文静',
      second: { name: '王强', certificate: '14110320230188' },
      witness: '李春梅',
      coordinates: '37.5180, 111.1400',
      placeText: '工地东门',
    });
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    pdf = join(work, 'record.pdf');
    await (await download).saveAs(pdf);
    const text = await check(scan(pdf, 'genuine'));
    expect(text).toContain('一致：与定稿记录完全相同');
    expect(text).toContain(finalised.recordNumber);
    expect(text).toContain(finalised.recordHash);
    expect(text).toContain(SITE);
    await screenshot(page, 'verify-01-genuine');
  }, 300_000);

  it('the PDF file itself reads 一致', async () => {
    expect(await check(pdf)).toContain('一致：与定稿记录完全相同');
  });

  it('a tampered copy with the same number reads 内容不一致', async () => {
    // The record as exported for the office, its party renamed, printed with the same code.
    const sync = new SyncPage(page);
    await sync.open();
    const bundleFile = await sync.exportFile();
    const read = readBundleV2(new Uint8Array(readFileSync(bundleFile)));
    if (!read.ok) throw new Error('export unreadable');
    const record = read.bundle.records.find(
      (r) =>
        r.body.id && 'recordNumber' in r.body && r.body.recordNumber === finalised.recordNumber,
    )?.body;
    expect(record).toBeDefined();
    const tampered = {
      ...record,
      site: { ...(record as { site: object }).site, name: '吕梁新区某某项目部（伪）' },
      hash: 'f'.repeat(64),
    };
    const json = join(work, 'tampered.json');
    writeFileSync(json, JSON.stringify(tampered));
    const tamperedPdf = join(work, 'tampered.pdf');
    execFileSync('npx', ['tsx', 'src-server/cli/renderPdf.ts', json, '-o', tamperedPdf], {
      stdio: 'pipe',
    });
    const text = await check(scan(tamperedPdf, 'tampered'));
    expect(text).toContain('内容不一致');
    expect(text).toContain(finalised.recordHash);
    await screenshot(page, 'verify-02-tampered');
  }, 180_000);

  it('a number this device does not hold reads 未找到; a typed number shows the record and its hash', async () => {
    await page.getByRole('link', { name: '核验笔录', exact: true }).click();
    const field = page.getByLabel('笔录编号', { exact: true });
    await field.fill('孝义-2026-ZZZ-9999');
    await page.getByRole('button', { name: '查询' }).click();
    await expect
      .poll(async () => (await page.getByRole('region', { name: '核验结果' }).textContent()) ?? '')
      .toContain('未找到');
    await field.fill(finalised.recordNumber);
    await page.getByRole('button', { name: '查询' }).click();
    await expect
      .poll(async () => (await page.getByRole('region', { name: '核验结果' }).textContent()) ?? '')
      .toContain(finalised.recordHash);
    await field.fill('不是编号');
    await page.getByRole('button', { name: '查询' }).click();
    await expect
      .poll(async () => (await page.getByRole('region', { name: '核验结果' }).textContent()) ?? '')
      .toContain('笔录编号格式不对');
  });

  it('a file that is neither image nor PDF gets a sentence, not an error', async () => {
    const junk = join(work, 'notes.txt');
    writeFileSync(junk, '这不是图片');
    expect(await check(junk)).toContain('不是 JPEG、PNG 图片或 PDF 文件');
    expect(errors).toEqual([]);
  });
});
