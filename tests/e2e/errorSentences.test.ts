// Errors read as sentences (docs/architecture.md "Error path"), in Chromium against the REAL
// office server: a machine's registration PDF saved from its screen and read back (PIN,
// owner, registration code); the PDF that cannot be opened for printing (the browser blocks
// the new tab); an enrolment refused for a bad code; a server that answers 500; a photo too
// large to take. Each message is a zh-CN sentence: no "errors." key, no "[file:", no JSON,
// no English code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import { startTestServer, type TestServer } from '../server/support/testServer';
import { EvidencePage } from './pages/EvidencePage';
import { MachinePage } from './pages/MachinePage';
import { SyncPage } from './pages/SyncPage';
import { createProfile, openMachineRegistry, startInspection } from './pages/flows';
import {
  launchBrowser,
  newDevice,
  screenshot,
  SCREENSHOT_DIR,
  watchErrors,
} from './support/browser';

const baseURL = inject('baseURL');
const PIN = 'LG856HXKJ0Q2345E';
const OWNER = '交城县“恒通”土石方工程有限公司';
const REGISTRATION_CODE = 'LL1411220031';

/** What an inspector must never read in a message. */
function expectSentence(text: string): void {
  expect(text.trim().length).toBeGreaterThan(4);
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  for (const raw of ['errors.', 'appErrors.', '[file:', 'Error invoking', '{', '}', '"code"', '§'])
    expect(text, `"${raw}" in: ${text}`).not.toContain(raw);
  // No snake_case wire code or dotted key (enrol_code_invalid, print.openFailed…).
  expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z]+[A-Z]?\w*\b/);
}

async function alertText(page: Page, hasText: string): Promise<string> {
  const alert = page.getByRole('alert').filter({ hasText });
  await expect.poll(() => alert.count(), { timeout: 60_000 }).toBeGreaterThan(0);
  return (await alert.first().innerText()).trim();
}

describe('errors read as sentences; a machine’s registration PDF from its screen', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const workDir = mkdtempSync(join(tmpdir(), 'error-sentences-e2e-'));

  beforeAll(async () => {
    server = await startTestServer('sqlite', { corsOrigins: [new URL(baseURL).origin] });
    browser = await launchBrowser();
    page = await (await newDevice(browser)).newPage();
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('saves a machine’s registration PDF from its screen; PIN, owner and code are printed', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '郭志刚',
      certificate: '14112220240017',
      unit: '吕梁市生态环境局交城分局',
      county: '交城县',
    });
    await openMachineRegistry(page);
    await page.getByRole('link', { name: '登记机械' }).click();
    const machines = new MachinePage(page);
    await machines.fill({
      registrationCode: REGISTRATION_CODE,
      machineType: '装载机',
      brand: '柳工',
      model: 'CLG856H',
      manufactureDate: '2020-08-12',
      owner: OWNER,
      pin: PIN,
      emissionStage: '国三',
      fuel: '柴油',
      ratedPower: '162',
      engineModel: 'QSB6.7',
      engineNumber: 'B7L0031552',
    });
    await machines.save();
    await page.getByRole('heading', { name: /柳工 CLG856H/ }).waitFor();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '登记表 PDF' }).click();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, 'machine-registration.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of [PIN, OWNER, REGISTRATION_CODE])
      expect(text, expected).toContain(expected);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'PDF 已保存' }).count())
      .toBe(1);
  });

  it('a PDF that cannot be opened for printing reads as a sentence', async () => {
    // The browser refuses the new tab (a pop-up blocker) while the window has no focus.
    await page.evaluate(() => {
      window.open = () => null;
      document.hasFocus = () => false;
    });
    await page.getByRole('button', { name: '打印登记表' }).click();
    const text = await alertText(page, 'PDF 生成失败');
    expect(text).toContain('浏览器阻止了新窗口');
    expectSentence(text);
    await screenshot(page, 'error-01-pdf-open');
  });

  it('an enrolment refused for a bad code reads as a sentence', async () => {
    const sync = new SyncPage(page);
    await sync.open();
    await sync.enrol(server.baseUrl, 'ABCD-EFGH-JKLM', '交城笔记本');
    const text = await alertText(page, '注册码');
    expect(text).toContain('注册码无效、已用过或已过期');
    expectSentence(text);
    await screenshot(page, 'error-02-enrol-refused');
  });

  it('a server that answers 500 reads as a sentence', async () => {
    const { code } = await createEnrolCode(server.opened.db, '141122', 24, new Date());
    const sync = new SyncPage(page);
    await sync.enrol(server.baseUrl, code, '交城笔记本');
    await page.getByText(/已连接到/).waitFor();
    // The first sync after enrolment finishes against the real server.
    await expect.poll(() => sync.syncNowButton().isEnabled(), { timeout: 60_000 }).toBe(true);
    await page.route(`${server.baseUrl}/api/v1/**`, (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'internal server error' } }),
      }),
    );
    await sync.syncNowButton().click();
    // Retried with back-off first (a 5xx may pass), then said.
    const text = await alertText(page, '同步失败');
    expect(text).toContain('办公室服务器内部出错（HTTP 500）');
    expectSentence(text);
    await screenshot(page, 'error-03-server-500');
    await page.unroute(`${server.baseUrl}/api/v1/**`);
  });

  it('a photo too large to take reads as a sentence, and nothing is added', async () => {
    await page.getByRole('link', { name: '检查记录', exact: true }).click();
    await startInspection(page, {
      type: '挥发性有机物（VOCs）检查',
      site: {
        name: '交城县“瑞鑫”化工有限公司',
        creditCode: '91330100799655058B',
        address: '交城县夏家营镇工业园区 3 号',
        county: '交城县',
      },
    });
    const huge = join(workDir, '现场-东门.jpg');
    writeFileSync(huge, '');
    truncateSync(huge, 41 * 1024 * 1024); // sparse: refused by size before it is read
    const evidence = new EvidencePage(page);
    await evidence.addPhotos([huge]);
    const text = await alertText(page, '文件过大');
    expectSentence(text);
    expect(await evidence.photoCards().count()).toBe(0);
    await screenshot(page, 'error-04-photo-too-large');
  });

  it('logged no unexplained error', () => {
    // The refusal (403) and the 500s asked for show in the console as failed loads; nothing else.
    const asked = /Failed to load resource: the server responded with a status of (403|500)/;
    expect(errors.filter((e) => !asked.test(e))).toEqual([]);
  });
});
