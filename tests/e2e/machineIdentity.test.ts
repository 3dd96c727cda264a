// Issue #9 (docs/records.md "Machine identity") as a new user: an old loader without a PIN is
// refused until the reason is given; registration date, date on site and registering county
// are recorded; 开始现场检查 shows the machine (type, brand, model, PIN reason, engine, owner,
// code, stage, power, dates, county) at the top of the check.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { usccCheckCharacter } from '../../shared/domain/uscc';
import { screenshotAt } from './pages/ChecklistPage';
import { MachinePage } from './pages/MachinePage';
import { NewInspectionPage } from './pages/NewInspectionPage';
import { createProfile, openMachineRegistry } from './pages/flows';
import { launchBrowser, newDevice, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const NO_PIN = '2008年出厂，铭牌无产品识别码';

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
});
