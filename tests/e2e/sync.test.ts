// Sync in Chromium against the REAL office server (buildApp on 127.0.0.1:0, temp SQLite,
// CORS allowing the web app's origin): a county laptop enrols with a code, records an
// inspection and syncs; a city office (second context) sees it read-only; a bundle file
// goes over "USB" to the office, which relays it and hands back a receipt that the laptop
// imports; a network that drops mid-sync retries and completes, nothing lost or doubled.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src-server/app';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import { fixturePhotoDir, fixturePhotos } from '../fixtures/photos/fixturePhotos';
import type { SyncScope } from '../../shared/sync/syncScope';
import { startTestServer, type TestServer } from '../server/support/testServer';
import { ChecklistPage, screenshotAt } from './pages/ChecklistPage';
import { EvidencePage } from './pages/EvidencePage';
import { NewInspectionPage } from './pages/NewInspectionPage';
import { ProfilePage } from './pages/ProfilePage';
import { SyncPage } from './pages/SyncPage';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
let server: TestServer;
let serverUrl: string;
let db: TestServer['opened']['db'];
let restarted: FastifyInstance | undefined;
let browser: Browser;
let laptop: { context: BrowserContext; page: Page; errors: string[] };
let office: { context: BrowserContext; page: Page; errors: string[] };
const files = mkdtempSync(join(tmpdir(), 'bluesky-e2e-sync-'));

const FIRST = '孝义市“鑫源”焦化有限公司 🏭';
const SECOND = '孝义市梧桐镇建材厂（USB）';
const THIRD = '孝义市兑镇铸造厂（断网）';
const FOURTH = '孝义市下堡镇洗煤厂（转交中断）';

async function code(scope: SyncScope): Promise<string> {
  return (await createEnrolCode(db, scope, 24, new Date())).code;
}

