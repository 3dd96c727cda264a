// The checklist on an inspection's screen, found as an inspector reads it: items by their
// text, fields by their labels, the save status by its role.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from '../support/browser';

export type ResultLabel = '符合' | '不符合' | '不适用';

export class ChecklistPage {
  constructor(private readonly page: Page) {}

  /**
   * The item whose title contains `text` (titles are numbered, e.g. "1.1 持有有效的…"), also
   * inside a finished (folded) section, where its values can still be read; `reveal` opens it.
   */
  item(text: string): Locator {
    return this.page.getByRole('article', { name: text, includeHidden: true });
  }

  /** The section titled `title` (its heading is the button that folds and opens it). */
  section(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  sectionToggle(title: string): Locator {
    return this.section(title).getByRole('heading', { level: 2 }).getByRole('button');
  }

  /** Opens the folded section around an item, as an inspector does: by its heading. */
  async reveal(text: string): Promise<void> {
    const row = this.item(text);
    if (await row.isVisible()) return;
    await this.page
      .locator('section.checklist-section')
      .filter({ has: row })
      .getByRole('heading', { level: 2 })
      .getByRole('button', { expanded: false })
      .click();
  }

  /** Opens an item's 备注 (shown by itself only when it has text) and returns the box. */
  async openNote(text: string): Promise<Locator> {
    await this.reveal(text);
    const note = this.note(text);
    if ((await note.count()) === 0)
      await this.item(text).getByRole('button', { name: '备注', exact: true }).click();
    return note;
  }

  async setResult(text: string, result: ResultLabel): Promise<void> {
    await this.reveal(text);
    await this.item(text).getByRole('radio', { name: result, exact: true }).check();
  }

  resultOf(text: string, result: ResultLabel): Locator {
    return this.item(text).getByRole('radio', { name: result, exact: true });
  }

  readingInput(text: string, index = 0): Locator {
    return this.item(text).getByLabel(/^读数/).nth(index);
  }

  note(text: string): Locator {
    return this.item(text).getByLabel('备注', { exact: true });
  }

  instrument(text: string, label: '仪器类型' | '仪器型号' | '出厂编号' | '校准日期'): Locator {
    return this.item(text).getByLabel(label, { exact: true });
  }

  finding(text: string, label: '发现的问题' | '违反的规定' | '整改要求' | '整改期限'): Locator {
    return this.item(text).getByLabel(label, { exact: true });
  }

  /** The message tied to a field by aria-describedby (role=alert), '' when there is none. */
  async errorOf(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"][role="alert"]`).allTextContents()),
    );
    return texts.flat().join(' ');
  }

  async chooseOption(label: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: label }).check();
  }

  fact(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  sectionProgress(title: string): Locator {
    return this.section(title).locator('.progress');
  }

  saveStatus(): Locator {
    return this.page.locator('.save-status').getByRole('status');
  }

  /** Waits until the autosave reports 已保存 hh:mm:ss after the last change. */
  async waitSaved(): Promise<void> {
    const status = this.saveStatus();
    for (let i = 0; i < 200; i += 1) {
      if (/^已保存 \d{2}:\d{2}:\d{2}$/.test((await status.innerText()).trim())) return;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`not saved: ${await status.innerText()}`);
  }

  async complete(): Promise<void> {
    await this.page.getByRole('button', { name: '检查完成', exact: true }).click();
  }

  problemList(): Locator {
    return this.page.locator('.problem-list');
  }

  async jumpToFirstProblem(): Promise<void> {
    await this.page.getByRole('button', { name: '跳到第一个未答或有误的项' }).click();
  }
}

/**
 * A screenshot of the viewport around one item: a full-page shot of a 170-item checklist is
 * 20,000 px tall and shows nothing legibly.
 */
export async function screenshotAt(page: Page, name: string, target?: Locator): Promise<void> {
  if (target) await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}
