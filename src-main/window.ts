/**
 * The main window. webPreferences stay one object literal in this file: electronegativity
 * reads them from the source (tests/static/electronSecurity.test.ts).
 */
import { BrowserWindow } from 'electron';
import { join } from 'node:path';

export interface MainWindowOptions {
  /** out/preload/index.cjs: one CommonJS file, the only kind a sandboxed preload can be. */
  readonly preloadPath: string;
  readonly startUrl: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '蓝天巡查',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  // Shown once painted, so inspectors never see a white flash on slow laptops.
  win.once('ready-to-show', () => win.show());
  void win.loadURL(options.startUrl);
  return win;
}

/** Paths of the built bundles, relative to out/main/index.js. */
export function builtPaths(mainDir: string): { preloadPath: string; rendererDir: string } {
  return {
    preloadPath: join(mainDir, '../preload/index.cjs'),
    rendererDir: join(mainDir, '../renderer'),
  };
}
