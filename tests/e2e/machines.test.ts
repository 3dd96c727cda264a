// As a new user: profile → 机械登记 → register an excavator (letters in the power, a negative
// power and a future manufacture date each refused at the field, nothing stored) → a second
// machine with the same PIN refused with the existing one shown → search by PIN, engine
// number and owner fragment → reload → detail → 开始现场检查 opens a machinery draft with the
// machine's facts → the machine's check history lists it. Screenshots of each screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { usccCheckCharacter } from '../../shared/domain/uscc';
import { MachinePage, type MachineValues } from './pages/MachinePage';
import { NewInspectionPage } from './pages/NewInspectionPage';
import { createProfile, openMachineRegistry } from './pages/flows';
import { launchBrowser, newDevice, screenshot, watchErrors } from './support/browser';

const baseURL = inject('baseURL');

function creditCode(first17: string): string {
  const check = usccCheckCharacter(first17);
  if (check === null) throw new Error(`no check character for ${first17}`);
  return first17 + check;
}

const OWNER = '吕梁市某建筑工程有限公司';
const SITE_OF_USE = '离石区滨河北路安置房项目（二标段）';
const excavator: MachineValues = {
  registrationCode: 'LL1411020023',
  machineType: '挖掘机',
  brand: '三一重工',
  model: 'SY215C',
  factorySerial: 'SY021522K0418',
  manufactureDate: '2019-05-20',
  owner: OWNER,
  ownerCreditCode: creditCode('91141100MA0K3F2L7'),
  contactName: '刘强',
  contactPhone: '13935801234',
  siteOfUse: SITE_OF_USE,
  pin: 'SY215C10K8J21034',
  emissionStage: '国三',
  fuel: '柴油',
  ratedPower: 'abc',
  engineModel: 'WP6G150E330',
  engineManufacturer: '潍柴动力股份有限公司',
  engineNumber: '1619K003456',
};
const loader: MachineValues = {
  registrationCode: 'LL1411810007',
  machineType: '装载机',
  brand: '柳工',
  model: 'CLG856H',
  manufactureDate: '2021-11-03',
  owner: '孝义市“鑫磊”土石方工程队',
  pin: 'CLG856HXKJ012345',
  emissionStage: '国四',
  fuel: '柴油',
  ratedPower: '１６２',
  engineModel: 'QSB6.7',
  engineNumber: 'B7L0028877',
};

