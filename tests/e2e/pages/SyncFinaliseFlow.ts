// A dust inspection taken from 新建检查 to 定稿 through the UI, the way evidence.test.ts does it
// step by step (checklist answered and completed, location typed by hand, a second inspector
// with a certificate number, legal steps, two inspector signatures, a refusal with a witness
// who signs), for tests that need a finalised record rather than the finalising itself.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ChecklistPage } from './ChecklistPage';
import { EvidencePage } from './EvidencePage';
import { startInspection } from './flows';
import type { NewSiteValues } from './NewInspectionPage';

export interface FinalisedRecord {
  readonly recordNumber: string;
  readonly recordHash: string;
}

export interface FinaliseValues {
  readonly site: NewSiteValues;
  /** The logged-in inspector's name, as the profile has it (signs first). */
  readonly inspector: string;
  readonly second: { readonly name: string; readonly certificate: string };
  readonly witness: string;
  /** Typed into 手动输入坐标（WGS-84）. */
  readonly coordinates: string;
  readonly placeText: string;
  /** Fills the readings (and anything else) before the rest is answered 符合; default: 2.5 m. */
  readonly fillChecklist?: (checklist: ChecklistPage) => Promise<void>;
}

/** From the inspections list to a finalised record; returns its number and hash as shown. */
export async function finaliseDustInspection(
  page: Page,
  values: FinaliseValues,
): Promise<FinalisedRecord> {
  await page.getByRole('link', { name: '检查记录', exact: true }).click();
  await startInspection(page, { type: '建筑工地扬尘“六个百分之百”检查', site: values.site });
  const checklist = new ChecklistPage(page);
  await checklist.fact('工程名称').fill('孝义市新城区保障性住房项目（一标段）');
  await checklist.fact('建设单位').fill('孝义市城市建设投资有限公司');
  await checklist.fact('施工单位').fill('山西“建工”集团有限公司');
  await checklist.fact('施工阶段').selectOption({ label: '土石方及基础施工' });
  await checklist.fact('工地是否临城市主要路段').selectOption({ label: '否' });
  const height = '围挡高度（一般路段）';
  await expect.poll(() => checklist.item(height).isVisible()).toBe(true);
  if (values.fillChecklist) await values.fillChecklist(checklist);
  else await checklist.readingInput(height).fill('2.5');
  // Every other item 符合: this flow is about what follows the checklist.
  await page.evaluate(() => {
    for (const row of document.querySelectorAll('article')) {
      if (row.querySelector('input[type="radio"]:checked')) continue;
      row.querySelector<HTMLInputElement>('input[type="radio"][value="pass"]')?.click();
    }
  });
  await checklist.waitSaved();
  await checklist.complete();
  await expect.poll(() => page.getByText(/检查已完成（\d{2}:\d{2}:\d{2}）/).isVisible()).toBe(true);
  await checklist.waitSaved();
  return signAndFinalise(page, values);
}

export type EvidenceValues = Omit<FinaliseValues, 'site' | 'fillChecklist'>;

/**
 * From a completed checklist (any type) to a finalised record: location typed, a second
 * inspector, legal steps, two signatures, a refusal with a witness who signs, 定稿.
 */
export async function signAndFinalise(
  page: Page,
  values: EvidenceValues,
): Promise<FinalisedRecord> {
  const evidence = new EvidencePage(page);
  await page.getByLabel('手动输入坐标（WGS-84）', { exact: true }).fill(values.coordinates);
  await page.getByRole('button', { name: '使用此坐标' }).click();
  await expect.poll(() => evidence.locationText().innerText()).toContain('北纬');
  await page.getByLabel('地点描述', { exact: true }).fill(values.placeText);
  await page.getByLabel('地点描述', { exact: true }).blur();

  await evidence.addInspector(values.second);
  await expect
    .poll(() => evidence.onSiteCertificate(2).inputValue())
    .toBe(values.second.certificate);
  await evidence.check('已向当事人出示执法证件');
  await evidence.check('已告知当事人有申请回避的权利');
  await page.getByRole('radio', { name: '不申请回避' }).click();
  await expect.poll(() => page.getByRole('radio', { name: '不申请回避' }).isChecked()).toBe(true);
  await evidence.check('已告知当事人陈述、申辩等权利和配合检查的义务');

  for (const name of [values.inspector, values.second.name]) {
    await evidence.sign(`执法人员 ${name} 签名`);
    await expect.poll(() => evidence.signedNote(`执法人员 ${name} 签名`).isVisible()).toBe(true);
  }
  await evidence.refuse('现场负责人称须请示总公司，拒绝在笔录上签字。', values.witness);
  await evidence.sign(`见证人 ${values.witness} 签名`);
  await expect
    .poll(() => evidence.signedNote(`见证人 ${values.witness} 签名`).isVisible())
    .toBe(true);

  await evidence.finalise();
  await evidence.confirmFinalise();
  await expect.poll(() => evidence.recordNumber().isVisible(), { timeout: 20_000 }).toBe(true);
  return {
    recordNumber: (await evidence.recordNumber().innerText()).trim(),
    recordHash: (await evidence.recordHash().innerText()).trim(),
  };
}
