// The site choice as 新建检查 and a machine's 开始现场检查 ask it: a site typed in once is
// picked again from the list on this laptop (not typed twice), and both drafts carry that
// same site. 新建检查 offers 新对象 first; 开始现场检查 offers 已有工地 first and chooses it when
// the machine's registered site of use is already on this laptop.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createProfile, openMachineRegistry, startInspection } from './pages/flows';
import { MachinePage } from './pages/MachinePage';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const SITE = '交城县“晋华”焦化有限公司（二厂区）🏭';

/** The radio labels of the site choice, in the order shown, and which one is checked. */
async function siteModes(
  page: Page,
  legend: string,
): Promise<{ order: string[]; checked: string }> {
  const group = page.getByRole('group', { name: legend });
  const order = (await group.locator('label.radio').allInnerTexts()).map((text) => text.trim());
  const checked = await group
    .locator('label.radio')
    .filter({ has: page.locator('input:checked') })
    .innerText();
  return { order, checked: checked.trim() };
}

describe('site choice: a known site picked again for a new inspection and a machine check', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let machines: MachinePage;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newDevice(browser)).newPage();
    errors = watchErrors(page);
    machines = new MachinePage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('types the site in once, for a first inspection', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '郭丽娟',
      certificate: '14112220220107',
      unit: '吕梁市生态环境局交城分局',
      county: '交城县',
    });
    await startInspection(page, {
      type: '挥发性有机物（VOCs）检查',
      site: {
        name: SITE,
        creditCode: '91440300708461136T',
        address: '交城县夏家营镇工业园区 1 号',
        county: '交城县',
      },
    });
    expect(await machines.storedRows('inspections')).toHaveLength(1);
  });

  it('新建检查 offers 新对象 first; 已有对象 finds the site and a draft is made on it', async () => {
    await page.goto(`${baseURL}#/inspections/new`);
    await expect
      .poll(() => siteModes(page, '2. 选择检查对象'))
      .toEqual({ order: ['新对象', '已有对象'], checked: '新对象' });
    await page.getByRole('radio', { name: '已有对象' }).check();
    const create = page.getByRole('button', { name: '创建草稿' });
    expect(await create.isDisabled()).toBe(true);
    await page.getByLabel('搜索已登记的单位').fill('晋华');
    await page.getByRole('option', { name: /晋华/ }).click();
    await expect.poll(() => page.getByText(`已选择：${SITE}`).isVisible()).toBe(true);
    await screenshot(page, 'site-choice-01-known-site');
    await create.click();
    await expect.poll(() => page.url()).toMatch(/#\/inspections\/[0-9a-f-]{36}$/);
    await expect.poll(() => machines.storedRows('inspections')).toHaveLength(2);
    const sites = (await machines.storedRows('inspections')).map(
      (row) => row.site as { id: string; name: string } | undefined,
    );
    expect(sites[0]?.name).toBe(SITE);
    expect(sites[1]).toEqual(sites[0]);
  });

  it('开始现场检查 for a machine used there offers and chooses 已有工地 first', async () => {
    await openMachineRegistry(page);
    await page.getByRole('link', { name: '登记机械' }).click();
    await machines.fill({
      machineType: '装载机',
      brand: '临工',
      model: 'L956F',
      manufactureDate: '2020-04-16',
      owner: '交城县宏达运输有限公司',
      siteOfUse: SITE,
      pin: 'LGL956FKJ0045678',
      emissionStage: '国三',
      fuel: '柴油',
      ratedPower: '162',
      engineModel: 'WD10G220E21',
      engineNumber: '1618A021345',
    });
    await machines.save();
    await expect
      .poll(() => page.getByRole('heading', { name: /装载机 临工 L956F/ }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: '开始现场检查' }).click();
    await expect
      .poll(() => siteModes(page, '检查地点（施工工地）'))
      .toEqual({ order: ['已有工地', '新工地'], checked: '已有工地' });
    // 新工地 prefills the registered site of use; back to 已有工地, the search starts with it.
    await page.getByRole('radio', { name: '新工地' }).check();
    expect(await page.getByLabel('单位（项目）名称', { exact: true }).inputValue()).toBe(SITE);
    await page.getByRole('radio', { name: '已有工地' }).check();
    expect(await page.getByLabel('搜索已登记的单位').inputValue()).toBe(SITE);
    await page.getByRole('option', { name: /晋华/ }).click();
    await expect.poll(() => page.getByText(`已选择：${SITE}`).isVisible()).toBe(true);
    await screenshot(page, 'site-choice-02-machine-known-site');
    await page.getByRole('button', { name: '创建检查草稿' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: /非道路移动机械检查/ }).isVisible())
      .toBe(true);
    const rows = await machines.storedRows('inspections');
    expect(rows).toHaveLength(3);
    const check = rows.find((row) => row.type === 'machinery');
    const first = rows.find((row) => row.type === 'vocs');
    expect((check?.site as { id: string } | undefined)?.id).toBe(
      (first?.site as { id: string } | undefined)?.id,
    );
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
