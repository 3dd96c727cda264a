// As a new user: open the app → Chinese UI → profile (bad values refused at the field) →
// a draft for a new site (a wrong credit code refused) → reload → all still there →
// English → the same screens in English. Screenshots of each screen are kept.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';
import { NewInspectionPage } from './pages/NewInspectionPage';
import { ProfilePage } from './pages/ProfilePage';

const baseURL = inject('baseURL');
// A name with characters that break naive code: a rare CJK character, full-width
// punctuation, quotes, an apostrophe and an emoji.
const SITE_NAME = "孝义市“鑫磊”化工有限公司（二期）O'Brien 🏭";
const VALID_CODE = '91440300708461136T';

describe('foundation: a new user on a new laptop', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newDevice(browser);
    page = await context.newPage();
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens in Chinese on the profile form', async () => {
    await page.goto(baseURL);
    await expect
      .poll(() => page.getByRole('heading', { name: '执法人员信息' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('navigation', { name: '主导航' }).innerText()).toMatch(
      /检查记录[\s\S]*机械登记[\s\S]*同步[\s\S]*设置/,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await screenshot(page, '01-profile-empty');
  });

  it('refuses an empty name and a malformed certificate number at the field', async () => {
    const profile = new ProfilePage(page);
    await profile.fill({
      name: '',
      certificate: '12/ab',
      unit: '吕梁市生态环境局孝义分局',
      county: '孝义市',
    });
    await profile.save();
    await expect.poll(() => profile.errorFor('姓名')).toContain('此项必填');
    expect(await profile.errorFor('执法证号')).toContain('执法证号格式不正确');
    expect(await page.getByLabel('姓名', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await screenshot(page, '02-profile-errors');
    // Nothing was stored: a reload still shows the first-run form, empty.
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { name: '执法人员信息' }).isVisible())
      .toBe(true);
    expect(await page.getByLabel('执法单位', { exact: true }).inputValue()).toBe('');
  });

  it('saves a valid profile and goes on to the inspections list', async () => {
    const profile = new ProfilePage(page);
    await profile.fill({
      name: '王建国',
      certificate: '14110120230017',
      unit: '吕梁市生态环境局孝义分局',
      county: '孝义市',
    });
    await profile.save();
    await expect.poll(() => page.getByRole('heading', { name: '检查记录' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('暂无检查记录').isVisible()).toBe(true);
    await screenshot(page, '03-inspections-empty');
  });

  it('refuses a wrong credit code, then creates a draft for a new site', async () => {
    await page.getByRole('link', { name: '新建检查' }).click();
    const form = new NewInspectionPage(page);
    await form.chooseType('挥发性有机物（VOCs）检查');
    await form.fillSite({
      name: SITE_NAME,
      creditCode: '91440300708461137T', // one digit off: the check character no longer fits
      address: '孝义市梧桐镇工业园区 8 号',
      county: '孝义市',
      contactName: '李娜',
      contactPhone: '13912345678',
    });
    await form.create();
    const codeInput = page.getByLabel('统一社会信用代码', { exact: true });
    await expect.poll(() => codeInput.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('统一社会信用代码校验位不正确').isVisible()).toBe(true);
    await screenshot(page, '04-new-site-bad-code');

    await codeInput.fill(VALID_CODE);
    await form.create();
    await expect
      .poll(() => page.getByRole('heading', { name: /挥发性有机物/ }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByText(SITE_NAME, { exact: false }).first().isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('草稿', { exact: true }).first().isVisible()).toBe(true);
    await screenshot(page, '05-draft');
  });

  it('keeps the profile and the draft across a reload', async () => {
    await page.goto(`${baseURL}#/inspections`);
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: SITE_NAME }).isVisible()).toBe(true);
    // The search by site name finds it by a fragment of its Chinese name.
    await page.getByLabel('按单位名称搜索').fill('鑫磊');
    await expect.poll(() => page.getByText('共 1 条').isVisible()).toBe(true);
    await page.getByLabel('按单位名称搜索').fill('不存在的单位');
    await expect.poll(() => page.getByText('没有符合条件的记录').isVisible()).toBe(true);
    await page.getByLabel('按单位名称搜索').fill('');
    await page.getByRole('link', { name: '设置' }).click();
    await expect.poll(() => page.getByLabel('姓名', { exact: true }).inputValue()).toBe('王建国');
    expect(await page.getByLabel('执法证号', { exact: true }).inputValue()).toBe('14110120230017');
    await screenshot(page, '06-settings');
  });

  it('switches to English and the same screens read in English, also after a reload', async () => {
    await page.getByLabel('语言').first().selectOption('en');
    await expect.poll(() => page.getByRole('heading', { name: 'Settings' }).isVisible()).toBe(true);
    expect(
      await page.getByLabel('Enforcement certificate number', { exact: true }).inputValue(),
    ).toBe('14110120230017');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, '07-settings-en');
    await page.reload();
    await page.getByRole('link', { name: 'Inspections' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Inspections' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('link', { name: SITE_NAME }).isVisible()).toBe(true);
    const table = page.getByRole('table');
    expect(await table.getByText('Draft', { exact: true }).isVisible()).toBe(true);
    expect(await table.getByText('VOCs inspection').isVisible()).toBe(true);
    expect(await table.innerText()).toContain('Xiaoyi City');
    await screenshot(page, '08-inspections-en');
    await page.getByRole('link', { name: SITE_NAME }).click();
    await expect.poll(() => page.getByText('Draft: changes are saved').isVisible()).toBe(true);
    await screenshot(page, '09-draft-en');
    // No Chinese UI text is left on an English screen (user data may be Chinese).
    const nav = await page.getByRole('navigation', { name: 'Main navigation' }).innerText();
    expect(nav).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows when the laptop goes offline and back', async () => {
    const status = page.getByRole('banner').getByRole('status');
    expect(await status.innerText()).toContain('Online');
    await context.setOffline(true);
    await expect.poll(() => status.innerText()).toContain('Offline');
    await context.setOffline(false);
    await expect.poll(() => status.innerText()).toContain('Online');
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