function tomorrow(): string {
  const shanghaiNow = new Date(Date.now() + 8 * 3600 * 1000);
  return new Date(shanghaiNow.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

describe('machinery registry: a new user registers and checks a machine', () => {
  let browser: Browser;
  let page: Page;
  let machines: MachinePage;
  let errors: string[];
  let machineUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newDevice(browser)).newPage();
    errors = watchErrors(page);
    machines = new MachinePage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('saves a profile and opens the empty registry', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '王建国',
      certificate: '14110220230031',
      unit: '吕梁市生态环境局离石分局',
      county: '离石区',
    });
    await openMachineRegistry(page);
    await expect
      .poll(() => page.getByRole('heading', { name: '非道路移动机械登记' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('暂无登记的机械').isVisible()).toBe(true);
  });

  it('refuses letters in the rated power at the field and stores nothing', async () => {
    await page.getByRole('link', { name: '登记机械' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '登记机械' }).isVisible()).toBe(true);
    await screenshot(page, 'machines-01-form-empty');
    await machines.fill(excavator);
    await machines.save();
    await expect.poll(() => machines.errorFor('ratedPower')).toContain('请输入数字，单位为 kW');
    expect(await machines.field('ratedPower').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'machines-02-power-letters');
    expect(await machines.storedRows('machines')).toEqual([]);
  });

  it('refuses a negative power at the field and stores nothing', async () => {
    await machines.fill({ ratedPower: '-110' });
    await machines.save();
    await expect.poll(() => machines.errorFor('ratedPower')).toContain('必须大于 0');
    expect(await machines.storedRows('machines')).toEqual([]);
  });

  it('refuses a manufacture date in the future at the field and stores nothing', async () => {
    await machines.fill({ ratedPower: '110', manufactureDate: tomorrow() });
    await machines.save();
    await expect.poll(() => machines.errorFor('manufactureDate')).toContain('出厂日期不能晚于今天');
    expect(await machines.errorFor('ratedPower')).toBe('');
    await screenshot(page, 'machines-03-future-date');
    expect(await machines.storedRows('machines')).toEqual([]);
  });

  it('registers the excavator and shows its detail', async () => {
    await machines.fill({ manufactureDate: excavator.manufactureDate });
    await machines.save();
    await expect
      .poll(() => page.getByRole('heading', { name: /挖掘机 三一重工 SY215C/ }).isVisible())
      .toBe(true);
    machineUrl = page.url();
    const main = page.getByRole('main');
    for (const text of [
      '110 kW',
      '国三',
      '柴油',
      'WP6G150E330',
      '1619K003456',
      OWNER,
      SITE_OF_USE,
      'LL1411020023',
    ]) {
      expect(await main.getByText(text, { exact: true }).first().isVisible()).toBe(true);
    }
    await expect.poll(() => page.getByText('该机械尚无现场检查记录').isVisible()).toBe(true);
    await screenshot(page, 'machines-04-detail');
    const stored = await machines.storedRows('machines');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      pin: 'SY215C10K8J21034',
      ratedPowerKw: 110,
      emissionStage: 'china3',
      rev: 1,
    });
  });

  it('registers a second, different machine (full-width power digits accepted)', async () => {
    await page.goto(`${baseURL}#/machines/new`);
    await machines.fill(loader);
    await machines.save();
    await expect
      .poll(() => page.getByRole('heading', { name: /装载机 柳工 CLG856H/ }).isVisible())
      .toBe(true);
    expect(await page.getByText('162 kW', { exact: true }).isVisible()).toBe(true);
  });

  it('refuses a machine with the same PIN (typed in lower case) and shows the existing one', async () => {
    await page.goto(`${baseURL}#/machines/new`);
    await machines.fill({
      ...loader,
      registrationCode: '',
      pin: 'sy215c10k8j21034',
      engineNumber: 'X0000001',
    });
    await machines.field('engineModel').focus(); // leaving the PIN field checks it at once
    await expect.poll(() => machines.errorFor('pin')).toContain('该 PIN 已登记');
    const notice = page.getByRole('alert').filter({ hasText: '该产品识别码（PIN）已登记' });
    expect(await notice.innerText()).toContain('三一重工 SY215C');
    await machines.save();
    await expect.poll(() => machines.errorFor('pin')).toContain('该 PIN 已登记');
    expect(await notice.getByRole('checkbox').count()).toBe(0); // a PIN clash cannot be confirmed away
    await screenshot(page, 'machines-05-duplicate-pin');
    expect(await machines.storedRows('machines')).toHaveLength(2);
    await notice.getByRole('link', { name: '打开已登记的机械' }).click();
    await expect.poll(() => page.url()).toBe(machineUrl);
  });

  it('finds the excavator by PIN, engine number and a fragment of the owner name', async () => {
    await openMachineRegistry(page);
    await expect.poll(() => page.getByText('共 2 台').isVisible()).toBe(true);
    for (const query of ['k8j210', '1619K003456', '某建筑', 'ＬＬ１４１１０２']) {
      await machines.search(query);
      await expect.poll(() => machines.listed()).toEqual(['挖掘机 三一重工 SY215C']);
    }
    await machines.search('鑫磊');
    await expect.poll(() => machines.listed()).toEqual(['装载机 柳工 CLG856H']);
    await machines.search('不存在的单位');
    await expect.poll(() => page.getByText('没有找到符合条件的机械').isVisible()).toBe(true);
    await machines.search('某建筑');
    await expect.poll(() => machines.listed()).toEqual(['挖掘机 三一重工 SY215C']);
    await screenshot(page, 'machines-06-search');
  });

  it('keeps both machines across a reload', async () => {
    await page.reload();
    await expect
      .poll(() => machines.listed())
      .toEqual(['装载机 柳工 CLG856H', '挖掘机 三一重工 SY215C']);
  });

  it('starts an on-site check: a machinery draft opens with the machine’s facts', async () => {
    await page.getByRole('link', { name: '挖掘机 三一重工 SY215C' }).click();
    await page.getByRole('button', { name: '开始现场检查' }).click();
    // No site on this laptop matches the registered site of use: a new site, name prefilled.
    const siteName = page.getByLabel('单位（项目）名称', { exact: true });
    await expect.poll(() => siteName.inputValue()).toBe(SITE_OF_USE);
    await new NewInspectionPage(page).fillSite({
      name: SITE_OF_USE,
      creditCode: creditCode('91141102MA0HB5C8X'),
      address: '离石区滨河北路 66 号',
      county: '离石区',
      contactName: '张工',
      contactPhone: '0358-8223456',
    });
    await screenshot(page, 'machines-07-start-check');
    await page.getByRole('button', { name: '创建检查草稿' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/inspections\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByRole('heading', { name: /非道路移动机械检查/ }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByLabel(/^额定净功率/).inputValue()).toBe('110');
    expect(await page.getByLabel('排放阶段', { exact: true }).inputValue()).toBe('china3');
    expect(await page.getByLabel('环保登记编码', { exact: true }).inputValue()).toBe(
      'LL1411020023',
    );
    await screenshot(page, 'machines-08-check-draft');
    const id = page.url().split('/').pop();
    const draft = (await machines.storedRows('inspections')).find((row) => row.id === id);
    const machine = (await machines.storedRows('machines')).find(
      (row) => row.pin === 'SY215C10K8J21034',
    );
    expect(draft).toMatchObject({
      type: 'machinery',
      status: 'draft',
      machineId: machine?.id,
      facts: expect.objectContaining({
        emissionStage: 'china3',
        fuel: 'diesel',
        registrationCode: 'LL1411020023',
      }) as unknown,
    });
  });

  it("lists the check in the machine's history, with a link back to it", async () => {
    const draftUrl = page.url();
    await page.goto(machineUrl);
    const history = page.getByRole('table', { name: '检查记录' });
    await expect.poll(() => history.getByRole('row').count()).toBe(2);
    const row = await history.getByRole('row').nth(1).innerText();
    expect(row).toContain(SITE_OF_USE);
    expect(row).toContain('草稿');
    await screenshot(page, 'machines-09-history');
    await history.getByRole('link').first().click();
    await expect.poll(() => page.url()).toBe(draftUrl);
  });

  it('registers a machine sharing a registration code only after the user confirms it is another machine', async () => {
    await page.goto(`${baseURL}#/machines/new`);
    await machines.fill({
      ...loader,
      pin: 'CLG856HXKJ099999',
      engineNumber: 'B7L0031234',
      registrationCode: 'll1411810007 ',
    });
    await machines.save();
    await expect
      .poll(() => machines.errorFor('registrationCode'))
      .toContain('该编码已被另一台机械使用');
    const notice = page.getByRole('alert').filter({ hasText: '该环保登记编码已被另一台机械使用' });
    expect(await notice.innerText()).toContain('柳工 CLG856H');
    expect(await machines.storedRows('machines')).toHaveLength(2);
    await screenshot(page, 'machines-10-duplicate-code');
    await notice.getByRole('checkbox', { name: /这是另一台机械/ }).check();
    await machines.save();
    await expect
      .poll(() => page.getByRole('heading', { name: /装载机 柳工 CLG856H/ }).isVisible())
      .toBe(true);
    const codes = (await machines.storedRows('machines')).map((row) => row.registrationCode);
    expect(codes.filter((code) => code === 'LL1411810007')).toHaveLength(2);
  });

  it('reads in English, user data unchanged', async () => {
    await page.getByLabel('语言').first().selectOption('en');
    await page.goto(machineUrl);
    await expect
      .poll(() => page.getByRole('heading', { name: /Excavator 三一重工 SY215C/ }).isVisible())
      .toBe(true);
    const main = page.getByRole('main');
    for (const text of [
      'Rated net power',
      'China III',
      'Diesel',
      'Owner or user (unit or person)',
      'Checks',
    ]) {
      expect(await main.getByText(text, { exact: true }).first().isVisible()).toBe(true);
    }
    expect(await page.getByRole('button', { name: 'Start on-site check' }).isVisible()).toBe(true);
    await screenshot(page, 'machines-11-detail-en');
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
