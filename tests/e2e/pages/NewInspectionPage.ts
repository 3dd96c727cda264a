// 新建检查: type, new site form, create.
import type { Page } from 'playwright-core';

export interface NewSiteValues {
  name: string;
  creditCode: string;
  address: string;
  county: string;
  contactName?: string;
  contactPhone?: string;
}

export class NewInspectionPage {
  constructor(private readonly page: Page) {}

  async chooseType(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async fillSite(values: NewSiteValues): Promise<void> {
    const p = this.page;
    await p.getByLabel('单位（项目）名称', { exact: true }).fill(values.name);
    await p.getByLabel('统一社会信用代码', { exact: true }).fill(values.creditCode);
    await p.getByLabel('地址', { exact: true }).fill(values.address);
    await p.getByLabel('所在区县', { exact: true }).selectOption({ label: values.county });
    if (values.contactName)
      await p.getByLabel('现场负责人', { exact: true }).fill(values.contactName);
    if (values.contactPhone)
      await p.getByLabel('联系电话', { exact: true }).fill(values.contactPhone);
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: '创建草稿' }).click();
  }
}
