// Issue 14 on one laptop (the office half needs the sync harness, see the report): a dust
// inspection is finalised with two findings; the due list shows them by deadline; the clock
// is moved past both deadlines (Playwright's clock, the app reads new Date()) and they turn
// overdue; a 复查 started from the due list closes one with a photo and refers the other;
// once finalised, the due list shows one closed and one referred, and the records link both ways.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChecklistPage } from './pages/ChecklistPage';
import { EvidencePage } from './pages/EvidencePage';
import { ProfilePage } from './pages/ProfilePage';
import { finaliseDustInspection, type FinalisedRecord } from './pages/SyncFinaliseFlow';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const SITE = '孝义市新城区“保障性住房”项目部（二标段）';
const HEIGHT = '围挡高度（一般路段）';
const BARE_SOIL = '裸露土方及场地采用密目网覆盖或绿化';
const INSPECTOR = '王志强';
const SECOND = { name: '李红梅', certificate: '14118120230107' };
const WITNESS = '张建军';
// A PNG carries no EXIF time, so the photo fits the re-inspection day whatever the clock says.
const PHOTO = join(import.meta.dirname, '..', 'fixtures', 'photos', 'signature-1.png');

function shanghaiDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let original: FinalisedRecord;

async function dueList(scope: 'mine' | 'all'): Promise<string> {
  await page.getByRole('link', { name: '整改复查', exact: true }).click();
  await page.getByRole('heading', { name: '整改事项' }).waitFor();
  await page
    .getByLabel('范围')
    .selectOption(scope === 'all' ? { label: '全部事项' } : { label: '我的（到期和逾期）' });
  return page.getByRole('main').innerText();
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newDevice(browser);
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(baseURL);
  const profile = new ProfilePage(page);
  await profile.fill({
    name: INSPECTOR,
    certificate: '14118120210033',
    unit: '吕梁市生态环境局孝义分局',
    county: '孝义市',
  });
  await profile.save();
  await page.getByRole('heading', { name: '检查记录' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('from finding to closure on the laptop', () => {
  it('finalises a dust inspection with two findings', async () => {
    original = await finaliseDustInspection(page, {
      site: {
        name: SITE,
        creditCode: '91330100799655058B',
        county: '孝义市',
        address: '孝义市府前街 12 号',
      },
      inspector: INSPECTOR,
      second: SECOND,
      witness: WITNESS,
      coordinates: '37.1447, 111.7811',
      placeText: '工地北门',
      fillChecklist: async (checklist: ChecklistPage) => {
        await checklist.readingInput(HEIGHT).fill('1.5');
        await expect.poll(() => checklist.finding(HEIGHT, '发现的问题').isVisible()).toBe(true);
        await checklist.finding(HEIGHT, '发现的问题').fill('南侧围挡高 1.5 m，低于 1.8 m。');
        await checklist.finding(HEIGHT, '整改要求').fill('加高至 1.8 m 以上。');
        await checklist.finding(HEIGHT, '整改期限').fill(shanghaiDay(2));
        await checklist.setResult(BARE_SOIL, '不符合');
        await expect.poll(() => checklist.finding(BARE_SOIL, '发现的问题').isVisible()).toBe(true);
        await checklist.finding(BARE_SOIL, '发现的问题').fill('西侧约 500 m² 裸土未覆盖。');
        await checklist.finding(BARE_SOIL, '整改要求').fill('密目网全覆盖并洒水降尘。');
        await checklist.finding(BARE_SOIL, '整改期限').fill(shanghaiDay(6));
      },
    });
    expect(original.recordNumber).not.toBe('');
  });

  it('lists my item due soon, and all items by deadline', async () => {
    const mine = await dueList('mine');
    expect(mine).toContain('南侧围挡高 1.5 m');
    expect(mine).toContain('即将到期');
    expect(mine).not.toContain('西侧约 500 m² 裸土未覆盖');
    const all = await dueList('all');
    expect(all.indexOf('南侧围挡高 1.5 m')).toBeLessThan(all.indexOf('西侧约 500 m² 裸土未覆盖'));
    expect(all).toContain('整改中');
  });

  it('turns both overdue when the clock passes the deadlines', async () => {
    await page.clock.setFixedTime(new Date(Date.now() + 10 * 86_400_000));
    await page.getByRole('link', { name: '检查记录', exact: true }).click();
    const mine = await dueList('mine');
    expect(mine.match(/已逾期/g)?.length).toBe(2);
    await screenshot(page, 'rectification-01-overdue');
  });

  it('starts a 复查 from the due list, closes one with a photo, refers the other, and finalises it', async () => {
    await page
      .getByRole('row')
      .filter({ hasText: '南侧围挡高 1.5 m' })
      .getByRole('button', { name: '开始复查' })
      .click();
    await page.getByRole('heading', { name: '复查事项' }).waitFor();
    expect(await page.getByText(`复查原记录: ${original.recordNumber}`).isVisible()).toBe(true);
    const first = page.getByRole('article', { name: '事项 1' });
    const second = page.getByRole('article', { name: '事项 2' });
    expect(await first.innerText()).toContain('加高至 1.8 m 以上。');
    // The choice is saved to the stored draft and shown from it: click, then wait for it.
    await first.getByRole('radio', { name: '已整改' }).click();
    await expect.poll(() => first.getByRole('radio', { name: '已整改' }).isChecked()).toBe(true);
    await first.getByLabel('添加整改后照片').setInputFiles([PHOTO]);
    await expect.poll(() => first.innerText()).toContain('已附照片 1 张');
    await second.getByRole('radio', { name: '移交立案' }).click();
    await expect.poll(() => second.getByRole('radio', { name: '移交立案' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: '复查完成' }).click();
    await expect.poll(() => page.getByText(/复查结束时间/).isVisible()).toBe(true);

    const evidence = new EvidencePage(page);
    await page.getByLabel('手动输入坐标（WGS-84）', { exact: true }).fill('37.1447, 111.7811');
    await page.getByRole('button', { name: '使用此坐标' }).click();
    await expect.poll(() => evidence.locationText().innerText()).toContain('北纬');
    await evidence.addInspector(SECOND);
    await expect.poll(() => evidence.onSiteCertificate(2).inputValue()).toBe(SECOND.certificate);
    await evidence.check('已向当事人出示执法证件');
    await evidence.check('已告知当事人有申请回避的权利');
    await page.getByRole('radio', { name: '不申请回避' }).click();
    await expect.poll(() => page.getByRole('radio', { name: '不申请回避' }).isChecked()).toBe(true);
    await evidence.check('已告知当事人陈述、申辩等权利和配合检查的义务');
    for (const name of [INSPECTOR, SECOND.name]) {
      await evidence.sign(`执法人员 ${name} 签名`);
      await expect.poll(() => evidence.signedNote(`执法人员 ${name} 签名`).isVisible()).toBe(true);
    }
    await evidence.refuse('现场负责人称须请示总公司，拒绝在笔录上签字。', WITNESS);
    await evidence.sign(`见证人 ${WITNESS} 签名`);
    await expect.poll(() => evidence.signedNote(`见证人 ${WITNESS} 签名`).isVisible()).toBe(true);
    await evidence.finalise();
    await evidence.confirmFinalise();
    await expect.poll(() => evidence.recordNumber().isVisible(), { timeout: 20_000 }).toBe(true);
    await screenshot(page, 'rectification-02-recheck-finalised');
  });

  it('shows one closed and one referred, and the original links to its 复查', async () => {
    const all = await dueList('all');
    expect(all).toContain('已整改销号');
    expect(all).toContain('已移交立案');
    expect(all).not.toContain('已逾期');
    expect(await dueList('mine')).toContain('没有符合条件的整改事项');
    await dueList('all');
    await page.getByRole('link', { name: original.recordNumber }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: '复查记录' }).isVisible()).toBe(true);
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