async function device(
  name: string,
  county: string,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await newDevice(browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(baseURL);
  const profile = new ProfilePage(page);
  await profile.fill({
    name,
    certificate: '14118120210033',
    unit: '吕梁市生态环境局孝义分局',
    county,
  });
  await profile.save();
  await page.getByRole('heading', { name: '检查记录' }).waitFor();
  return { context, page, errors };
}

async function newInspection(page: Page, site: string, creditCode: string): Promise<void> {
  await page.getByRole('link', { name: '检查记录', exact: true }).click();
  await page.getByRole('link', { name: '新建检查' }).click();
  const form = new NewInspectionPage(page);
  await form.chooseType('挥发性有机物（VOCs）检查');
  await form.fillSite({
    name: site,
    creditCode,
    address: '孝义市梧桐镇工业园区 8 号',
    county: '孝义市',
  });
  await form.create();
  await page.getByRole('heading', { name: new RegExp(site.slice(0, 6)) }).waitFor();
}

/** The text of the list row of a site (its badges included). */
async function rowText(page: Page, site: string): Promise<string> {
  await page.getByRole('link', { name: '检查记录', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: site });
  return (await row.count()) > 0 ? ((await row.first().textContent()) ?? '') : '';
}

/** Stops the office server (the port stays ours to listen on again). */
async function stopServer(): Promise<void> {
  await (restarted ?? server.app).close();
}

/** The same server on the same port and database, as after a reboot of the office machine. */
async function startServerAgain(): Promise<void> {
  restarted = await buildApp({
    db,
    engine: server.opened.engine,
    limits: { rateLimitPerMinute: 100_000 },
    corsOrigins: [new URL(baseURL).origin],
  });
  await restarted.listen({ port: Number(new URL(serverUrl).port), host: '127.0.0.1' });
}

async function serverCount(table: 'records' | 'record_heads' | 'attachments'): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

beforeAll(async () => {
  // The page is served from another port than the server: CORS for exactly that origin.
  server = await startTestServer('sqlite', { corsOrigins: [new URL(baseURL).origin] });
  db = server.opened.db;
  serverUrl = server.baseUrl;
  browser = await launchBrowser();
  laptop = await device('王志强', '孝义市');
  office = await device('陈静', '离石区');
});

afterAll(async () => {
  await browser?.close();
  await restarted?.close();
  await server?.close();
  rmSync(files, { recursive: true, force: true });
});

describe('sync with the office server', () => {
  it('a county laptop enrols with a one-time code, records an inspection and syncs it', async () => {
    const page = laptop.page;
    await newInspection(page, FIRST, '91330100799655058B');
    await expect.poll(() => rowText(page, FIRST)).toContain('仅在本机');
    const sync = new SyncPage(page);
    await sync.open();
    await screenshot(page, 'sync-01-not-enrolled');
    await sync.enrol(serverUrl, 'WRONG-CODE-000', '孝义分局 笔记本 01');
    await expect.poll(() => sync.text()).toContain('注册码无效、已用过或已过期');
    await sync.enrol(serverUrl, await code('141181'), '孝义分局 笔记本 01');
    await expect.poll(() => sync.text()).toContain(`已连接到 ${serverUrl}`);
    await expect.poll(() => sync.text()).toContain('同步完成');
    await expect.poll(() => sync.text()).toContain('没有待同步的记录');
    await screenshot(page, 'sync-02-enrolled-synced');
    await expect.poll(() => rowText(page, FIRST)).toContain('已到办公室');
    expect(await serverCount('record_heads')).toBe(1);
  });

  it('the city office enrols and sees it as another device’s record, never queued', async () => {
    const page = office.page;
    const sync = new SyncPage(page);
    await sync.open();
    await sync.enrol(serverUrl, await code('city'), '吕梁市局 办公室');
    await expect.poll(() => sync.text()).toContain('全市');
    // Nothing of its own to send: it only pulls.
    await expect.poll(() => sync.text()).toContain('没有待上传的记录');
    await expect.poll(() => rowText(page, FIRST)).toContain('其他设备');
    await screenshot(page, 'sync-03-office-list');
    await page.getByRole('link', { name: FIRST }).click();
    await expect
      .poll(async () => (await page.locator('main').textContent()) ?? '')
      .toContain('这是其他设备的草稿');
    await screenshot(page, 'sync-04-office-record');
  });

  it('a bundle file goes to the office by USB, which relays it and hands back a receipt', async () => {
    const lap = laptop.page;
    await laptop.context.setOffline(true);
    await newInspection(lap, SECOND, '91440300708461136T');
    const lapSync = new SyncPage(lap);
    await lapSync.open();
    const exported = join(files, 'bundle.json.gz');
    copyFileSync(await lapSync.exportFile(), exported);
    await expect.poll(() => lapSync.text()).toContain('已导出 1 条记录');

    const officeSync = new SyncPage(office.page);
    await officeSync.open();
    const receiptPath = join(files, 'receipt.json');
    copyFileSync((await officeSync.importFile(exported, true)) ?? '', receiptPath);
    await expect.poll(() => officeSync.text()).toContain('已导入：新增 1 条');
    await expect.poll(() => officeSync.text()).toContain('已转交服务器');
    await screenshot(office.page, 'sync-05-office-import-relay');
    // The same file again: nothing new.
    await officeSync.importFile(exported, true);
    await expect.poll(() => officeSync.text()).toContain('新增 0 条，已有 1 条');
    await expect.poll(() => rowText(office.page, SECOND)).toContain('其他设备');

    await lapSync.open();
    await lapSync.importFile(receiptPath);
    await expect.poll(() => lapSync.text()).toContain('已导入回执：已同步 1 条');
    await expect.poll(() => rowText(lap, SECOND)).toContain('已到办公室');
    await laptop.context.setOffline(false);
  });

  it('a relay cut by a stopped server leaves the work visibly queued; 立即同步 finishes it', async () => {
    const lap = laptop.page;
    await laptop.context.setOffline(true);
    await newInspection(lap, FOURTH, '91141181MA0K5678XN');
    await new EvidencePage(lap).addPhotos(
      fixturePhotos.slice(0, 3).map((p) => join(fixturePhotoDir, p.file)),
    );
    await expect
      .poll(() => new EvidencePage(lap).photoCards().count(), { timeout: 30_000 })
      .toBe(3);
    const lapSync = new SyncPage(lap);
    await lapSync.open();
    const exported = join(files, 'bundle-cut.json.gz');
    copyFileSync(await lapSync.exportFile(), exported);
    const headsBefore = await serverCount('record_heads');
    const photosBefore = await serverCount('attachments');

    await stopServer();
    const officeSync = new SyncPage(office.page);
    await officeSync.open();
    await officeSync.importFile(exported);
    await expect.poll(() => officeSync.text(), { timeout: 60_000 }).toContain('转交服务器未完成');
    await expect.poll(() => officeSync.text()).toContain('连不上服务器');
    await expect.poll(() => officeSync.text()).toContain('待转交服务器：1 条');
    expect(await officeSync.text()).not.toMatch(/errors\.|\{"/);
    await screenshot(office.page, 'sync-05b-relay-cut');

    await startServerAgain();
    const receipt = office.page.waitForEvent('download');
    await officeSync.syncNowButton().click();
    const receiptPath = join(files, 'receipt-cut.json');
    copyFileSync(await (await receipt).path(), receiptPath);
    await expect.poll(() => officeSync.text()).toContain('已转交服务器 1 条');
    await expect.poll(() => officeSync.text()).not.toContain('待转交服务器：');
    expect(await serverCount('record_heads')).toBe(headsBefore + 1);
    expect(await serverCount('attachments')).toBe(photosBefore + 3);

    await lapSync.open();
    await lapSync.importFile(receiptPath);
    await expect.poll(() => lapSync.text()).toContain('已导入回执：已同步 1 条');
    await expect.poll(() => rowText(lap, FOURTH)).toContain('已到办公室');
    await laptop.context.setOffline(false);
    // Nothing twice: one revision of the record at the server.
    expect(await serverCount('record_heads')).toBe(headsBefore + 1);
  });

  it('the office prints the filtered list in one PDF', async () => {
    const page = office.page;
    await page.getByRole('link', { name: '检查记录', exact: true }).click();
    await page.getByLabel('按单位名称搜索').fill('梧桐镇建材');
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '打印当前列表（合并为一个 PDF）' }).click();
    const pdf = join(files, 'batch.pdf');
    copyFileSync(await (await download).path(), pdf);
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('梧桐镇建材厂');
    await expect
      .poll(async () => (await page.locator('main').textContent()) ?? '')
      .toContain('已生成 1 份记录');
  });

  it('a broken file is refused with what is wrong and where, and nothing is written', async () => {
    const broken = join(files, 'broken.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(broken, '{"format":"bluesky-bundle","version":2}');
    const sync = new SyncPage(office.page);
    await sync.open();
    await sync.importFile(broken);
    await expect.poll(() => sync.text()).toContain('文件无效，未导入任何内容');
    await expect.poll(() => sync.text()).toContain('version：不支持的文件版本');
    await screenshot(office.page, 'sync-06-import-error');
  });

  it('a draft edited on two laptops becomes a conflict on both, and a person resolves it', async () => {
    const second = await device('李红梅', '孝义市');
    const bSync = new SyncPage(second.page);
    await bSync.open();
    await bSync.enrol(serverUrl, await code('141181'), '孝义分局 笔记本 02');
    await expect.poll(() => rowText(second.page, FIRST)).toContain('其他设备');

    const permit = async (page: Page, value: string) => {
      await page.getByRole('link', { name: '检查记录', exact: true }).click();
      await page.getByRole('link', { name: FIRST }).click();
      const checklist = new ChecklistPage(page);
      await checklist.fact('排污许可证编号').fill(value);
      await checklist.waitSaved();
    };
    await permit(laptop.page, '91141181MA0K1234XY001P（A）');
    await permit(second.page, '91141181MA0K1234XY001P（B，复核）');

    const aSync = new SyncPage(laptop.page);
    await aSync.open();
    await aSync.syncNowButton().click();
    // A's edit reaches the office first: by this click, or by the automatic sync (the
    // 30-second health probe) if that came just before it.
    await expect.poll(() => rowText(laptop.page, FIRST)).toContain('已到办公室');
    await aSync.open();
    await expect.poll(() => aSync.text()).toMatch(/同步完成：上传 1 条|没有待同步的记录/);
    await bSync.open();
    await bSync.syncNowButton().click();
    await expect.poll(() => bSync.text()).toMatch(/冲突 [1-9]/);
    await aSync.open();
    await aSync.syncNowButton().click();
    await expect.poll(() => rowText(laptop.page, FIRST)).toContain('有冲突');
    await expect.poll(() => rowText(second.page, FIRST)).toContain('有冲突');

    // B compares both versions field by field and keeps the office's permit number.
    await second.page.getByRole('link', { name: FIRST }).click();
    await second.page.getByRole('heading', { name: '两个版本不一致，请选择' }).waitFor();
    // Rows are named as the checklist names them (the fact's label, not its storage path).
    const row = second.page.getByRole('row').filter({ hasText: /^排污许可证编号/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('91141181MA0K1234XY001P（A）');
    expect(await row.textContent()).toContain('91141181MA0K1234XY001P（B，复核）');
    expect(await second.page.getByRole('table').textContent()).not.toMatch(/facts\.|answers\./);
    await screenshotAt(
      second.page,
      'sync-08-conflict',
      second.page.getByRole('heading', { name: '两个版本不一致，请选择' }),
    );
    await row
      .first()
      .getByRole('radio', { name: /用办公室的/ })
      .check();
    await second.page.getByRole('button', { name: '保存选择并同步' }).click();
    await expect
      .poll(async () => (await second.page.locator('main').textContent()) ?? '')
      .toContain('已保存为新草稿');
    await expect
      .poll(() => rowText(second.page, FIRST), { timeout: 30_000 })
      .toContain('已到办公室');

    await aSync.open();
    await aSync.syncNowButton().click();
    await expect.poll(() => rowText(laptop.page, FIRST)).toContain('已到办公室');
    await laptop.page.getByRole('link', { name: FIRST }).click();
    await expect
      .poll(() => new ChecklistPage(laptop.page).fact('排污许可证编号').inputValue())
      .toBe('91141181MA0K1234XY001P（A）');
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('a network that drops mid-sync retries and completes later, nothing lost or doubled', async () => {
    const page = laptop.page;
    await newInspection(page, THIRD, '914403001922038216');
    const before = await serverCount('records');
    const sync = new SyncPage(page);
    await sync.open();
    await laptop.context.setOffline(true);
    await sync.syncNowButton().click();
    await expect.poll(() => sync.text()).toMatch(/网络中断，第 \d+ 次重试|同步失败：连不上服务器/);
    await screenshot(page, 'sync-07-offline-retrying');
    await laptop.context.setOffline(false);
    // The retry, or the `online` event's probe, finishes the push.
    await expect.poll(() => rowText(page, THIRD), { timeout: 60_000 }).toContain('已到办公室');
    expect(await serverCount('records')).toBe(before + 1);
    await sync.open();
    await sync.syncNowButton().click();
    await expect.poll(() => sync.text()).toContain('没有待上传的记录');
    expect(await serverCount('records')).toBe(before + 1);
    expect(
      laptop.errors.filter(
        (e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !e.includes('Failed to load resource'),
      ),
    ).toEqual([]);
    expect(office.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
