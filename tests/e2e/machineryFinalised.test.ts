// Issue #9 (docs/records.md "Machine identity") as a new user: a machinery check typed through
// the UI (smoke opacity "0.60", "0.62", "0.58" m⁻¹) is finalised; the finalised record shows the
// registry values beside the nameplate items and the machine in its header, and its PDF prints
// the machine in 基本情况 and the readings as typed with "m⁻¹" extracting as typed. Then the
// registry entry is edited: the finalised record's screen, PDF and hash do not change.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { usccCheckCharacter } from '../../shared/domain/uscc';
import { ChecklistPage, screenshotAt } from './pages/ChecklistPage';
import { EvidencePage } from './pages/EvidencePage';
import { MachinePage, type MachineValues } from './pages/MachinePage';
import { NewInspectionPage } from './pages/NewInspectionPage';
import { createProfile, openMachineRegistry } from './pages/flows';
import { signAndFinalise } from './pages/SyncFinaliseFlow';
import { launchBrowser, newDevice, SCREENSHOT_DIR, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const NAMEPLATE = '机械铭牌的型号、产品识别码（PIN）、出厂编号与登记信息一致';
const SMOKE = '排气烟度（光吸收系数，自由加速法）';
const RINGELMANN = '林格曼烟气黑度';

function creditCode(first17: string): string {
  const check = usccCheckCharacter(first17);
  if (check === null) throw new Error(`no check character for ${first17}`);
  return first17 + check;
}

function shanghaiDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const loader: MachineValues = {
  registrationCode: 'LL1411810091',
  machineType: '装载机',
  brand: '临工',
  model: 'L956F',
  factorySerial: 'VLGL956F-2019-3321',
  manufactureDate: '2019-06-20',
  owner: '孝义市“金晟”工程机械有限公司',
  ownerCreditCode: creditCode('91141181MA0K9R2T1'),
  pin: 'VLG0956FJK0203321',
  emissionStage: '国三',
  fuel: '柴油',
  ratedPower: '162',
  engineModel: 'WD10G220E23',
  engineNumber: '1619C045781',
};
const IDENTITY = [
  '装载机',
  '临工',
  'L956F',
  'VLG0956FJK0203321',
  'WD10G220E23',
  '1619C045781',
  '孝义市“金晟”工程机械有限公司',
  'LL1411810091',
  '国三',
  '162 kW',
  '2026-03-02',
  '2026-03-05',
];
const NEW_MODEL = 'L956H';
const NEW_OWNER = '汾阳市“恒通”机械租赁有限公司';

function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('a finalised machinery check keeps the machine it names, on screen and in print', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let machines: MachinePage;
  let checklist: ChecklistPage;
  let evidence: EvidencePage;
  let machineUrl = '';
  let recordUrl = '';
  let recordHash = '';
  let firstPdf = '';

  async function exportPdf(name: string): Promise<string> {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `machinery-finalised-${name}.pdf`);
    await (await download).saveAs(file);
    return file;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newDevice(browser)).newPage();
    errors = watchErrors(page);
    machines = new MachinePage(page);
    checklist = new ChecklistPage(page);
    evidence = new EvidencePage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('registers the loader, checks it on site and finalises the check', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '任晓燕',
      certificate: '14118120210009',
      unit: '吕梁市生态环境局孝义分局',
      county: '孝义市',
    });
    await openMachineRegistry(page);
    await page.getByRole('link', { name: '登记机械' }).click();
    await machines.fill(loader);
    await page.getByLabel('登记日期', { exact: true }).fill('2026-03-02');
    await page.getByLabel('进场日期', { exact: true }).fill('2026-03-05');
    await page.getByLabel('登记区县', { exact: true }).selectOption({ label: '孝义市' });
    await machines.save();
    await expect
      .poll(() => page.getByRole('heading', { name: /装载机 临工 L956F/ }).isVisible())
      .toBe(true);
    machineUrl = page.url();
    await page.getByRole('button', { name: '开始现场检查' }).click();
    await new NewInspectionPage(page).fillSite({
      name: '孝义市“金晟”工业园道路工程',
      creditCode: creditCode('91141181MA0H2B3C4'),
      address: '孝义市振兴街 66 号',
      county: '孝义市',
      contactName: '郭晓明',
    });
    await page.getByRole('button', { name: '创建检查草稿' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/inspections\/[0-9a-f-]{36}$/);
    recordUrl = page.url();
    await checklist.instrument(SMOKE, '仪器类型').selectOption({ label: '不透光烟度计' });
    await checklist.instrument(SMOKE, '仪器型号').fill('南华 NHT-6');
    await checklist.instrument(SMOKE, '出厂编号').fill('NHT6-2023/0456');
    await checklist.instrument(SMOKE, '校准日期').fill(shanghaiDay(-60));
    for (const [i, value] of ['0.60', '0.62', '0.58'].entries())
      await checklist.readingInput(SMOKE, i).fill(value);
    await expect.poll(() => checklist.item(SMOKE).innerText()).toContain('达标');
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
    await checklist.waitSaved();
    await checklist.complete();
    await expect
      .poll(() => page.getByText(/检查已完成（\d{2}:\d{2}:\d{2}）/).isVisible())
      .toBe(true);
    await checklist.waitSaved();
    const record = await signAndFinalise(page, {
      inspector: '任晓燕',
      second: { name: '张建军', certificate: '14118120190021' },
      witness: '李春梅',
      coordinates: '37.1450, 111.7810',
      placeText: '工业园 3 号路施工段',
    });
    expect(record.recordHash).toMatch(/^[0-9a-f]{64}$/);
    recordHash = record.recordHash;
  });

  it('the finalised record names the machine and shows the registry values beside the nameplate', async () => {
    const header = page.getByRole('region', { name: '被检查机械' });
    await expect.poll(() => header.isVisible()).toBe(true);
    const text = await header.innerText();
    for (const expected of IDENTITY) expect(text, expected).toContain(expected);
    await expect
      .poll(() => checklist.item(NAMEPLATE).textContent())
      .toContain('登记值：机械型号 L956F；产品识别码（PIN） VLG0956FJK0203321');
    // Read-only: the readings as typed.
    await checklist.reveal(SMOKE);
    expect(await checklist.readingInput(SMOKE, 0).inputValue()).toBe('0.60');
    await screenshotAt(page, 'machinery-finalised-01-header', header);
  });

  it('prints the machine in 基本情况 and the readings as typed in m⁻¹', async () => {
    firstPdf = await exportPdf('before-edit');
    const text = pdfText(firstPdf);
    for (const expected of [
      '机械类型装载机',
      '产品识别码（PIN）VLG0956FJK0203321',
      '发动机编号1619C045781',
      '所有人孝义市“金晟”工程机械有限公司',
      '环保登记编码LL1411810091',
      '登记日期2026-03-02',
      '进场日期2026-03-05',
      '登记区县孝义市',
    ])
      expect(text, expected).toContain(expected);
    expect(text).toContain('0.60、0.62、0.58');
    expect(text).toContain('m⁻¹');
    expect(text).not.toContain('m-¹');
    expect(text).not.toContain('未填写');
    execFileSync('pdftoppm', [
      '-r',
      '70',
      '-png',
      firstPdf,
      join(SCREENSHOT_DIR, 'machinery-finalised-page'),
    ]);
  });

  it('a later registry edit changes neither the finalised screen, its PDF nor its hash', async () => {
    await page.goto(machineUrl);
    await page.getByRole('link', { name: '修改', exact: true }).click();
    await expect.poll(() => machines.field('model').isVisible()).toBe(true);
    await machines.fill({ model: NEW_MODEL, owner: NEW_OWNER });
    await machines.save();
    await expect
      .poll(() =>
        page.getByRole('heading', { name: new RegExp(`装载机 临工 ${NEW_MODEL}`) }).isVisible(),
      )
      .toBe(true);

    await page.goto(recordUrl);
    await expect.poll(() => evidence.recordNumber().isVisible()).toBe(true);
    expect((await evidence.recordHash().innerText()).trim()).toBe(recordHash);
    const header = page.getByRole('region', { name: '被检查机械' });
    await expect.poll(() => header.isVisible()).toBe(true);
    const text = await header.innerText();
    expect(text).toContain('L956F');
    expect(text).toContain('孝义市“金晟”工程机械有限公司');
    expect(text).not.toContain(NEW_MODEL);
    expect(text).not.toContain(NEW_OWNER);
    const nameplate = (await checklist.item(NAMEPLATE).textContent()) ?? '';
    expect(nameplate).toContain('登记值：机械型号 L956F');
    expect(nameplate).not.toContain(NEW_MODEL);

    const after = pdfText(await exportPdf('after-edit'));
    expect(after).not.toContain(NEW_MODEL);
    expect(after).not.toContain(NEW_OWNER.replace(/\s+/g, ''));
    expect(after).toContain('所有人孝义市“金晟”工程机械有限公司');
    // Same record, same text: only the export time may differ.
    const strip = (t: string) =>
      t.replace(/\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\d{2}:\d{2}(:\d{2})?/g, '');
    expect(strip(after)).toBe(strip(pdfText(firstPdf)));
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
