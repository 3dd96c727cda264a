/**
 * Debian's Chromium with a PERSISTENT profile: an incognito context keeps IndexedDB in
 * memory, which would flatter every figure; a user-data dir puts it in LevelDB on disk as
 * on an inspector's laptop.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, chromiumFlags } from '../../support/chromium';

export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...chromiumFlags],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 860 },
  });
}
