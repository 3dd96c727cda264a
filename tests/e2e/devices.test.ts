// Device administration in Chromium against the REAL office server (docs/deploy.md
// "Devices"): a county laptop enrols and syncs; the office enrols as an admin device, sees
// the laptop in 设备管理 with its short id and last sync, and disables it; the laptop's next
// sync reads 本设备已被停用，请联系管理员, its record stays and it can still export a file.
import { readFileSync, rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBundleV2 } from '../../shared/bundle/readBundleV2';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import { startTestServer, type TestServer } from '../server/support/testServer';
import { NewInspectionPage } from './pages/NewInspectionPage';
import { ProfilePage } from './pages/ProfilePage';
import { SyncPage } from './pages/SyncPage';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
let server: TestServer;
let browser: Browser;
let laptop: { context: BrowserContext; page: Page; errors: string[] };
let office: { context: BrowserContext; page: Page; errors: string[] };

const LAPTOP_NAME = '孝义分局 笔记本 07 “外勤”';
const SITE = '孝义市“停用测试”铸造厂 🏭';

async function device(name: string, county: string) {
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

async function newInspection(page: Page, site: string): Promise<void> {
  await page.getByRole('link', { name: '检查记录', exact: true }).click();
  await page.getByRole('link', { name: '新建检查' }).click();
  const form = new NewInspectionPage(page);
  await form.chooseType('挥发性有机物（VOCs）检查');
  await form.fillSite({
    name: site,
    creditCode: '91330100799655058B',
    address: '孝义市梧桐镇工业园区 8 号',
    county: '孝义市',
  });
  await form.create();
  await page.getByRole('heading', { name: new RegExp(site.slice(0, 6)) }).waitFor();
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

beforeAll(async () => {
  server = await startTestServer('sqlite', { corsOrigins: [new URL(baseURL).origin] });
  browser = await launchBrowser();
  laptop = await device('王志强', '孝义市');
  office = await device('陈静', '离石区');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('device administration', () => {
  it('a laptop enrols, syncs and numbers with the short id the server assigned', async () => {
    await newInspection(laptop.page, SITE);
    const sync = new SyncPage(laptop.page);
    await sync.open();
    await sync.enrol(
      server.baseUrl,
      (await createEnrolCode(server.opened.db, '141181', 24, new Date())).code,
      LAPTOP_NAME,
    );
    await expect.poll(() => sync.text()).toContain('同步完成');
    const stored = await server.opened.db
      .selectFrom('devices')
      .select(['short_id'])
      .where('name', '=', LAPTOP_NAME)
      .executeTakeFirstOrThrow();
    expect(stored.short_id).toHaveLength(4);
    await laptop.page.getByRole('link', { name: '设置', exact: true }).click();
    await expect
      .poll(() => mainText(laptop.page))
      .toContain(`${stored.short_id ?? ''} （服务器分配`);
  });

  it('the office’s admin device lists the laptop and disables it after a confirmation', async () => {
    const page = office.page;
    const sync = new SyncPage(page);
    await sync.open();
    await sync.enrol(
      server.baseUrl,
      (await createEnrolCode(server.opened.db, 'city', 24, new Date(), 'admin')).code,
      '吕梁市局 管理机',
    );
    await page.getByRole('heading', { name: '设备管理' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: LAPTOP_NAME });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('孝义市');
    expect(text).toContain('外勤');
    expect(text).toContain('在用');
    expect(text).not.toContain('从未');
    await screenshot(page, 'devices-01-office-list');

    // A dismissed confirmation disables nothing.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await row.getByRole('button', { name: `停用 ${LAPTOP_NAME}` }).click();
    await page.getByRole('button', { name: '刷新列表' }).click();
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('在用');

    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain(LAPTOP_NAME);
      void dialog.accept();
    });
    await row.getByRole('button', { name: `停用 ${LAPTOP_NAME}` }).click();
    await expect.poll(() => mainText(page)).toContain(`已停用“${LAPTOP_NAME}”`);
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('已停用（');
    // Its own row has no 停用 button: an admin cannot lock itself out.
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: '本机' }).getByRole('button').count())
      .toBe(0);
    await screenshot(page, 'devices-02-office-revoked');
  });

  it('the disabled laptop says so in a sentence, keeps its record and still exports a bundle file', async () => {
    const page = laptop.page;
    const sync = new SyncPage(page);
    await newInspection(page, `${SITE} 第二次`);
    await sync.open();
    await sync.syncNowButton().click();
    await expect.poll(() => sync.text()).toContain('本设备已被停用，请联系管理员');
    const text = await sync.text();
    expect(text).not.toMatch(/device_revoked|errors\.|\{"error"/);
    await screenshot(page, 'devices-03-laptop-revoked');

    const file = await sync.exportFile();
    try {
      const read = readBundleV2(new Uint8Array(readFileSync(file)));
      expect(
        read.ok &&
          read.bundle.records.map((r) => (r.body.kind === 'inspection' ? r.body.site.name : '')),
      ).toContain(`${SITE} 第二次`);
    } finally {
      rmSync(file, { force: true });
    }
    await page.getByRole('link', { name: '检查记录', exact: true }).click();
    await expect.poll(() => mainText(page)).toContain(`${SITE} 第二次`);
    // Chromium logs the refused request itself; nothing else may go wrong on the page.
    expect(laptop.errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
    expect(office.errors).toEqual([]);
  });
});
