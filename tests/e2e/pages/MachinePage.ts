// 机械登记: the registry list, the registration form and a machine's detail view, found by
// labels, roles and visible text as an inspector reads them.
import type { Page } from 'playwright-core';

export interface MachineValues {
  registrationCode?: string;
  machineType: string;
  brand: string;
  model: string;
  factorySerial?: string;
  manufactureDate: string;
  owner: string;
  ownerCreditCode?: string;
  contactName?: string;
  contactPhone?: string;
  siteOfUse?: string;
  pin: string;
  emissionStage: string;
  fuel: string;
  ratedPower: string;
  engineModel: string;
  engineManufacturer?: string;
  engineNumber: string;
}

export const labels = {
  registrationCode: '环保登记编码',
  machineType: '机械类型',
  brand: '品牌（生产厂家）',
  model: '机械型号',
  factorySerial: '出厂编号',
  manufactureDate: '出厂日期',
  owner: '所有人或使用人（单位或个人）',
  ownerCreditCode: '统一社会信用代码',
  contactName: '联系人',
  contactPhone: '联系电话',
  siteOfUse: '使用地点（施工项目）',
  pin: '产品识别码（PIN）',
  emissionStage: '排放阶段',
  fuel: '燃料类型',
  ratedPower: '额定净功率',
  engineModel: '发动机型号',
  engineManufacturer: '发动机生产厂',
  engineNumber: '发动机编号',
} as const;

const selects = new Set(['machineType', 'emissionStage', 'fuel']);

export class MachinePage {
  constructor(private readonly page: Page) {}

  field(key: keyof typeof labels) {
    return this.page.getByLabel(labels[key], { exact: true });
  }

  async fill(values: Partial<MachineValues>): Promise<void> {
    for (const [key, value] of Object.entries(values) as [
      keyof typeof labels,
      string | undefined,
    ][]) {
      if (value === undefined) continue;
      if (selects.has(key)) await this.field(key).selectOption({ label: value });
      else await this.field(key).fill(value);
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存登记' }).click();
  }

  /** The error shown under a field (tied to it by aria-describedby). */
  async errorFor(key: keyof typeof labels): Promise<string> {
    const ids = (await this.field(key).getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"][role="alert"]`).allTextContents()),
    );
    return texts.flat().join(' ');
  }

  async search(query: string): Promise<void> {
    await this.page.getByLabel('搜索机械').fill(query);
  }

  /** The machine links of the list as shown (type, brand, model). */
  async listed(): Promise<string[]> {
    return this.page.getByRole('table').getByRole('link').allInnerTexts();
  }

  /** Reads a store of the app's IndexedDB directly: what is stored, not what is shown. */
  async storedRows(store: 'machines' | 'inspections'): Promise<Record<string, unknown>[]> {
    return this.page.evaluate(
      (name) =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const open = indexedDB.open('bluesky-inspector');
          open.onerror = () => reject(open.error ?? new Error('open failed'));
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction(name, 'readonly').objectStore(name).getAll();
            request.onsuccess = () => {
              resolve(request.result as Record<string, unknown>[]);
              db.close();
            };
            request.onerror = () => reject(request.error ?? new Error('read failed'));
          };
        }),
      store,
    );
  }
}
