// src-main/index.ts wiring, against a mocked Electron: the order that protects user data.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../shared/ipc/contract';

const calls = vi.hoisted(() => [] as string[]);
const electron = vi.hoisted(() => {
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(name);
      return args;
    };
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: { options: unknown; url?: string }[] = [];
  class BrowserWindow {
    static getFocusedWindow = () => null;
    constructor(readonly options: unknown) {
      windows.push({ options });
      calls.push('new BrowserWindow');
    }
    once() {}
    on() {}
    loadURL(url: string) {
      const last = windows.at(-1);
      if (last) last.url = url;
      return Promise.resolve();
    }
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  return {
    handlers,
    windows,
    session,
    module: {
      app: {
        isPackaged: true,
        getPath: (name: string) => `/home/u/.config#${name}`,
        setPath: vi.fn(record('app.setPath')),
        enableSandbox: record('app.enableSandbox'),
        requestSingleInstanceLock: () => (calls.push('app.requestSingleInstanceLock'), true),
        quit: record('app.quit'),
        on: (event: string, listener: (...args: unknown[]) => unknown) =>
          handlers.set(event, listener),
        whenReady: () => (calls.push('app.whenReady'), Promise.resolve()),
        getVersion: () => '0.1.0',
        getLocale: () => 'zh-CN',
      },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(record('protocol.registerSchemesAsPrivileged')),
        handle: vi.fn(record('protocol.handle')),
      },
      session: { defaultSession: session },
      ipcMain: { handle: vi.fn(record('ipcMain.handle')) },
      dialog: {},
      safeStorage: { isEncryptionAvailable: () => true },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
      BrowserWindow,
    },
  };
});

vi.mock('electron', () => electron.module);

beforeAll(async () => {
  await import('../../../src-main/index');
  await new Promise((resolve) => setTimeout(resolve, 0)); // let whenReady().then run
});

describe('main entry', () => {
  it('pins userData under appData/BlueSkyInspector before anything else', () => {
    expect(calls[0]).toBe('app.setPath');
    expect(electron.module.app.setPath).toHaveBeenCalledWith(
      'userData',
      expect.stringMatching(/\.config#appData[\\/]BlueSkyInspector$/),
    );
  });

  it('registers the app scheme as privileged before ready, and takes the single-instance lock', () => {
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const order = (name: string) => calls.indexOf(name);
    expect(order('protocol.registerSchemesAsPrivileged')).toBeLessThan(order('app.whenReady'));
    expect(order('app.requestSingleInstanceLock')).toBeLessThan(order('app.whenReady'));
    expect(calls).toContain('app.enableSandbox');
  });

  it('guards every web contents and installs the permission handlers', () => {
    expect(electron.handlers.has('web-contents-created')).toBe(true);
    expect(electron.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.setPermissionCheckHandler).toHaveBeenCalledOnce();
  });

  it('serves app:// and opens one secure window on it, after the protocol and IPC exist', () => {
    expect(electron.module.protocol.handle.mock.calls[0]?.[0]).toBe('app');
    expect(calls.filter((c) => c === 'ipcMain.handle')).toHaveLength(ipcChannels.length);
    expect(calls.indexOf('protocol.handle')).toBeLessThan(calls.indexOf('new BrowserWindow'));
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]?.url).toBe('app://bluesky/index.html');
    expect(electron.windows[0]?.options).toMatchObject({
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: expect.stringMatching(/preload[\\/]index\.cjs$/) as unknown,
      },
    });
  });
});
