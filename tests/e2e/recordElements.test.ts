// Issue #9 (docs/records.md) as a new user: a dust audit whose visit began with the photos;
// one photo taken 70 km away is flagged when added and confirmed with a reason; 检查事由 and
// 记录人 chosen; the party is absent, an inspector refused as witness, another person
// witnesses and signs; finalised (number and hash shown); the PDF read back page by page
// (reason, recorder, location, absence, 不在场 on every page, photo flag and reason) and
// rendered to PNG. Then 更正: a refusal hides the confirmation and prints 拒签 on every page;
// withdrawn, the party signs and every page carries the signature image.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixturePhotoDir, fixturePhotos } from '../fixtures/photos/fixturePhotos';
import { ChecklistPage } from './pages/ChecklistPage';
import { EvidencePage } from './pages/EvidencePage';
import { createProfile, startInspection } from './pages/flows';
import { launchBrowser, newDevice, SCREENSHOT_DIR, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const SITE = '吕梁市离石区“凤山”棚户区改造项目';
const HEIGHT = '围挡高度（一般路段）';
const SECOND = '王强';
const WITNESS = '郝爱莲';
const PARTY = '赵建国';
const FAR_REASON = '孝义分厂同型号集气罩，作对照证据';

function pdfPages(file: string): string[] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ''),
  );
}

/** Image count per page (pdfimages -list), 1-based pages as keys. */
function imagesPerPage(file: string): Map<number, number> {
  const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  const counts = new Map<number, number>();
  for (const line of list.split('\n').slice(2)) {
    const page = Number(line.trim().split(/\s+/)[0]);
    if (page > 0) counts.set(page, (counts.get(page) ?? 0) + 1);
  }
  return counts;
}

