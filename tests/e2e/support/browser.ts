// Debian's Chromium driven by playwright-core (path and flags: tests/support/chromium.ts), a
// fresh profile per device, and a screenshot folder kept as the test artefact.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumFlags } from '../../support/chromium';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/e2e/screens');

/** `extraFlags` go after the shared ones, e.g. Chromium's fake camera for one test. */
export async function launchBrowser(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...chromiumFlags, ...extraFlags],
  });
}

/** A fresh profile: its own IndexedDB, as a new laptop would have. */
export async function newDevice(browser: Browser, locale = 'zh-CN'): Promise<BrowserContext> {
  return browser.newContext({
    locale,
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 860 },
  });
}

/** Fails the test on any page error or console error, so a broken screen cannot pass quietly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
