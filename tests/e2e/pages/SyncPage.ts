// 同步 screen: enrolment, 立即同步 and the USB file buttons, found by their visible text.
import type { Page } from 'playwright-core';

export class SyncPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '同步', exact: true }).click();
    await this.page.getByRole('heading', { name: '同步', exact: true }).waitFor();
  }

  async enrol(serverUrl: string, code: string, deviceName: string): Promise<void> {
    await this.page.getByLabel('服务器地址', { exact: true }).fill(serverUrl);
    await this.page.getByLabel('一次性注册码', { exact: true }).fill(code);
    await this.page.getByLabel('本机名称', { exact: true }).fill(deviceName);
    await this.page.getByRole('button', { name: '注册本机' }).click();
  }

  syncNowButton() {
    return this.page.getByRole('button', { name: '立即同步' });
  }

  async text(): Promise<string> {
    return (await this.page.locator('main').textContent()) ?? '';
  }

  /** Clicks 导出同步文件 and returns the downloaded file's path. */
  async exportFile(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出同步文件' }).click();
    return (await download).path();
  }

  /** Clicks 导入文件 and picks the file; a receipt download (office relay) is returned if one comes. */
  async importFile(path: string, expectDownload = false): Promise<string | null> {
    const chooser = this.page.waitForEvent('filechooser');
    const download = expectDownload ? this.page.waitForEvent('download') : null;
    await this.page.getByRole('button', { name: '导入文件' }).click();
    await (await chooser).setFiles(path);
    return download ? (await download).path() : null;
  }
}
