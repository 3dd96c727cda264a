// Issue #9 (docs/records.md "Machine identity") as a new user: an old loader without a PIN is
// refused until the reason is given; registration date, date on site and registering county
// are recorded; 开始现场检查 shows the machine (type, brand, model, PIN reason, engine, owner,
// code, stage, power, dates, county) at the top of the check.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { usccCheckCharacter } from '../../shared/domain/uscc';
import { ChecklistPage, screenshotAt } from './pages/ChecklistPage';
import { MachinePage } from './pages/MachinePage';
import { NewInspectionPage } from './pages/NewInspectionPage';
import { createProfile, openMachineRegistry } from './pages/flows';
import { launchBrowser, newDevice, SCREENSHOT_DIR, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const NO_PIN = '2008年出厂，铭牌无产品识别码';
const NAMEPLATE = '机械铭牌的型号、产品识别码（PIN）、出厂编号与登记信息一致';
const ENGINE_PLATE = '发动机铭牌的型号、编号与登记信息一致';
const POWER_PLATE = '发动机额定功率与登记信息一致';

/** The PDF's text with all white space removed (table cells break lines anywhere). */
function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

function creditCode(first17: string): string {
  const check = usccCheckCharacter(first17);
  if (check === null) throw new Error(`no check character for ${first17}`);
  return first17 + check;
}

describe('machine identity: old machine without PIN, registration dates and county, check header', () => {
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

  it('refuses an old loader with neither PIN nor reason, then registers it with the reason', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '任晓燕',
      certificate: '14118120210009',
      unit: '吕梁市生态环境局孝义分局',
      county: '孝义市',
    });
    await openMachineRegistry(page);
    await page.getByRole('link', { name: '登记机械' }).click();
    await machines.fill({
      registrationCode: 'LL1411810077',
      machineType: '装载机',
      brand: '柳工',
      model: 'ZL50C',
      manufactureDate: '2008-05-20',
      owner: '孝义市顺达土石方工程队',
      ownerCreditCode: creditCode('91141181MA0GT7Q2X'),
      emissionStage: '国一',
      fuel: '柴油',
      ratedPower: '162',
      engineModel: 'WD615.67G3',
      engineNumber: '1208A017735',
    });
    await page.getByLabel('登记日期', { exact: true }).fill('2026-03-02');
    await page.getByLabel('进场日期', { exact: true }).fill('2026-03-05');
    await page.getByLabel('登记区县', { exact: true }).selectOption({ label: '孝义市' });
    await machines.save();
    await expect
      .poll(() => machines.errorFor('pin'))
      .toContain('老旧机械没有的，请填写无产品识别码的原因');
    expect(await machines.storedRows('machines')).toEqual([]);
    await page.getByLabel('无产品识别码的原因', { exact: true }).fill(NO_PIN);
    await machines.save();
    await expect
      .poll(() => page.getByRole('heading', { name: /装载机 柳工 ZL50C/ }).isVisible())
      .toBe(true);
    const [stored] = await machines.storedRows('machines');
    expect(stored).toMatchObject({
      pin: '',
      pinMissingReason: NO_PIN,
      registeredOn: '2026-03-02',
      enteredSiteOn: '2026-03-05',
      registeringCounty: '141181',
    });
    const facts = await page.locator('.machine-facts').allInnerTexts();
    expect(facts.join('\n')).toContain(NO_PIN);
    expect(facts.join('\n')).toContain('孝义市');
  });

  it('开始现场检查 names the machine at the top of the check', async () => {
    await page.getByRole('button', { name: '开始现场检查' }).click();
    await new NewInspectionPage(page).fillSite({
      name: '孝义市梧桐新城安置房项目',
      creditCode: creditCode('91141181MA0H2B3C4'),
      address: '孝义市梧桐镇 8 号',
      county: '孝义市',
      contactName: '王工',
    });
    await page.getByRole('button', { name: '创建检查草稿' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/inspections\/[0-9a-f-]{36}$/);
    const header = page.getByRole('region', { name: '被检查机械' });
    await expect.poll(() => header.isVisible()).toBe(true);
    const text = await header.innerText();
    for (const expected of [
      '装载机',
      '柳工',
      'ZL50C',
      NO_PIN,
      'WD615.67G3',
      '1208A017735',
      '孝义市顺达土石方工程队',
      'LL1411810077',
      '国一',
      '162 kW',
      '2026-03-02',
      '2026-03-05',
      '孝义市',
    ])
      expect(text, expected).toContain(expected);
    await screenshotAt(page, 'machine-identity-01-header', header);
    expect(errors).toEqual([]);
  });

  it('shows the registry values beside the nameplate items that compare against them', async () => {
    const checklist = new ChecklistPage(page);
    // textContent: an off-screen section is not rendered (content-visibility), so no innerText.
    await expect
      .poll(() => checklist.item(NAMEPLATE).textContent())
      .toContain(`登记值：机械型号 ZL50C；无产品识别码的原因 ${NO_PIN}`);
    expect(await checklist.item(ENGINE_PLATE).textContent()).toContain(
      '登记值：发动机型号 WD615.67G3；发动机编号 1208A017735',
    );
    expect(await checklist.item(POWER_PLATE).textContent()).toContain('登记值：额定净功率 162 kW');
    // An item that compares nothing with the registry shows no registry value.
    expect(
      await checklist
        .item('机械排放阶段符合所在区域高排放非道路移动机械禁用区管理要求')
        .textContent(),
    ).not.toContain('登记值');
    await checklist.item(NAMEPLATE).scrollIntoViewIfNeeded();
    await screenshotAt(page, 'machine-identity-02-nameplate', checklist.item(NAMEPLATE));
  });

  it('a draft check of a machine with a PIN prints the machine in 基本情况', async () => {
    await openMachineRegistry(page);
    await page.getByRole('link', { name: '登记机械' }).click();
    await machines.fill({
      registrationCode: 'LL1411810078',
      machineType: '挖掘机',
      brand: '三一重工',
      model: 'SY215C',
      factorySerial: 'SY2150C-2021-0788',
      manufactureDate: '2021-04-18',
      owner: '孝义市“宏远”机械租赁有限公司',
      ownerCreditCode: creditCode('91141181MA0K3L5P8'),
      pin: 'SY021DBCK0C5L7890',
      emissionStage: '国四',
      fuel: '柴油',
      ratedPower: '128.5',
      engineModel: 'AA-6HK1XQP',
      engineNumber: '6HK1-528031',
    });
    await machines.save();
    await expect
      .poll(() => page.getByRole('heading', { name: /挖掘机 三一重工 SY215C/ }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: '开始现场检查' }).click();
    await new NewInspectionPage(page).fillSite({
      name: '孝义市梧桐新城安置房项目二期',
      creditCode: creditCode('91141181MA0H2B3C4'),
      address: '孝义市梧桐镇 9 号',
      county: '孝义市',
      contactName: '王工',
    });
    await page.getByRole('button', { name: '创建检查草稿' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/inspections\/[0-9a-f-]{36}$/);
    const checklist = new ChecklistPage(page);
    await expect
      .poll(() => checklist.item(NAMEPLATE).textContent())
      .toContain(
        '登记值：机械型号 SY215C；产品识别码（PIN） SY021DBCK0C5L7890；出厂编号 SY2150C-2021-0788',
      );

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, 'machine-identity-draft.pdf');
    await (await download).saveAs(file);
    const text = pdfText(file);
    for (const expected of [
      '产品识别码（PIN）SY021DBCK0C5L7890',
      '发动机编号6HK1-528031',
      '所有人孝义市“宏远”机械租赁有限公司',
      '环保登记编码LL1411810078',
    ])
      expect(text, expected).toContain(expected);
    expect(errors).toEqual([]);
  });
});
