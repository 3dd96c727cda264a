// As a new user: profile → register an excavator (国三, 110 kW) → 开始现场检查 → the checklist
// opens with the registry's facts → fill part (label present, nameplate matches) → reload
// midway → continue exactly where it was → three smoke-opacity readings whose mean (0.84 m⁻¹)
// exceeds the GB 36886 class II 37–560 kW limit (0.80) → 超标 and a finding with a deadline
// is asked → a letter in a reading is refused at the field and not stored → 检查完成 → the
// machine's detail lists the check in its history as 不合格. Screenshots of each step.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { usccCheckCharacter } from '../../shared/domain/uscc';
import { ChecklistPage, screenshotAt } from './pages/ChecklistPage';
import { MachinePage, type MachineValues } from './pages/MachinePage';
import { NewInspectionPage } from './pages/NewInspectionPage';
import { createProfile, openMachineRegistry } from './pages/flows';
import { launchBrowser, newDevice, watchErrors } from './support/browser';

const baseURL = inject('baseURL');

function creditCode(first17: string): string {
  const check = usccCheckCharacter(first17);
  if (check === null) throw new Error(`no check character for ${first17}`);
  return first17 + check;
}

function shanghaiDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const SITE_OF_USE = '孝义市“鑫磊”棚户区改造项目（三期）🏗️';
const excavator: MachineValues = {
  registrationCode: 'LL1411810023',
  machineType: '挖掘机',
  brand: '徐工',
  model: 'XE215DA',
  factorySerial: 'XUG0215DA0K123456',
  manufactureDate: '2018-09-12',
  owner: '孝义市鑫磊土石方工程有限公司',
  ownerCreditCode: creditCode('91141181MA0GT7Q2X'),
  contactName: '郭晓明',
  contactPhone: '13803587766',
  siteOfUse: SITE_OF_USE,
  pin: 'XUG0215DAJK071234',
  emissionStage: '国三',
  fuel: '柴油',
  ratedPower: '110',
  engineModel: 'QSB4.5',
  engineManufacturer: '东风康明斯发动机有限公司',
  engineNumber: '86012345',
};

const LABEL = '环保登记号牌（标识）已固定在机械显著位置';
const NAMEPLATE = '机械铭牌的型号、产品识别码（PIN）、出厂编号与登记信息一致';
const SMOKE = '排气烟度（光吸收系数，自由加速法）';
const RINGELMANN = '林格曼烟气黑度';
const FINDING = '自由加速法三次光吸收系数 0.85、0.90、0.78 m⁻¹，均值 0.84 m⁻¹，超过 0.80 m⁻¹。';

