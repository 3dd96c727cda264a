// As a new user: profile → new "six 100%" dust audit → the project facts (a wrong area
// refused at the field) → fill part → reload at once after typing (the unload flush keeps
// it) → fail an item → a finding whose deadline cannot be before today → an enclosure lower
// than 1.8 m is flagged and asks for a finding → 检查完成. English shows the same engine.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ChecklistPage, screenshotAt } from './pages/ChecklistPage';
import { createProfile, startInspection } from './pages/flows';
import { launchBrowser, newDevice, watchErrors } from './support/browser';

const baseURL = inject('baseURL');
const SITE = '吕梁新区·滨河安置房（二期）项目部';
const PROJECT = '吕梁新区滨河安置房二期工程 🏗️';
const CONTINUOUS = '施工现场周边设置连续、封闭的硬质围挡';
const HEIGHT = '围挡高度（一般路段）';
const HEIGHT_MAIN = '围挡高度（主要路段）';
const BARE_SOIL = '裸露土方及场地采用密目网覆盖或绿化';
const STABLE = '围挡稳固、整洁，底部设置防溢座或采取防止泥浆外溢措施';
const STOCKPILES = '砂石等易产生扬尘的物料覆盖或在密闭料棚内存放';

function shanghaiDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('dust checklist: project facts, reload, finding, exceeded reading, complete', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let checklist: ChecklistPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newDevice(browser);
    page = await context.newPage();
    errors = watchErrors(page);
    checklist = new ChecklistPage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('starts a dust audit and fills the project facts; letters in the area are refused', async () => {
    await page.goto(baseURL);
    await createProfile(page, {
      name: '刘文静',
      certificate: '14110320220045',
      unit: '吕梁市生态环境局',
      county: '离石区',
    });
    await startInspection(page, {
      type: '建筑工地扬尘“六个百分之百”检查',
      site: {
        name: SITE,
        creditCode: '91330100799655058B',
        address: '离石区滨河北路 88 号',
        county: '离石区',
      },
    });
    await checklist.fact('工程名称').fill(PROJECT);
    await checklist.fact('建设单位').fill('吕梁市城市建设投资有限公司');
    await checklist.fact('施工单位').fill('山西“建工”集团有限公司');
    await checklist.fact('监理单位').fill('吕梁诚信工程监理有限公司');
    const area = checklist.fact('施工面积（m²）');
    await area.fill('12000平方米');
    await expect.poll(() => checklist.errorOf(area)).toContain('请输入数字');
    await area.fill('-5');
    await expect.poll(() => checklist.errorOf(area)).toContain('不能为负数');
    await screenshotAt(page, 'checklist-dust-01-facts-error', area);
    await area.fill('12000');
    await expect.poll(() => checklist.errorOf(area)).toBe('');
    await checklist.fact('施工阶段').selectOption({ label: '土石方及基础施工' });
    await checklist.fact('工地是否临城市主要路段').selectOption({ label: '否' });
    // The main-road fact chooses which enclosure height is asked.
    await expect.poll(() => checklist.item(HEIGHT).isVisible()).toBe(true);
    expect(await checklist.item(HEIGHT_MAIN).count()).toBe(0);
    await checklist.waitSaved();
    await screenshotAt(page, 'checklist-dust-02-facts');
  });

  it('fills part, reloads at once after typing, and continues exactly where it was', async () => {
    await checklist.setResult(CONTINUOUS, '符合');
    await checklist.readingInput(HEIGHT).fill('2.5');
    await checklist.instrument(HEIGHT, '仪器类型').selectOption({ label: '卷尺/测距仪' });
    await checklist.instrument(HEIGHT, '出厂编号').fill('得力 DL-9005');
    await expect.poll(() => checklist.item(HEIGHT).innerText()).toContain('达标');
    await checklist.waitSaved();
    await checklist.setResult(BARE_SOIL, '符合');
    await (await checklist.openNote(BARE_SOIL)).fill('东侧土方约 200 m² 已覆盖，西侧正在覆盖。');
    // No wait for 已保存: the unload flush (pagehide/beforeunload) must keep the last typing.
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { name: '检查前信息' }).isVisible())
      .toBe(true);
    expect(await checklist.fact('工程名称').inputValue()).toBe(PROJECT);
    expect(await checklist.fact('施工面积（m²）').inputValue()).toBe('12000');
    expect(await checklist.fact('施工阶段').inputValue()).toBe('earthwork');
    expect(await checklist.resultOf(CONTINUOUS, '符合').isChecked()).toBe(true);
    expect(await checklist.readingInput(HEIGHT).inputValue()).toBe('2.5');
    expect(await checklist.instrument(HEIGHT, '仪器类型').inputValue()).toBe('tape-measure');
    expect(await checklist.instrument(HEIGHT, '出厂编号').inputValue()).toBe('得力 DL-9005');
    expect(await checklist.resultOf(BARE_SOIL, '符合').isChecked()).toBe(true);
    expect(await checklist.note(BARE_SOIL).inputValue()).toBe(
      '东侧土方约 200 m² 已覆盖，西侧正在覆盖。',
    );
    expect(await checklist.sectionProgress('一、工地周边围挡').textContent()).toBe('已答 2/3'); // the mesh check is for structure/finishing only
  });

  it('fails an item: a finding is asked, a deadline before today refused', async () => {
    await checklist.setResult(BARE_SOIL, '不符合');
    const description = checklist.finding(BARE_SOIL, '发现的问题');
    await expect.poll(() => description.isVisible()).toBe(true);
    expect(await checklist.finding(BARE_SOIL, '违反的规定').inputValue()).toContain('裸露土方');
    await description.fill('西侧约 500 m² 裸土未覆盖，风起扬尘。');
    await checklist.finding(BARE_SOIL, '整改要求').fill('当日完成密目网全覆盖并洒水降尘。');
    const deadline = checklist.finding(BARE_SOIL, '整改期限');
    await deadline.fill(shanghaiDay(-3));
    await expect.poll(() => checklist.errorOf(deadline)).toContain('整改期限不能早于检查日期');
    await checklist.complete();
    await expect
      .poll(() => checklist.problemList().innerText())
      .toContain(`${'裸露土方及场地采用密目网覆盖或绿化'}`);
    await screenshotAt(page, 'checklist-dust-03-finding', checklist.item(BARE_SOIL));
    await deadline.fill(shanghaiDay(1));
    await expect.poll(() => checklist.errorOf(deadline)).toBe('');
  });

  it('an enclosure of 1.5 m (< 1.8 m) is flagged and asks for a finding', async () => {
    await checklist.readingInput(HEIGHT).fill('1.5');
    await expect.poll(() => checklist.item(HEIGHT).innerText()).toContain('超标');
    expect(await checklist.item(HEIGHT).innerText()).toContain('≥ 1.8');
    await expect.poll(() => checklist.finding(HEIGHT, '发现的问题').isVisible()).toBe(true);
    await checklist.finding(HEIGHT, '发现的问题').fill('南侧围挡高 1.5 m，低于 1.8 m。');
    await checklist.finding(HEIGHT, '整改要求').fill('加高至 1.8 m 以上。');
    await checklist.finding(HEIGHT, '整改期限').fill(shanghaiDay(7));
    await screenshotAt(page, 'checklist-dust-04-exceeded', checklist.item(HEIGHT));
  });

  it('a finished section folds when the inspector moves on, not under the pointer', async () => {
    const enclosure = '一、工地周边围挡';
    const toggle = checklist.sectionToggle(enclosure);
    // Its last item answered with the mouse: the section is finished but stays open under it.
    await checklist.setResult(STABLE, '符合');
    await expect
      .poll(() => checklist.sectionProgress(enclosure).textContent())
      .toBe('已完成 3/3，不符合 1');
    await page.waitForTimeout(300);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await checklist.item(STABLE).isVisible()).toBe(true);
    // Moving on: a click in the next section lands where it was aimed, the finished section
    // folds to its heading, and the clicked field stays where it was on screen.
    const target = checklist.resultOf(STOCKPILES, '符合');
    await target.scrollIntoViewIfNeeded();
    const before = await target.boundingBox();
    await target.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await target.isChecked()).toBe(true);
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    const after = await target.boundingBox();
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? -100))).toBeLessThan(2);
    expect(await checklist.item(STABLE).isVisible()).toBe(false);
    await screenshotAt(page, 'checklist-dust-04b-folded-on-leave', toggle);
    // The folded heading keeps the summary and opens with one key press.
    expect(await checklist.sectionProgress(enclosure).textContent()).toBe('已完成 3/3，不符合 1');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await checklist.item(STABLE).isVisible()).toBe(true);
    // Unfinished, the section left stays open: what is left to answer stays in view.
    const covering = checklist.sectionToggle('二、物料堆放覆盖');
    expect(await covering.getAttribute('aria-expanded')).toBe('true');
  });

  it('completes after every item is answered; the problem list shrinks as items are fixed', async () => {
    await checklist.complete();
    const before = await checklist.problemList().innerText();
    expect(before).toMatch(/还有 \d+ 个问题/);
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('article')) {
        if (row.querySelector('input[type="radio"]:checked')) continue;
        row.querySelector<HTMLInputElement>('input[type="radio"][value="pass"]')?.click();
      }
    });
    await expect.poll(() => checklist.problemList().count()).toBe(0);
    await checklist.complete();
    await expect
      .poll(() => page.getByText(/检查已完成（\d{2}:\d{2}:\d{2}）/).isVisible())
      .toBe(true);
    await checklist.waitSaved();
    await screenshotAt(
      page,
      'checklist-dust-05-complete',
      page.getByRole('button', { name: '检查完成', exact: true }),
    );
    await page.reload();
    await expect.poll(() => page.getByText(/检查已完成/).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: /问题汇总（2）/ }).isVisible()).toBe(true);
  });

  it('folds finished sections, opens one by its heading, and a jump opens the one it goes into', async () => {
    const enclosure = '一、工地周边围挡';
    const toggle = checklist.sectionToggle(enclosure);
    // After the reload every section is finished: each shows 已完成 and folds to its heading.
    expect(await checklist.sectionProgress(enclosure).textContent()).toBe('已完成 3/3，不符合 1');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await checklist.item(CONTINUOUS).isVisible()).toBe(false);
    expect(await page.getByRole('article').count()).toBe(0);
    await screenshotAt(page, 'checklist-dust-06-folded', toggle);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await checklist.item(CONTINUOUS).isVisible()).toBe(true);
    // 备注 opens on demand: an empty one is a button, a written one shows as it is.
    expect(await checklist.note(CONTINUOUS).count()).toBe(0);
    const noteButton = checklist
      .item(CONTINUOUS)
      .getByRole('button', { name: '备注', exact: true });
    await noteButton.click();
    await expect.poll(() => checklist.note(CONTINUOUS).isVisible()).toBe(true);
    expect(await checklist.note(CONTINUOUS).evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    expect(await checklist.note(CONTINUOUS).inputValue()).toBe('');
    // A problem inside a folded section: the jump opens it and puts the keyboard in the row.
    const description = checklist.finding(HEIGHT, '发现的问题');
    const written = await description.inputValue();
    await description.fill('');
    await toggle.click();
    await expect.poll(() => checklist.item(HEIGHT).isVisible()).toBe(false);
    await checklist.jumpToFirstProblem();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(
      await checklist.item(HEIGHT).evaluate((row) => row.contains(document.activeElement)),
    ).toBe(true);
    await description.fill(written);
    await checklist.waitSaved();
    await toggle.click();
    await expect.poll(() => checklist.item(HEIGHT).isVisible()).toBe(false);
    // An item with a written 备注 shows it without asking, once its section is open.
    await checklist.reveal(BARE_SOIL);
    expect(await checklist.note(BARE_SOIL).inputValue()).toBe(
      '东侧土方约 200 m² 已覆盖，西侧正在覆盖。',
    );
  });

  it('shows a failed write loudly, keeps retrying, and stores it once the disk takes it', async () => {
    // The store refuses every write for a while, as a full disk would.
    await page.evaluate(() => {
      Reflect.set(globalThis, '__originalPut', Reflect.get(IDBObjectStore.prototype, 'put'));
      IDBObjectStore.prototype.put = function refuse(): IDBRequest<IDBValidKey> {
        throw new DOMException('磁盘空间不足', 'QuotaExceededError');
      };
    });
    await (await checklist.openNote(CONTINUOUS)).fill('北侧围挡完好，已核对围挡长度约 320 m。');
    const alert = page.getByRole('alert').filter({ hasText: '保存失败' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain('正在自动重试');
    await screenshotAt(page, 'checklist-dust-07-save-failed');
    await page.evaluate(() => {
      const original: unknown = Reflect.get(globalThis, '__originalPut');
      if (typeof original === 'function') Reflect.set(IDBObjectStore.prototype, 'put', original);
    });
    await checklist.waitSaved(); // the back-off retry goes through without any user action
    expect(await alert.count()).toBe(0);
    await page.reload();
    await expect
      .poll(() => checklist.note(CONTINUOUS).inputValue())
      .toBe('北侧围挡完好，已核对围挡长度约 320 m。');
  });

  it('reads in English with the same engine', async () => {
    await page.getByLabel('语言').first().selectOption('en');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Before the checklist' }).isVisible())
      .toBe(true);
    await checklist.reveal('Enclosure height (ordinary road)');
    expect(
      await page.getByRole('article', { name: 'Enclosure height (ordinary road)' }).innerText(),
    ).toContain('Exceeded');
    await screenshotAt(
      page,
      'checklist-dust-08-en',
      page.getByRole('article', { name: 'Enclosure height (ordinary road)' }),
    );
    await page.getByLabel('Language').first().selectOption('zh-CN');
  });

  it('raised no page or console errors', () => {
    expect(errors).toEqual([]);
  });
});
