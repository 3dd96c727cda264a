// Issue 6's e2e with a FINALISED record, against the real office server (buildApp on
// 127.0.0.1:0, temp SQLite, CORS for the web app's origin): a county laptop finalises a dust
// inspection through the UI, enrols with a one-time code and syncs; a city office (second
// context) sees it with its record number and hash, read-only, and exports its PDF. Then the
// laptop's copy is tampered with in its own store and sent again: the server answers 409
// record_immutable, the laptop shows it as refused, and the office still has the original.
// Last, an office limit override (import-limits) reaches the laptop and judges a reading.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importLimits } from '../../src-server/cli/importLimits';
import type { Engine } from '../../src-server/db/openDatabase';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import type { SyncScope } from '../../shared/sync/syncScope';
import { startTestServer, type TestServer } from '../server/support/testServer';
import { ChecklistPage, screenshotAt } from './pages/ChecklistPage';
import { EvidencePage } from './pages/EvidencePage';
import { startInspection } from './pages/flows';
import { ProfilePage } from './pages/ProfilePage';
import { finaliseDustInspection, type FinalisedRecord } from './pages/SyncFinaliseFlow';
import { SyncPage } from './pages/SyncPage';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
// No emoji here: the PDF refuses a character its font lacks (see sync.test.ts for emoji).
const SITE = '孝义市新城区“保障性住房”项目部（一标段）';
const PLACE = '孝义市府前街 12 号工地北门';
const TAMPERED_PLACE = '（篡改）孝义市胜溪湖公园';
const SECOND = { name: '李红梅', certificate: '14118120230107' };
const WITNESS = '张建军';
const FACE = '外部集气罩控制风速';
const NOTICE = '吕梁市生态环境局通知（2026年第3号）：外部集气罩控制风速不低于 0.5 m/s';
const RECORD_NUMBER = /^孝义-\d{4}-[0-9A-Z]+-\d{4}$/;

type Device = { context: BrowserContext; page: Page; errors: string[] };

let server: TestServer;
let serverUrl: string;
let engine: Engine;
let db: TestServer['opened']['db'];
let browser: Browser;
let laptop: Device;
let office: Device;
let finalised: FinalisedRecord;
let recordId = '';
let serverHash = '';
const files = mkdtempSync(join(tmpdir(), 'bluesky-e2e-sync-final-'));

async function code(scope: SyncScope): Promise<string> {
  return (await createEnrolCode(db, scope, 24, new Date())).code;
}

async function device(name: string, certificate: string, county: string): Promise<Device> {
  const context = await newDevice(browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(baseURL);
  // ProfilePage rather than flows.createProfile: expect.poll is not allowed in beforeAll.
  const profile = new ProfilePage(page);
  await profile.fill({ name, certificate, unit: '吕梁市生态环境局孝义分局', county });
  await profile.save();
  await page.getByRole('heading', { name: '检查记录' }).waitFor();
  return { context, page, errors };
}

/** The text of the list row of the site (its badges included), '' when there is none. */
async function rowText(page: Page): Promise<string> {
  await page.getByRole('link', { name: '检查记录', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: SITE });
  return (await row.count()) > 0 ? ((await row.first().textContent()) ?? '') : '';
}

async function openRecord(page: Page): Promise<void> {
  await page.getByRole('link', { name: '检查记录', exact: true }).click();
  await page.getByRole('link', { name: SITE }).click();
}

async function head(): Promise<{ hash: string; status: string; server_rev: number }> {
  return db
    .selectFrom('record_heads')
    .select(['hash', 'status', 'server_rev'])
    .where('id', '=', recordId)
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  // The page is served from another port than the server: CORS for exactly that origin.
  server = await startTestServer('sqlite', { corsOrigins: [new URL(baseURL).origin] });
  db = server.opened.db;
  engine = server.opened.engine;
  serverUrl = server.baseUrl;
  browser = await launchBrowser();
  laptop = await device('王志强', '14118120210033', '孝义市');
  office = await device('陈静', '14110020190008', '离石区');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(files, { recursive: true, force: true });
});

