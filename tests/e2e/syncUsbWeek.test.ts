// A laptop's v2 file with real-size photos (20 inspections × 10 photos of ~230 KB, ~46 MB;
// the full week is in `npm run bench usbWeek`) imported by a city office in Chromium against
// the REAL server: the file is verified in a worker while the screen stays responsive (a
// navigation click renders within 300 ms), then relayed in parts; the server ends with every
// record and photo and the receipt for the laptop is saved.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sha256Hex } from '../../shared/domain/hash';
import { newDeviceId } from '../../shared/domain/ids';
import type { Inspection } from '../../shared/domain/inspection';
import { buildManifestV2, bundleV2Bytes } from '../../shared/bundle/writeBundleV2';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import { fixturePhoto } from '../bench/support/inspectorWeeks';
import { makeInspection, makeSite } from '../fixtures/builders';
import { startTestServer, type TestServer } from '../server/support/testServer';
import { ProfilePage } from './pages/ProfilePage';
import { SyncPage } from './pages/SyncPage';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';

const RECORDS = 20;
const PHOTOS_EACH = 10;
const baseURL = inject('baseURL');
let server: TestServer;
let browser: Browser;
let office: { context: BrowserContext; page: Page; errors: string[] };
const files = mkdtempSync(join(tmpdir(), 'bluesky-e2e-week-'));

async function serverCount(table: 'record_heads' | 'attachments'): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
    server.opened.db,
  );
  return Number(rows[0]?.n ?? 0);
}

/** The laptop's export, made with the same writer the app uses. */
async function laptopFile(): Promise<string> {
  const device = { id: newDeviceId(), name: '孝义分局 笔记本 09' };
  const photos = new Map<string, Uint8Array>();
  const records: Inspection[] = [];
  for (let r = 0; r < RECORDS; r++) {
    const attachments: Inspection['attachments'] = [];
    for (let p = 0; p < PHOTOS_EACH; p++) {
      const bytes = fixturePhoto(5_000 + r * PHOTOS_EACH + p);
      const sha256 = sha256Hex(bytes);
      photos.set(sha256, bytes);
      attachments.push({
        sha256,
        kind: 'photo',
        mime: 'image/jpeg',
        size: bytes.length,
        caption: `现场照片 ${p + 1}`,
      });
    }
    records.push(
      makeInspection({
        deviceId: device.id,
        site: makeSite({ name: `孝义市第 ${r + 1} 家“喷涂”企业（U 盘）`, countyCode: '141181' }),
        place: `${r + 1} 号车间`,
        attachments,
      }),
    );
  }
  const manifest = buildManifestV2({
    device,
    records,
    attachments: [...photos].map(([sha256, bytes]) => ({
      sha256,
      mime: 'image/jpeg' as const,
      size: bytes.length,
    })),
  });
  const bytes = await bundleV2Bytes(manifest, (sha256) =>
    Promise.resolve(photos.get(sha256) ?? new Uint8Array()),
  );
  const path = join(files, 'week.zip');
  writeFileSync(path, bytes);
  return path;
}

beforeAll(async () => {
  server = await startTestServer('sqlite', { corsOrigins: [new URL(baseURL).origin] });
  browser = await launchBrowser();
  const context = await newDevice(browser);
  const page = await context.newPage();
  office = { context, page, errors: watchErrors(page) };
  await page.goto(baseURL);
  const profile = new ProfilePage(page);
  await profile.fill({
    name: '陈静',
    certificate: '14118120210033',
    unit: '吕梁市生态环境局',
    county: '离石区',
  });
  await profile.save();
  await page.getByRole('heading', { name: '检查记录' }).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(files, { recursive: true, force: true });
});

describe('a laptop’s file of real-size photos reaches the office', () => {
  it('is verified off the main thread, relayed in parts, and the receipt saved', async () => {
    const path = await laptopFile();
    const page = office.page;
    const sync = new SyncPage(page);
    await sync.open();
    const { code } = await createEnrolCode(server.opened.db, 'city', 24, new Date());
    await sync.enrol(server.baseUrl, code, '吕梁市局 办公室');
    await expect.poll(() => sync.text()).toContain('全市');

    const receipt = page.waitForEvent('download', { timeout: 120_000 });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入文件' }).click();
    await (await chooser).setFiles(path);
    await page.getByText('正在校验文件').waitFor();
    await screenshot(page, 'sync-week-01-checking');
    // The screen answers while the worker verifies ~46 MB: timed in the page, from the click
    // on the navigation link to the frame that shows the list's heading.
    const navMs = await page.evaluate(async () => {
      const link = [...document.querySelectorAll('a')].find(
        (a) => a.textContent?.trim() === '检查记录',
      );
      if (!link) throw new Error('no 检查记录 link');
      const t0 = performance.now();
      link.click();
      await new Promise<void>((resolve) => {
        const check = () => {
          const shown = [...document.querySelectorAll('h1, h2')].some(
            (h) => h.textContent?.trim() === '检查记录',
          );
          if (shown) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      return performance.now() - t0;
    });
    console.log(`navigation click during verification: ${Math.round(navMs)} ms (in the page)`);
    expect(navMs).toBeLessThanOrEqual(300);

    await sync.open();
    await receipt;
    await expect.poll(() => serverCount('record_heads'), { timeout: 120_000 }).toBe(RECORDS);
    expect(await serverCount('attachments')).toBe(RECORDS * PHOTOS_EACH);
    await expect.poll(() => sync.text()).not.toContain('待转交服务器：');
    expect(office.errors).toEqual([]);
  }, 240_000);
});