describe('record elements: reason, recorder, location, party absent, witness, photo flags, every page', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let evidence: EvidencePage;
  let checklist: ChecklistPage;

  async function exportPdf(name: string): Promise<string> {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    // Kept beside the page images for a person to look at.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `record-elements-${name}`);
    await (await download).saveAs(file);
    return file;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newDevice(browser)).newPage();
    errors = watchErrors(page);
    page.on('dialog', (dialog) => void dialog.accept());
    evidence = new EvidencePage(page);
    checklist = new ChecklistPage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('answers a dust checklist and sets the start to the morning of the photos', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '刘文静',
      certificate: '14110320220045',
      unit: '吕梁市生态环境局离石分局',
      county: '离石区',
    });
    await startInspection(page, {
      type: '建筑工地扬尘“六个百分之百”检查',
      site: {
        name: SITE,
        creditCode: '91330100799655058B',
        address: '离石区凤山路 6 号',
        county: '离石区',
        contactName: PARTY,
      },
    });
    await checklist.fact('工程名称').fill('凤山棚改二期');
    await checklist.fact('建设单位').fill('吕梁市城市建设投资有限公司');
    await checklist.fact('施工单位').fill('山西建工集团有限公司');
    await checklist.fact('施工阶段').selectOption({ label: '土石方及基础施工' });
    await checklist.fact('工地是否临城市主要路段').selectOption({ label: '否' });
    await expect.poll(() => checklist.item(HEIGHT).isVisible()).toBe(true);
    await checklist.readingInput(HEIGHT).fill('2.5');
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('article')) {
        if (row.querySelector('input[type="radio"]:checked')) continue;
        row.querySelector<HTMLInputElement>('input[type="radio"][value="pass"]')?.click();
      }
    });
    await checklist.waitSaved();
    await checklist.complete();
    await checklist.waitSaved();
    const start = page.getByLabel('检查开始时间', { exact: true });
    await start.fill('2026-03-15T09:30');
    await start.blur();
  });

  it('flags the photo taken 70 km away when added, and takes the reason', async () => {
    await page.getByLabel('添加照片', { exact: true }).setInputFiles(
      fixturePhotos.map((p) => ({
        name: p.file,
        mimeType: 'image/jpeg',
        buffer: readFileSync(join(fixturePhotoDir, p.file)),
      })),
    );
    await expect
      .poll(() => evidence.photoJobs().filter({ hasText: '已添加' }).count(), { timeout: 30_000 })
      .toBe(fixturePhotos.length);
    const cards = evidence.photoCards();
    // Same day and ~200 m from the first: no flag. The Xiaoyi photo: ~70 km away.
    expect(await cards.nth(0).getByRole('note').count()).toBe(0);
    expect(await cards.nth(1).getByRole('note').count()).toBe(0);
    const far = cards.nth(2);
    expect(await far.getByRole('note').innerText()).toMatch(/拍摄位置距检查地点约 70\.\d 公里/);
    await far.getByLabel('确认理由', { exact: true }).fill(FAR_REASON);
    await far.getByLabel('确认理由', { exact: true }).blur();
    await page.waitForTimeout(300);
    await page.reload();
    await expect
      .poll(() => evidence.photoCards().nth(2).getByLabel('确认理由', { exact: true }).inputValue())
      .toBe(FAR_REASON);
  });

  it('chooses the reason and the recorder among the inspectors', async () => {
    await evidence.addInspector({ name: SECOND, certificate: '14110320230188' });
    await expect.poll(() => page.getByText(`${SECOND}（执法证号`).count()).toBeGreaterThan(0);
    // A new record starts as 日常巡查, written by the laptop's inspector.
    expect(await page.getByLabel('检查事由').inputValue()).toBe('routine');
    expect(await page.getByLabel('记录人', { exact: true }).inputValue()).toBe('刘文静');
    await page.getByLabel('检查事由').selectOption({ label: '信访投诉' });
    await page.getByLabel('记录人', { exact: true }).selectOption({ label: SECOND });
    await expect.poll(() => page.getByLabel('记录人', { exact: true }).inputValue()).toBe(SECOND);
    await evidence.check('已向当事人出示执法证件');
    await evidence.check('已告知当事人有申请回避的权利');
    await page.getByRole('radio', { name: '不申请回避' }).click();
    await evidence.check('已告知当事人陈述、申辩等权利和配合检查的义务');
  });

  it('party absent: an inspector is refused as witness; another person witnesses and signs', async () => {
    await evidence.sign('执法人员 刘文静 签名');
    await expect.poll(() => evidence.signedNote('执法人员 刘文静 签名').isVisible()).toBe(true);
    await evidence.sign(`执法人员 ${SECOND} 签名`);
    await expect.poll(() => evidence.signedNote(`执法人员 ${SECOND} 签名`).isVisible()).toBe(true);
    await evidence.check('当事人不在场');
    const witness = page.getByLabel('见证人姓名（不能是执法人员）', { exact: true });
    await witness.fill(SECOND);
    await page.getByRole('button', { name: '记录当事人不在场' }).click();
    await expect.poll(() => page.getByText('见证人不能是本次执法人员').count()).toBe(1);
    await witness.fill(WITNESS);
    await page.getByRole('button', { name: '记录当事人不在场' }).click();
    await expect.poll(() => page.getByText('已记录当事人不在场').isVisible()).toBe(true);
    // Nobody confirms for an absent party.
    expect(await page.getByLabel('当事人确认意见', { exact: true }).count()).toBe(0);
    await evidence.sign(`见证人 ${WITNESS} 签名`);
    await expect.poll(() => evidence.signedNote(`见证人 ${WITNESS} 签名`).isVisible()).toBe(true);
  });

  it('finalises with number and hash; the record shows reason, recorder and absence', async () => {
    // Messages of the draft: a refused file and the draft PDF saved.
    await page
      .getByLabel('添加照片', { exact: true })
      .setInputFiles([
        { name: '笔记.txt', mimeType: 'text/plain', buffer: Buffer.from('不是照片') },
      ]);
    await expect
      .poll(() => evidence.photoJobs().filter({ hasText: '不是 JPEG 或 PNG 图片' }).count())
      .toBe(1);
    await exportPdf('draft.pdf');
    await expect.poll(() => page.getByText(/PDF 已保存/).count()).toBe(1);
    await evidence.finalise();
    await evidence.confirmFinalise();
    await expect.poll(() => evidence.recordNumber().isVisible()).toBe(true);
    expect((await evidence.recordHash().innerText()).trim()).toMatch(/^[0-9a-f]{64}$/);
    // Stale messages of the draft are gone.
    expect(await page.getByText(/PDF 已保存/).count()).toBe(0);
    expect(await evidence.photoJobs().count()).toBe(0);
    const inspectors = await evidence.section('执法人员').innerText();
    expect(inspectors).toContain('信访投诉');
    expect(inspectors).toContain(SECOND);
    expect(await page.getByText(`当事人不在场（见证人：${WITNESS}）`).count()).toBe(1);
    expect(await evidence.photoCards().nth(2).innerText()).toContain(FAR_REASON);
  });

  it('the list shows the record number and the inspection day', async () => {
    const recordUrl = page.url();
    const recordNumber = (await evidence.recordNumber().innerText()).trim();
    await page.getByRole('link', { name: '检查记录', exact: true }).click();
    const table = page.getByRole('table');
    await expect.poll(() => table.isVisible()).toBe(true);
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers.slice(0, 2)).toEqual(['笔录编号', '检查日期']);
    const row = await table.getByRole('row').filter({ hasText: SITE }).innerText();
    expect(row).toContain(recordNumber);
    expect(row).toContain('2026/03/15');
    await page.goto(recordUrl);
    await expect.poll(() => evidence.recordNumber().isVisible()).toBe(true);
  });

  it('prints reason, recorder, location, absence on every page, and the photo flag', async () => {
    const file = await exportPdf('absent.pdf');
    const pages = pdfPages(file);
    const all = pages.join('');
    expect(all).toContain('检查事由信访投诉');
    // The dust title as on screen, with Chinese quotes.
    expect(all).toContain('检查情况（建筑施工工地扬尘污染防治现场检查（“六个百分之百”））');
    expect(all).toContain(`${SECOND}（记录人）`);
    expect(all).toContain(`记录人：${SECOND}`);
    expect(all).toContain('检查位置北纬37.520000°，东经111.140000°（照片EXIF）');
    expect(all).toContain(`当事人不在场。见证人：${WITNESS}。`);
    expect(all).not.toContain('以上记录已阅');
    expect(all).toMatch(
      /【存疑：距检查地点约70\.\d公里】确认理由：孝义分厂同型号集气罩，作对照证据/,
    );
    pages.forEach((text, i) =>
      expect(text, `page ${i + 1}`).toContain(`当事人签名：不在场（见证人：${WITNESS}）`),
    );
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      file,
      join(SCREENSHOT_DIR, 'record-elements-absent'),
    ]);
  });

  it('更正: a refusal hides the confirmation and prints 拒签 on every page', async () => {
    await page.getByRole('button', { name: '更正', exact: true }).click();
    await expect.poll(() => page.getByText('本记录为更正记录，原记录：').isVisible()).toBe(true);
    // The amendment carries the absence (signatures are given anew): the party came back.
    expect(await page.getByRole('checkbox', { name: '当事人不在场' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: '当事人不在场' }).click();
    await expect
      .poll(() => page.getByRole('checkbox', { name: '当事人不在场' }).isChecked())
      .toBe(false);
    await expect.poll(() => page.getByLabel('当事人确认意见', { exact: true }).count()).toBe(1);
    await evidence.refuse('负责人称需请示公司领导，拒绝签字。', WITNESS);
    await expect.poll(() => page.getByText('已记录拒签').isVisible()).toBe(true);
    expect(await page.getByLabel('当事人确认意见', { exact: true }).count()).toBe(0);
    const pages = pdfPages(await exportPdf('refused.pdf'));
    const all = pages.join('');
    expect(all).toContain(
      `当事人拒绝签名。理由：负责人称需请示公司领导，拒绝签字；见证人：${WITNESS}。`,
    );
    expect(all).not.toContain('以上记录已阅');
    pages.forEach((text, i) =>
      expect(text, `page ${i + 1}`).toContain(`当事人签名：拒签（见证人：${WITNESS}）`),
    );
  });

  it('the party signs instead: every page carries the signature image', async () => {
    await page.getByRole('checkbox', { name: '当事人拒绝签名' }).click();
    await expect
      .poll(() => page.getByRole('checkbox', { name: '当事人拒绝签名' }).isChecked())
      .toBe(false);
    await page.getByLabel('当事人签名人姓名', { exact: true }).fill(PARTY);
    await evidence.sign('当事人（现场负责人）签名');
    await expect.poll(() => evidence.signedNote('当事人（现场负责人）签名').isVisible()).toBe(true);
    const file = await exportPdf('signed.pdf');
    const pages = pdfPages(file);
    const images = imagesPerPage(file);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`当事人签名：（${PARTY}）`);
      expect(images.get(i + 1) ?? 0, `page ${i + 1}`).toBeGreaterThan(0);
    });
    // Signed, the confirmation stands and the refusal is gone: never both.
    const all = pages.join('');
    expect(all).toContain('以上记录已阅，与事实相符');
    expect(all).not.toContain('当事人拒绝签名');
    // The statement and the signatures share the page they stand on.
    // (pdftotext's reading order across the signature columns varies, so find the block by its
    // labels rather than by a label and a name side by side.)
    const signaturesPage = pages.findIndex(
      (text) => text.includes('检查人员：') && text.includes('当事人（被检查单位）：'),
    );
    expect(signaturesPage, 'the page with the signature block').toBeGreaterThanOrEqual(0);
    expect(pages[signaturesPage]).toContain('刘文静');
    expect(pages[signaturesPage]).toContain('当事人意见');
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      file,
      join(SCREENSHOT_DIR, 'record-elements-signed'),
    ]);
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