describe('a finalised record goes to the office and stays as it was finalised', () => {
  it('the laptop finalises an inspection through the UI, enrols with a code and syncs it', async () => {
    const page = laptop.page;
    finalised = await finaliseDustInspection(page, {
      site: {
        name: SITE,
        creditCode: '91330100799655058B',
        address: '孝义市府前街 12 号',
        county: '孝义市',
        contactName: '赵建国',
      },
      inspector: '王志强',
      second: SECOND,
      witness: WITNESS,
      coordinates: '37.1449, 111.7813',
      placeText: PLACE,
    });
    expect(finalised.recordNumber).toMatch(RECORD_NUMBER);
    expect(finalised.recordHash).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => rowText(page)).toContain('仅在本机');

    const sync = new SyncPage(page);
    await sync.open();
    await sync.enrol(serverUrl, await code('141181'), '孝义分局 笔记本 05');
    await expect.poll(() => sync.text()).toContain('同步完成');
    await expect.poll(() => rowText(page)).toContain('已到办公室');
    await screenshot(page, 'sync-final-01-laptop-synced');

    const heads = await db.selectFrom('record_heads').selectAll().execute();
    expect(heads).toHaveLength(1);
    recordId = heads[0]?.id ?? '';
    serverHash = heads[0]?.hash ?? '';
    expect(heads[0]).toMatchObject({ status: 'finalized', county_code: '141181' });
    // The signatures went with it: the office can print what was signed.
    const attachments = await db.selectFrom('record_attachments').select('sha256').execute();
    expect(attachments.length).toBeGreaterThanOrEqual(3);
  });

  it('the city office sees it with its number and hash, read-only, and exports its PDF', async () => {
    const page = office.page;
    const sync = new SyncPage(page);
    await sync.open();
    await sync.enrol(serverUrl, await code('city'), '吕梁市局 办公室');
    await expect.poll(() => sync.text()).toContain('全市');
    await expect.poll(() => rowText(page)).toContain('其他设备');
    expect(await rowText(page)).toContain('已定稿');
    await openRecord(page);
    const evidence = new EvidencePage(page);
    await expect.poll(() => evidence.recordNumber().innerText()).toBe(finalised.recordNumber);
    expect((await evidence.recordHash().innerText()).trim()).toBe(finalised.recordHash);
    expect(await evidence.editableControls().count()).toBe(0);
    expect(await page.getByRole('button', { name: '定稿', exact: true }).count()).toBe(0);
    expect(
      await page.getByText(`${SECOND.name}（执法证号 ${SECOND.certificate}）`).count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'sync-final-02-office-record');

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const pdf = join(files, 'office-record.pdf');
    await (await download).saveAs(pdf);
    const flat = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
    expect(flat).toContain(finalised.recordNumber);
    expect(flat).toContain(SITE);
    expect(flat).toContain(SECOND.certificate);
    expect(flat).toContain(WITNESS);
    expect(flat).not.toContain('草稿');
  });

  it('the same record re-sent with another body is refused (409 record_immutable); the office keeps the original', async () => {
    const page = laptop.page;
    const before = await head();
    const revisions = await db
      .selectFrom('records')
      .select('hash')
      .where('id', '=', recordId)
      .execute();
    // Someone edits the stored finalised record behind the app's back and queues it again.
    await page.evaluate(
      async ({ id, place }) => {
        const open = indexedDB.open('bluesky-inspector');
        const idb = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error ?? new Error('open failed'));
        });
        const tx = idb.transaction(['inspections', 'outbox'], 'readwrite');
        const store = tx.objectStore('inspections');
        const record = await new Promise<Record<string, unknown>>((resolve, reject) => {
          const get = store.get(id);
          get.onsuccess = () => resolve(get.result as Record<string, unknown>);
          get.onerror = () => reject(get.error ?? new Error('get failed'));
        });
        const rev = Number(record.rev) + 1;
        store.put({ ...record, place, rev, updatedAt: new Date().toISOString() });
        tx.objectStore('outbox').put({
          recordId: id,
          kind: 'inspection',
          rev,
          baseRev: Number(record.baseRev),
          contentHash: '',
          queuedAt: new Date().toISOString(),
        });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        });
        idb.close();
      },
      { id: recordId, place: TAMPERED_PLACE },
    );

    const sync = new SyncPage(page);
    await sync.open();
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/bundles') && r.request().method() === 'POST',
    );
    await sync.syncNowButton().click();
    const response = await answer;
    expect(response.status()).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'record_immutable' } });
    await expect.poll(() => sync.text()).toContain('被拒 1 条');
    await expect.poll(() => rowText(page)).toContain('被拒收');
    await screenshot(page, 'sync-final-03-laptop-refused');

    expect(await head()).toEqual(before);
    expect(before.hash).toBe(serverHash);
    expect(
      await db.selectFrom('records').select('hash').where('id', '=', recordId).execute(),
    ).toEqual(revisions);

    // The office syncs again and still shows the record as finalised.
    const officeSync = new SyncPage(office.page);
    await officeSync.open();
    const pulled = office.page.waitForResponse((r) => r.url().includes('/api/v1/changes'));
    await officeSync.syncNowButton().click();
    expect((await pulled).status()).toBe(200);
    await expect.poll(() => officeSync.text()).toContain('没有待上传的记录');
    await openRecord(office.page);
    const evidence = new EvidencePage(office.page);
    await expect.poll(() => evidence.recordHash().innerText()).toBe(finalised.recordHash);
    const main = (await office.page.locator('main').textContent()) ?? '';
    expect(main).toContain(PLACE);
    expect(main).not.toContain(TAMPERED_PLACE);
  });

  it('an office limit override reaches the laptop on sync and judges a reading by it, naming its source', async () => {
    const imported = await importLimits(
      db,
      engine,
      JSON.stringify({
        'vocs.hood-face-velocity': {
          values: { kind: 'single', bound: { min: 0.5 } },
          source: NOTICE,
          unit: 'm/s',
        },
      }),
      new Date(),
    );
    expect(imported).toMatchObject({ ok: true, version: 1 });
    const page = laptop.page;
    const sync = new SyncPage(page);
    await sync.open();
    const pulled = page.waitForResponse((r) => r.url().includes('/api/v1/changes'));
    await sync.syncNowButton().click();
    expect((await pulled).status()).toBe(200);
    await expect.poll(() => sync.text()).toContain('已检查服务器的新数据');

    await page.getByRole('link', { name: '检查记录', exact: true }).click();
    await startInspection(page, {
      type: '挥发性有机物（VOCs）检查',
      site: {
        name: '孝义市梧桐镇“鑫源”化工有限公司',
        creditCode: '91440300708461136T',
        address: '孝义市梧桐镇工业园区 8 号',
        county: '孝义市',
      },
    });
    const checklist = new ChecklistPage(page);
    // 0.4 m/s meets the default ≥ 0.3 but not the office's ≥ 0.5.
    await checklist.readingInput(FACE).fill('0.4');
    await expect.poll(() => checklist.item(FACE).innerText()).toContain('超标');
    // The applied limit names the office's source and says it is the office's (局定限值).
    expect(await checklist.item(FACE).innerText()).toContain(
      // The judged value carries the item's decimals and the rule used (issue 9).
      `限值 ≥ 0.5 m/s（${NOTICE}）（局定限值） · 判定值 0.40 m/s（最小值，按 GB/T 8170 修约至 2 位小数） · 超标`,
    );
    await screenshotAt(page, 'sync-final-04-office-limit', checklist.item(FACE));
  });

  it('raised no page or console errors other than the refused request', () => {
    const real = (errors: string[]) =>
      errors.filter((e) => !e.includes('Failed to load resource') && !e.includes('409'));
    expect(real(laptop.errors)).toEqual([]);
    expect(real(office.errors)).toEqual([]);
  });
});
