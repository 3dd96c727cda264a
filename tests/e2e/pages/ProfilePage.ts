// The inspector profile form, found by its labels as a user reads them.
import type { Page } from 'playwright-core';

export interface ProfileLabels {
  name: string;
  certificate: string;
  unit: string;
  county: string;
  save: string;
}

export const zhProfile: ProfileLabels = {
  name: '姓名',
  certificate: '执法证号',
  unit: '执法单位',
  county: '所属区县',
  save: '保存',
};

export class ProfilePage {
  constructor(
    private readonly page: Page,
    private readonly labels: ProfileLabels = zhProfile,
  ) {}

  async fill(values: {
    name: string;
    certificate: string;
    unit: string;
    county: string;
  }): Promise<void> {
    await this.page.getByLabel(this.labels.name, { exact: true }).fill(values.name);
    await this.page.getByLabel(this.labels.certificate, { exact: true }).fill(values.certificate);
    await this.page.getByLabel(this.labels.unit, { exact: true }).fill(values.unit);
    await this.page
      .getByLabel(this.labels.county, { exact: true })
      .selectOption({ label: values.county });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.save, exact: true }).click();
  }

  /** The error message shown under a field (tied to it by aria-describedby). */
  async errorFor(label: string): Promise<string> {
    const input = this.page.getByLabel(label, { exact: true });
    const ids = (await input.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"][role="alert"]`).allTextContents()),
    );
    return texts.flat().join(' ');
  }
}
