// The evidence and finalising sections of an inspection, found as an inspector reads them:
// sections by heading, fields by label, pads by their accessible names.
import type { Locator, Page } from 'playwright-core';

export class EvidencePage {
  constructor(private readonly page: Page) {}

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  async addPhotos(paths: readonly string[]): Promise<void> {
    await this.page.getByLabel('添加照片', { exact: true }).setInputFiles([...paths]);
  }

  photoCards(): Locator {
    return this.section('现场照片').locator('.photo-grid > li');
  }

  photoJobs(): Locator {
    return this.section('现场照片').locator('.photo-job');
  }

  locationText(): Locator {
    return this.section('检查地点').locator('.location-now');
  }

  async addInspector(values: { name: string; certificate: string; unit?: string }): Promise<void> {
    const form = this.page.getByRole('group', { name: '添加现场执法人员' });
    await form.getByLabel('姓名', { exact: true }).fill(values.name);
    await form.getByLabel('执法证号', { exact: true }).fill(values.certificate);
    if (values.unit !== undefined)
      await form.getByLabel('执法单位', { exact: true }).fill(values.unit);
    await form.getByRole('button', { name: '添加执法人员' }).click();
  }

  /** The certificate input of the n-th inspector (1-based) added on site, in its own group. */
  onSiteCertificate(n: number): Locator {
    return this.page
      .getByRole('group', { name: `现场执法人员 ${n}` })
      .getByLabel('执法证号', { exact: true });
  }

  /** Ticks a box; it shows ticked once the record is saved (the box follows the store). */
  async check(label: string): Promise<void> {
    const box = this.page.getByRole('checkbox', { name: label });
    await box.click();
    for (let i = 0; i < 100 && !(await box.isChecked()); i += 1) await this.page.waitForTimeout(50);
    if (!(await box.isChecked())) throw new Error(`${label} did not stay ticked`);
  }

  /** Draws a few strokes on the pad inside the group `who` with the mouse, then saves. */
  async sign(who: string): Promise<void> {
    const group = this.page.getByRole('group', { name: who, exact: true });
    const pad = group.locator('canvas.signature-pad');
    await pad.scrollIntoViewIfNeeded();
    const box = await pad.boundingBox();
    if (!box) throw new Error(`no pad for ${who}`);
    const strokes: [number, number][][] = [
      [
        [0.1, 0.6],
        [0.25, 0.3],
        [0.4, 0.7],
        [0.55, 0.35],
      ],
      [
        [0.6, 0.5],
        [0.75, 0.45],
        [0.9, 0.6],
      ],
    ];
    for (const stroke of strokes) {
      const [first, ...rest] = stroke;
      if (!first) continue;
      await this.page.mouse.move(box.x + first[0] * box.width, box.y + first[1] * box.height);
      await this.page.mouse.down();
      for (const [x, y] of rest)
        await this.page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 8 });
      await this.page.mouse.up();
    }
    await group.getByRole('button', { name: '保存签名' }).click();
  }

  signedNote(who: string): Locator {
    return this.page.getByRole('group', { name: who, exact: true }).getByText(/^已签名 /);
  }

  async refuse(reason: string, witness: string): Promise<void> {
    await this.check('当事人拒绝签名');
    await this.page.getByLabel('拒签原因', { exact: true }).fill(reason);
    await this.page.getByLabel('见证人姓名', { exact: true }).fill(witness);
    await this.page.getByRole('button', { name: '记录拒签' }).click();
  }

  async finalise(): Promise<void> {
    await this.page.getByRole('button', { name: '定稿', exact: true }).click();
  }

  problems(): Locator {
    return this.page.locator('.finalise-problems');
  }

  async confirmFinalise(): Promise<void> {
    await this.page
      .getByRole('dialog', { name: '确认定稿' })
      .getByRole('button', { name: '确认定稿' })
      .click();
  }

  recordNumber(): Locator {
    return this.page.locator('.record-seal .record-number');
  }

  recordHash(): Locator {
    return this.page.locator('.record-seal .record-hash');
  }

  /** Controls in the inspection screen that would accept input (none on a finalised record). */
  editableControls(): Locator {
    return this.page.locator(
      '.screen input:not([disabled]):not([readonly]):not([type="hidden"]), .screen textarea:not([disabled]):not([readonly]), .screen select:not([disabled]), .screen canvas.signature-pad',
    );
  }
}
