// The set-up steps many e2e tests take before the part they are about: a first-run profile,
// a new inspection on a new site, the machine registry. Each ends where the next step of a
// test begins (the list shown, the checklist open), so tests read from there.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { NewInspectionPage, type NewSiteValues } from './NewInspectionPage';
import { ProfilePage } from './ProfilePage';

export interface ProfileValues {
  name: string;
  certificate: string;
  unit: string;
  county: string;
}

/** Fills and saves the first-run profile form, then waits for 检查记录. */
export async function createProfile(page: Page, values: ProfileValues): Promise<void> {
  const profile = new ProfilePage(page);
  await profile.fill(values);
  await profile.save();
  await expect.poll(() => page.getByRole('heading', { name: '检查记录' }).isVisible()).toBe(true);
}

/**
 * 新建检查 from the inspections list: the checklist type by its label, a new site, 创建草稿;
 * waits until the checklist's 检查前信息 shows.
 */
export async function startInspection(
  page: Page,
  { type, site }: { type: string; site: NewSiteValues },
): Promise<void> {
  await page.getByRole('link', { name: '新建检查' }).click();
  const form = new NewInspectionPage(page);
  await form.chooseType(type);
  await form.fillSite(site);
  await form.create();
  await expect.poll(() => page.getByRole('heading', { name: '检查前信息' }).isVisible()).toBe(true);
}

/** 机械登记 in the main navigation. */
export async function openMachineRegistry(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '机械登记' })
    .click();
}
