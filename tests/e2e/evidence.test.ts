// As a new user: profile → dust audit answered and completed → the fixture photos (EXIF GPS
// and time) with a wrong file among them → the location fills from the photos → a second
// inspector added WITHOUT a certificate number → legal steps → two inspectors sign, the
// representative refuses and a witness signs → finalising is blocked with a link that
// focuses the certificate field → fixed → finalised with number and hash, read-only after a
// reload → the PDF (pdftotext, page 1 as PNG) → 更正 makes a linked amendment.
// A second browser with Chromium's fake camera takes a photo from the camera.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixturePhotoDir, fixturePhotos } from '../fixtures/photos/fixturePhotos';
import { ChecklistPage, screenshotAt } from './pages/ChecklistPage';
import { EvidencePage } from './pages/EvidencePage';
import { createProfile, startInspection } from './pages/flows';
import { launchBrowser, newDevice, SCREENSHOT_DIR, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const SITE = '吕梁新区·滨河安置房（二期）项目部';
const HEIGHT = '围挡高度（一般路段）';
const SECOND = '王强';
const SECOND_CERT = '14110320230188';
const WITNESS = '李春梅';
const RECORD_NUMBER = /^离石-\d{4}-[0-9A-Z]+-\d{4}$/;

async function startDustInspection(page: Page): Promise<void> {
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
      address: '离石区滨河北路 88 号',
      county: '离石区',
      contactName: '赵建国',
    },
  });
}