describe('machinery check: registry → on-site check → exceeded smoke → history', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let machines: MachinePage;
  let checklist: ChecklistPage;
  let machineUrl = '';
  let checkUrl = '';

  /** The stored check, as IndexedDB holds it (not as the screen shows it). */
  async function storedCheck(): Promise<Record<string, unknown> | undefined> {
    const id = checkUrl.split('/').pop();
    return (await machines.storedRows('inspections')).find((row) => row.id === id);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newDevice(browser)).newPage();
    errors = watchErrors(page);
    machines = new MachinePage(page);
    checklist = new ChecklistPage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('saves a profile and registers the excavator', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '任晓燕',
      certificate: '14118120210009',
      unit: '吕梁市生态环境局孝义分局',
      county: '孝义市',
    });
    await openMachineRegistry(page);
    await page.getByRole('link', { name: '登记机械' }).click();
    await machines.fill(excavator);
    await machines.save();
    await expect
      .poll(() => page.getByRole('heading', { name: /挖掘机 徐工 XE215DA/ }).isVisible())
      .toBe(true);
    machineUrl = page.url();
    await expect.poll(() => page.getByText('该机械尚无现场检查记录').isVisible()).toBe(true);
    await screenshotAt(page, 'machinery-check-01-registered');
  });

  it('开始现场检查 opens the checklist with the facts from the registry', async () => {
    await page.getByRole('button', { name: '开始现场检查' }).click();
    const siteName = page.getByLabel('单位（项目）名称', { exact: true });
    await expect.poll(() => siteName.inputValue()).toBe(SITE_OF_USE);
    await new NewInspectionPage(page).fillSite({
      name: SITE_OF_USE,
      creditCode: creditCode('91141181MA0H2B3C4'),
      address: '孝义市府前街东段 18 号',
      county: '孝义市',
      contactName: '王工',
      contactPhone: '0358-7612345',
    });
    await page.getByRole('button', { name: '创建检查草稿' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/inspections\/[0-9a-f-]{36}$/);
    checkUrl = page.url();
    await expect
      .poll(() => page.getByRole('heading', { name: /非道路移动机械检查/ }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByLabel(/^额定净功率/).inputValue()).toBe('110');
    expect(await checklist.fact('排放阶段').inputValue()).toBe('china3');
    expect(await checklist.fact('燃料类型').inputValue()).toBe('diesel');
    expect(await checklist.fact('环保登记编码').inputValue()).toBe('LL1411810023');
    // The stage-versus-zone rule is computed and shown (default zone rule: 国二 and below banned).
    const zoneItem = checklist.item('机械排放阶段符合所在区域高排放非道路移动机械禁用区管理要求');
    // textContent: an off-screen section is not rendered (content-visibility), so no innerText.
    await expect
      .poll(() => zoneItem.textContent())
      .toContain('建议结论：符合。系统判定：允许使用（国三不低于区域允许的最低阶段国三');
    await screenshotAt(page, 'machinery-check-02-prefilled');
  });

  it('fills part, reloads midway and continues exactly where it was', async () => {
    await checklist.setResult(LABEL, '符合');
    await checklist.setResult(NAMEPLATE, '符合');
    await (
      await checklist.openNote(NAMEPLATE)
    ).fill('铭牌 PIN 与登记一致；出厂编号铭牌轻微锈蚀，可辨认。');
    await checklist.instrument(SMOKE, '仪器类型').selectOption({ label: '不透光烟度计' });
    await checklist.instrument(SMOKE, '仪器型号').fill('南华 NHT-6');
    await checklist.instrument(SMOKE, '出厂编号').fill('NHT6-2023/0456');
    await checklist.instrument(SMOKE, '校准日期').fill(shanghaiDay(-60));
    await checklist.readingInput(SMOKE, 0).fill('0.85');
    await checklist.waitSaved();
    await screenshotAt(page, 'machinery-check-03-part', checklist.item(NAMEPLATE));

    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { name: /非道路移动机械检查/ }).isVisible())
      .toBe(true);
    await expect.poll(() => checklist.resultOf(LABEL, '符合').isChecked()).toBe(true);
    expect(await checklist.resultOf(NAMEPLATE, '符合').isChecked()).toBe(true);
    expect(await checklist.note(NAMEPLATE).inputValue()).toBe(
      '铭牌 PIN 与登记一致；出厂编号铭牌轻微锈蚀，可辨认。',
    );
    expect(await checklist.instrument(SMOKE, '仪器类型').inputValue()).toBe('opacimeter');
    expect(await checklist.instrument(SMOKE, '仪器型号').inputValue()).toBe('南华 NHT-6');
    expect(await checklist.instrument(SMOKE, '校准日期').inputValue()).toBe(shanghaiDay(-60));
    expect(await checklist.readingInput(SMOKE, 0).inputValue()).toBe('0.85');
    expect(await checklist.readingInput(SMOKE, 1).inputValue()).toBe('');
    expect(await page.getByLabel(/^额定净功率/).inputValue()).toBe('110');
    expect(await checklist.resultOf(LABEL, '不符合').isChecked()).toBe(false);
  });

  it('flags a mean of 0.84 m⁻¹ as 超标 against 0.80 and asks for a finding with a deadline', async () => {
    await checklist.readingInput(SMOKE, 1).fill('0.90');
    await checklist.readingInput(SMOKE, 2).fill('0.78');
    const item = checklist.item(SMOKE);
    await expect.poll(() => item.innerText()).toContain('超标');
    const text = await item.innerText();
    expect(text).toContain('0.84');
    expect(text).toContain('≤ 0.8');
    const description = checklist.finding(SMOKE, '发现的问题');
    await expect.poll(() => description.isVisible()).toBe(true);
    expect(await checklist.finding(SMOKE, '违反的规定').inputValue()).toContain('GB 36886');
    expect(await checklist.finding(SMOKE, '整改期限').isVisible()).toBe(true);
    await checklist.waitSaved();
    await screenshotAt(page, 'machinery-check-04-exceeded', item);
    const stored = await storedCheck();
    expect(stored).toMatchObject({
      answers: {
        'machinery.smoke.opacity': {
          reading: { values: [0.85, 0.9, 0.78], exceeded: true },
        },
      },
    });
  });

  it('refuses a letter in a reading at the field and does not store it', async () => {
    const second = checklist.readingInput(SMOKE, 1);
    await second.fill('0.9O');
    await expect.poll(() => checklist.errorOf(second)).toContain('请输入数字');
    expect(await second.getAttribute('aria-invalid')).toBe('true');
    expect(await second.inputValue()).toBe('0.9O'); // what was typed stays, with its message
    await checklist.waitSaved();
    await screenshotAt(page, 'machinery-check-05-letter', checklist.item(SMOKE));
    const reading = JSON.stringify(await storedCheck());
    expect(reading).not.toContain('0.9O');
    await second.fill('0.90');
    await expect.poll(() => checklist.errorOf(second)).toBe('');
    await checklist.waitSaved();
  });

  it('completes once the finding and the remaining items are filled', async () => {
    await checklist.finding(SMOKE, '发现的问题').fill(FINDING);
    await checklist.finding(SMOKE, '整改要求').fill('停止使用，维修后复测合格方可进场作业。');
    const deadline = checklist.finding(SMOKE, '整改期限');
    await deadline.fill(shanghaiDay(-1));
    await expect.poll(() => checklist.errorOf(deadline)).toContain('整改期限不能早于检查日期');
    await deadline.fill(shanghaiDay(15));
    await expect.poll(() => checklist.errorOf(deadline)).toBe('');
    await checklist.readingInput(RINGELMANN).fill('1');
    await checklist
      .instrument(RINGELMANN, '仪器类型')
      .selectOption({ label: '林格曼烟气黑度图（测烟望远镜）' });
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('article')) {
        if (row.querySelector('input[type="radio"]:checked')) continue;
        row.querySelector<HTMLInputElement>('input[type="radio"][value="pass"]')?.click();
      }
    });
    await checklist.complete();
    await expect
      .poll(() => page.getByText(/检查已完成（\d{2}:\d{2}:\d{2}）/).isVisible())
      .toBe(true);
    expect(await checklist.problemList().count()).toBe(0);
    await checklist.waitSaved();
    await screenshotAt(
      page,
      'machinery-check-06-complete',
      page.getByRole('button', { name: '检查完成', exact: true }),
    );
    const stored = await storedCheck();
    expect(stored).toMatchObject({
      type: 'machinery',
      status: 'draft',
      findings: [expect.objectContaining({ description: FINDING, deadline: shanghaiDay(15) })],
    });
    expect(stored?.endedAt).toEqual(expect.any(String));
  });

  it("lists the check in the machine's history as 不合格, linking back to it", async () => {
    await page.goto(machineUrl);
    const history = page.getByRole('table', { name: '检查记录' });
    await expect.poll(() => history.getByRole('row').count()).toBe(2);
    const row = await history.getByRole('row').nth(1).innerText();
    expect(row).toContain(SITE_OF_USE);
    expect(row).toContain('不合格');
    await screenshotAt(page, 'machinery-check-07-history');
    await history.getByRole('link').first().click();
    await expect.poll(() => page.url()).toBe(checkUrl);
    await expect.poll(() => page.getByText(/检查已完成/).isVisible()).toBe(true);
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
