/**
 * Electron entry: wiring only. The order matters and is fixed here; the logic lives in
 * plain modules (appProtocol, security, ipc/*) that are tested in Node.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, APP_SCHEME, APP_START_URL, readAppFile, serveAppRequest } from './appProtocol';
import { guardWebContents, installPermissionHandlers, originOf } from './security';
import { builtPaths, createMainWindow } from './window';
import { buildMenuTemplate } from './menu';
import { registerIpc } from './ipc/registerIpc';
import { ipcHandlers } from './ipc/handlers';
import { createSyncLinkStore } from './ipc/syncLinkStore';

// 1. Pin the data folder before anything reads it: it would otherwise follow productName,
//    and renaming the product would orphan every IndexedDB draft (TECH-NOTES §5).
app.setPath('userData', join(app.getPath('appData'), 'BlueSkyInspector'));

// 2. The app scheme must be privileged before `ready`, or IndexedDB and fetch stay disabled.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

// 3. Two instances would share one IndexedDB and one backup folder: keep the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  // electron-vite dev serves the renderer over http; only unpackaged builds may use it.
  const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const appOrigin = originOf(devUrl) ?? APP_ORIGIN;
  const { preloadPath, rendererDir } = builtPaths(import.meta.dirname);
  let mainWindow: BrowserWindow | null = null;

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appOrigin));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) =>
      serveAppRequest(request, { rootDir: rendererDir, readFile: readAppFile }),
    );
    installPermissionHandlers(session.defaultSession, appOrigin);

    const parent = () => BrowserWindow.getFocusedWindow() ?? mainWindow;
    registerIpc({
      ipcMain,
      appOrigin,
      handlers: ipcHandlers,
      deps: {
        appInfo: () => ({
          version: app.getVersion(),
          platform: process.platform,
          locale: app.getLocale(),
        }),
        showSaveDialog: (options) => {
          const win = parent();
          return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
        },
        showOpenDialog: (options) => {
          const win = parent();
          return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
        },
        documentsDir: app.getPath('documents'),
        openPath: (path) => shell.openPath(path),
        printDir: join(app.getPath('temp'), 'bluesky-print'),
        backupsDir: join(app.getPath('userData'), 'backups'),
        now: () => new Date(),
        sync: {
          store: createSyncLinkStore(join(app.getPath('userData'), 'sync-link.json'), safeStorage),
          fetch: globalThis.fetch,
        },
      },
      log: (message, error) => console.error(message, error),
    });

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ devTools: !app.isPackaged })),
    );
    mainWindow = createMainWindow({ preloadPath, startUrl: devUrl ?? APP_START_URL });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