describe('evidence and finalising: photos, location, inspectors, signatures, finalise, PDF, amend', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let evidence: EvidencePage;
  let checklist: ChecklistPage;
  let recordNumber = '';
  const workDir = mkdtempSync(join(tmpdir(), 'evidence-e2e-'));

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await newDevice(browser);
    page = await context.newPage();
    errors = watchErrors(page);
    // 删除/更正 ask with window.confirm: the inspector says yes.
    page.on('dialog', (dialog) => void dialog.accept());
    evidence = new EvidencePage(page);
    checklist = new ChecklistPage(page);
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('answers and completes a dust checklist', async () => {
    await startDustInspection(page);
    await checklist.fact('工程名称').fill('吕梁新区滨河安置房二期工程（B 区）');
    await checklist.fact('建设单位').fill('吕梁市城市建设投资有限公司');
    await checklist.fact('施工单位').fill('山西“建工”集团有限公司');
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
    await expect
      .poll(() => page.getByText(/检查已完成（\d{2}:\d{2}:\d{2}）/).isVisible())
      .toBe(true);
    await checklist.waitSaved();
  });

  it('takes in the fixture photos, refuses a non-picture alone, and fills the location from the EXIF', async () => {
    // 拍照 is offered exactly when the machine lists a camera (this browser has no fake one).
    const cameras = await page.evaluate(
      async () =>
        (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput')
          .length,
    );
    expect(await page.getByRole('button', { name: '拍照', exact: true }).count()).toBe(
      cameras > 0 ? 1 : 0,
    );
    // The visit began when the photos were taken: photos of another day would be flagged
    // (recordElements.test.ts covers that).
    await page.getByLabel('检查开始时间', { exact: true }).fill('2026-03-15T09:30');
    await page.getByLabel('检查开始时间', { exact: true }).blur();
    const photos = fixturePhotos.map((p) => ({
      name: p.file,
      mimeType: 'image/jpeg',
      buffer: readFileSync(join(fixturePhotoDir, p.file)),
    }));
    // A wrong file among them fails alone; the photos around it are taken in.
    await page
      .getByLabel('添加照片', { exact: true })
      .setInputFiles([
        ...photos.slice(0, 1),
        { name: '现场记录.txt', mimeType: 'text/plain', buffer: Buffer.from('不是照片') },
        ...photos.slice(1),
      ]);
    await expect
      .poll(() => evidence.photoCards().count(), { timeout: 30_000 })
      .toBe(fixturePhotos.length);
    await expect
      .poll(() => evidence.photoJobs().filter({ hasText: '已添加' }).count())
      .toBe(fixturePhotos.length);
    expect(await evidence.photoJobs().filter({ hasText: '现场记录.txt' }).innerText()).toContain(
      '不是 JPEG 或 PNG 图片',
    );
    const first = fixturePhotos[0]?.expected;
    await expect
      .poll(() => evidence.locationText().innerText())
      .toContain(`北纬 ${first?.latitude?.toFixed(6)}°`);
    expect(await evidence.locationText().innerText()).toContain(
      `东经 ${first?.longitude?.toFixed(6)}°`,
    );
    expect(await evidence.locationText().innerText()).toContain('照片 EXIF');
    expect(await page.getByRole('status').filter({ hasText: '已从照片' }).innerText()).toContain(
      fixturePhotos[0]?.file,
    );
    // The EXIF time, shown in Beijing time; caption and item saved.
    expect(await evidence.photoCards().first().innerText()).toContain('2026/03/15 09:42');
    const caption = evidence.photoCards().first().getByLabel('照片说明', { exact: true });
    await caption.fill('东门围挡完好；车辆冲洗设施正常，出口无带泥上路。');
    await caption.blur();
    // Only this inspection's items, numbered as printed (not the main-road height: hidden).
    const attach = evidence.photoCards().first().getByLabel('对应检查项', { exact: true });
    const choices = await attach.locator('option').allInnerTexts();
    expect(choices.some((c) => c.includes('主要路段'))).toBe(false);
    const height = choices.find((c) => c.endsWith(HEIGHT));
    expect(height).toMatch(/^\d+\. /);
    await attach.selectOption({ label: height ?? HEIGHT });
    await page.getByLabel('地点描述', { exact: true }).fill('离石区滨河北路 88 号项目东门');
    await page.getByLabel('地点描述', { exact: true }).blur();
    await screenshotAt(page, 'evidence-01-photos', evidence.section('现场照片'));
    await page.waitForTimeout(300);
    await page.reload();
    await expect.poll(() => evidence.photoCards().count()).toBe(fixturePhotos.length);
    expect(
      await evidence.photoCards().first().getByLabel('照片说明', { exact: true }).inputValue(),
    ).toBe('东门围挡完好；车辆冲洗设施正常，出口无带泥上路。');
    expect(
      await evidence.photoCards().first().getByLabel('对应检查项', { exact: true }).inputValue(),
    ).toBe('dust.enclosure.height');
    expect(await page.getByLabel('地点描述', { exact: true }).inputValue()).toBe(
      '离石区滨河北路 88 号项目东门',
    );
  });

  it('opens a photo at full size and removes one in the draft', async () => {
    await evidence.photoCards().last().getByRole('button', { name: '查看大图' }).click();
    const viewer = page.locator('dialog.photo-viewer');
    await expect
      .poll(() => viewer.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(320);
    await viewer.getByRole('button', { name: '关闭' }).click();
    await evidence.photoCards().last().getByRole('button', { name: '删除照片' }).click();
    await expect.poll(() => evidence.photoCards().count()).toBe(fixturePhotos.length - 1);
  });

  it('refuses malformed coordinates at the field and a malformed certificate number', async () => {
    const coordinates = page.getByLabel('手动输入坐标（WGS-84）', { exact: true });
    await coordinates.fill('北纬37度75分 东经111度8分');
    await page.getByRole('button', { name: '使用此坐标' }).click();
    await expect
      .poll(async () => (await coordinates.getAttribute('aria-invalid')) === 'true')
      .toBe(true);
    expect(await page.getByRole('alert').filter({ hasText: '分须小于 60' }).count()).toBe(1);
    // The location from the photo is untouched.
    expect(await evidence.locationText().innerText()).toContain('照片 EXIF');
    await evidence.addInspector({ name: SECOND, certificate: '证号12' });
    await expect.poll(() => page.getByText('执法证号格式').count()).toBeGreaterThan(0);
    expect(await page.getByRole('group', { name: '现场执法人员 2' }).count()).toBe(0);
  });

  it('adds the second inspector without a certificate number, ticks the legal steps', async () => {
    await evidence.addInspector({ name: SECOND, certificate: '' });
    await expect.poll(() => evidence.onSiteCertificate(2).isVisible()).toBe(true);
    expect(await evidence.onSiteCertificate(2).inputValue()).toBe('');
    await evidence.check('已向当事人出示执法证件');
    await evidence.check('已告知当事人有申请回避的权利');
    await page.getByRole('radio', { name: '不申请回避' }).click();
    await expect.poll(() => page.getByRole('radio', { name: '不申请回避' }).isChecked()).toBe(true);
    await evidence.check('已告知当事人陈述、申辩等权利和配合检查的义务');
    expect(await page.getByLabel('当事人确认意见', { exact: true }).inputValue()).toBe(
      '以上记录已阅，与事实相符',
    );
  });

  it('two inspectors sign; the representative refuses and the witness signs', async () => {
    await evidence.sign('执法人员 刘文静 签名');
    await expect.poll(() => evidence.signedNote('执法人员 刘文静 签名').isVisible()).toBe(true);
    await evidence.sign(`执法人员 ${SECOND} 签名`);
    await expect.poll(() => evidence.signedNote(`执法人员 ${SECOND} 签名`).isVisible()).toBe(true);
    await evidence.refuse('负责人称需请示公司领导，拒绝在笔录上签字。', WITNESS);
    await evidence.sign(`见证人 ${WITNESS} 签名`);
    await expect.poll(() => evidence.signedNote(`见证人 ${WITNESS} 签名`).isVisible()).toBe(true);
    await screenshotAt(page, 'evidence-02-signatures', evidence.section('签名'));
  });

  it('finalising is blocked by the missing certificate number; the link focuses the field', async () => {
    await evidence.finalise();
    await expect.poll(() => evidence.problems().isVisible()).toBe(true);
    const problems = await evidence.problems().locator('li').allInnerTexts();
    expect(problems).toEqual([`执法人员 ${SECOND} 缺少执法证号`]);
    await screenshotAt(page, 'evidence-03-blocked', evidence.problems());
    await evidence
      .problems()
      .getByRole('button', { name: `执法人员 ${SECOND} 缺少执法证号` })
      .click();
    await expect
      .poll(() => evidence.onSiteCertificate(2).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.keyboard.type(SECOND_CERT);
    await page.keyboard.press('Tab');
  });

  it('finalises: number and hash shown, nothing editable, still so after a reload', async () => {
    await evidence.finalise();
    await evidence.confirmFinalise();
    await expect.poll(() => evidence.recordNumber().isVisible()).toBe(true);
    recordNumber = (await evidence.recordNumber().innerText()).trim();
    expect(recordNumber).toMatch(RECORD_NUMBER);
    expect((await evidence.recordHash().innerText()).trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(await evidence.editableControls().count()).toBe(0);
    expect(await page.getByRole('button', { name: '定稿', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '删除照片' }).count()).toBe(0);
    await screenshotAt(page, 'evidence-04-finalised', evidence.section('已定稿'));
    await page.reload();
    await expect.poll(() => evidence.recordNumber().innerText()).toBe(recordNumber);
    expect(await evidence.editableControls().count()).toBe(0);
    expect(await page.getByText(`${SECOND}（执法证号 ${SECOND_CERT}）`).count()).toBeGreaterThan(0);
    // The checklist's fields read as fixed text: not editable, greyed, no edit caret.
    const project = checklist.fact('工程名称');
    expect(await project.isEditable()).toBe(false);
    await checklist.reveal(HEIGHT);
    const reading = checklist.readingInput(HEIGHT);
    expect(await reading.inputValue()).toBe('2.5');
    expect(await reading.isEditable()).toBe(false);
    for (const field of [project, reading]) {
      const look = await field.evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, cursor: style.cursor };
      });
      expect(look).toEqual({ background: 'rgb(238, 241, 244)', cursor: 'default' });
    }
    // An empty 备注 of a finalised record has nothing to open.
    expect(
      await checklist.item(HEIGHT).getByRole('button', { name: '备注', exact: true }).count(),
    ).toBe(0);
    await screenshotAt(page, 'evidence-05-finalised-read-only', checklist.item(HEIGHT));
  });

  it('exports the PDF with the site, the record number and a certificate number', async () => {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const file = join(workDir, 'record.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(SITE.replace(/\s+/g, ''));
    expect(flat).toContain(recordNumber);
    expect(flat).toContain(SECOND_CERT);
    expect(flat).toContain(WITNESS);
    execFileSync('pdftoppm', [
      '-f',
      '1',
      '-l',
      '1',
      '-r',
      '70',
      '-png',
      '-singlefile',
      file,
      join(SCREENSHOT_DIR, 'evidence-05-pdf-page1'),
    ]);
  });

  it('更正 creates a linked amendment; each links to the other', async () => {
    const originalUrl = page.url();
    await page.getByRole('button', { name: '更正', exact: true }).click();
    await expect.poll(() => page.url()).not.toBe(originalUrl);
    await expect.poll(() => page.getByText('本记录为更正记录，原记录：').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: recordNumber }).count()).toBe(1);
    // A draft again: every signature to be given anew, the photos kept.
    expect(await page.getByRole('button', { name: '定稿', exact: true }).count()).toBe(1);
    expect(await evidence.photoCards().count()).toBe(fixturePhotos.length - 1);
    expect(await evidence.signedNote('执法人员 刘文静 签名').count()).toBe(0);
    await screenshotAt(page, 'evidence-06-amendment', page.getByText('本记录为更正记录，原记录：'));
    // The amendment is a draft: its PDF carries the 草稿 watermark and no record number yet.
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const file = join(workDir, 'amendment.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('草稿');
    expect(text).toContain(SECOND_CERT);
    await page.getByRole('link', { name: recordNumber }).click();
    await expect.poll(() => page.getByText('本记录已被更正：').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /（草稿）$/ }).count()).toBe(1);
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});

/** The shared flags plus Chromium's fake camera; `grant` answers the permission prompt yes. */
function launchWithCamera(grant: boolean): Promise<Browser> {
  return launchBrowser([
    '--use-fake-device-for-media-stream',
    ...(grant ? ['--use-fake-ui-for-media-stream'] : []),
  ]);
}

describe('camera: Chromium fake camera captures a frame as a photo', () => {
  let browser: Browser;

  afterAll(async () => {
    await browser?.close();
  });

  it('takes a photo with the camera', async () => {
    browser = await launchWithCamera(true);
    const context = await newDevice(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const evidence = new EvidencePage(page);
    await startDustInspection(page);
    await page.getByRole('button', { name: '拍照', exact: true }).click();
    const video = page.getByLabel('摄像头画面');
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth))
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: '拍摄', exact: true }).click();
    await expect.poll(() => evidence.photoCards().count(), { timeout: 30_000 }).toBe(1);
    // A frame has no EXIF: the time of capture is recorded and stamped instead.
    expect(await evidence.photoCards().first().innerText()).toMatch(
      /拍摄时间 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/,
    );
    await screenshotAt(page, 'evidence-07-camera', evidence.section('现场照片'));
    expect(errors).toEqual([]);
  });

  it('says so when the camera permission is refused, and takes nothing', async () => {
    const denying = await launchWithCamera(false);
    try {
      const context = await newDevice(denying);
      const page = await context.newPage();
      const errors = watchErrors(page);
      const evidence = new EvidencePage(page);
      await startDustInspection(page);
      await page.getByRole('button', { name: '拍照', exact: true }).click();
      await expect
        .poll(() => page.getByRole('alert').filter({ hasText: '摄像头权限被拒绝' }).count())
        .toBe(1);
      expect(await evidence.photoCards().count()).toBe(0);
      // Files remain the way in.
      expect(await page.getByLabel('添加照片', { exact: true }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await denying.close();
    }
  });
});
