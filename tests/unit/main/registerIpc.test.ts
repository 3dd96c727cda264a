// Every IPC call is checked before its handler runs: sender origin, then the input schema.
import { describe, expect, it, vi } from 'vitest';
import { AppError, decodeIpcErrorMessage } from '../../../shared/errors/appError';
import { ipcChannels } from '../../../shared/ipc/contract';
import type { HandlerDeps, IpcHandlers } from '../../../src-main/ipc/handlers';
import {
  createChannelHandler,
  registerIpc,
  type InvokeEvent,
} from '../../../src-main/ipc/registerIpc';

const APP = 'app://bluesky';
const fromApp: InvokeEvent = { senderFrame: { url: 'app://bluesky/index.html' } };

function fakeHandlers() {
  return {
    'app:info': vi.fn(() =>
      Promise.resolve({ version: '0.1.0', platform: 'linux', locale: 'zh-CN' }),
    ),
    'file:save': vi.fn(() => Promise.resolve({ savedTo: '/home/u/a.pdf' })),
    'file:saveBegin': vi.fn(() => Promise.resolve({ writeId: null, savedTo: null })),
    'file:saveChunk': vi.fn(() => Promise.resolve({ size: 0 })),
    'file:saveEnd': vi.fn(() => Promise.resolve({ savedTo: null })),
    'file:open': vi.fn(() => Promise.resolve(null)),
    'file:openPdf': vi.fn(() => Promise.resolve({ openedPath: '/tmp/bluesky-print/a.pdf' })),
    'backup:write': vi.fn(() => Promise.resolve({ path: '/data/backups/b.json' })),
    'sync:status': vi.fn(() => Promise.resolve(null)),
    'sync:enrol': vi.fn(() =>
      Promise.resolve({
        serverUrl: 'http://127.0.0.1:8787',
        serverDeviceId: 'd',
        scope: 'city',
        deviceName: 'n',
      }),
    ),
    'sync:request': vi.fn(() =>
      Promise.resolve({ status: 200, contentType: '', body: new Uint8Array() }),
    ),
    'sync:forget': vi.fn(() => Promise.resolve({ forgotten: true })),
  } satisfies IpcHandlers;
}

const deps = {} as HandlerDeps; // the fake handlers never touch it

function setup() {
  const handlers = fakeHandlers();
  const channel = <C extends keyof IpcHandlers>(name: C) =>
    createChannelHandler(name, { appOrigin: APP, handlers, deps });
  return { handlers, channel };
}

const validSave = { suggestedName: '检查笔录.pdf', bytes: new Uint8Array([1, 2, 3]), filters: [] };

describe('sender check', () => {
  it.each([
    ['a foreign origin', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://bluesky.evil/index.html' } }],
    ['a file:// page (null origin)', { senderFrame: { url: 'file:///tmp/x.html' } }],
    ['a data: page (null origin)', { senderFrame: { url: 'data:text/html,x' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s and never calls the handler', async (_label, event: InvokeEvent) => {
    const { handlers, channel } = setup();
    await expect(channel('file:save')(event, validSave)).rejects.toThrow(
      /\[file:save\] forbidden: sender/,
    );
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it('accepts our own origin', async () => {
    const { handlers, channel } = setup();
    await expect(channel('file:save')(fromApp, validSave)).resolves.toEqual({
      savedTo: '/home/u/a.pdf',
    });
    expect(handlers['file:save']).toHaveBeenCalledOnce();
  });
});

describe('input validation', () => {
  it.each([
    ['wrong type', { ...validSave, bytes: 'not bytes' }, /bytes/],
    ['missing field', { bytes: new Uint8Array(1), filters: [] }, /suggestedName/],
    [
      'path-like name',
      { ...validSave, suggestedName: '../../.bashrc' },
      /suggestedName: errors\.fileName/,
    ],
    [
      'Windows path name',
      { ...validSave, suggestedName: 'C:\\Windows\\x.pdf' },
      /errors\.fileName/,
    ],
    [
      'oversized bytes',
      { ...validSave, bytes: new Uint8Array(200 * 1024 * 1024 + 1) },
      /bytes: errors\.fileTooLarge/,
    ],
    [
      'bad filter',
      { ...validSave, filters: [{ name: 'PDF', extensions: ['*'] }] },
      /filters\.0\.extensions\.0/,
    ],
    ['no payload', undefined, /invalid-input/],
  ])('refuses %s with a clear error, handler not called', async (_label, payload, message) => {
    const { handlers, channel } = setup();
    const call = channel('file:save')(fromApp, payload);
    await expect(call).rejects.toThrow(/\[file:save\] invalid-input: /);
    await expect(call).rejects.toThrow(message);
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it('refuses an oversized backup', async () => {
    const { handlers, channel } = setup();
    await expect(
      channel('backup:write')(fromApp, { bytes: new Uint8Array(200 * 1024 * 1024 + 1) }),
    ).rejects.toThrow(/errors\.fileTooLarge/);
    expect(handlers['backup:write']).not.toHaveBeenCalled();
  });
});

describe('handler results', () => {
  it('passes handler failures back as a message naming the channel', async () => {
    const { handlers, channel } = setup();
    handlers['backup:write'].mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    await expect(channel('backup:write')(fromApp, { bytes: new Uint8Array(1) })).rejects.toThrow(
      '[backup:write] failed: ENOSPC: no space left on device',
    );
  });

  it('refuses an output that breaks the contract', async () => {
    const { handlers, channel } = setup();
    handlers['app:info'].mockResolvedValueOnce({ version: 1 } as never);
    await expect(channel('app:info')(fromApp, undefined)).rejects.toThrow(
      /\[app:info\] invalid-output/,
    );
  });
});

describe('the AppError each failure carries to the bridge', () => {
  const codeOf = async (call: Promise<unknown>) => {
    const error = await call.catch((e: unknown) => e);
    return decodeIpcErrorMessage(error instanceof Error ? error.message : '');
  };

  it('names the refusal: forbidden sender, too large, bad name, other bad input, bad output', async () => {
    const { channel, handlers } = setup();
    expect(await codeOf(channel('file:save')({ senderFrame: null }, validSave))).toMatchObject({
      code: 'ipc.forbidden',
    });
    expect(
      await codeOf(
        channel('backup:write')(fromApp, { bytes: new Uint8Array(200 * 1024 * 1024 + 1) }),
      ),
    ).toMatchObject({
      code: 'file.tooLarge',
    });
    expect(
      await codeOf(channel('file:save')(fromApp, { ...validSave, suggestedName: '../x' })),
    ).toMatchObject({ code: 'file.invalidName' });
    expect(await codeOf(channel('file:save')(fromApp, { ...validSave, bytes: 'x' }))).toMatchObject(
      {
        code: 'ipc.invalidInput',
        params: { field: 'bytes' },
      },
    );
    handlers['app:info'].mockResolvedValueOnce({ version: 1 } as never);
    expect(await codeOf(channel('app:info')(fromApp, undefined))).toMatchObject({
      code: 'ipc.invalidOutput',
    });
  });

  it("keeps a handler's AppError and makes any other failure unknown, with the detail for the log", async () => {
    const { channel, handlers } = setup();
    handlers['file:openPdf'].mockRejectedValueOnce(
      new AppError('print.openFailed', undefined, 'No application'),
    );
    expect(
      await codeOf(
        channel('file:openPdf')(fromApp, { suggestedName: 'a.pdf', bytes: new Uint8Array(1) }),
      ),
    ).toEqual({
      code: 'print.openFailed',
      detail: '[file:openPdf] failed: print.openFailed: No application',
    });
    handlers['backup:write'].mockRejectedValueOnce(new Error('ENOSPC'));
    expect(await codeOf(channel('backup:write')(fromApp, { bytes: new Uint8Array(1) }))).toEqual({
      code: 'unknown',
      detail: '[backup:write] failed: ENOSPC',
    });
  });
});

describe('registerIpc', () => {
  it('registers exactly the contract channels, so no other channel has a handler', () => {
    const handle = vi.fn();
    registerIpc({ ipcMain: { handle }, appOrigin: APP, handlers: fakeHandlers(), deps });
    expect(handle.mock.calls.map((c) => c[0] as string).sort()).toEqual([...ipcChannels].sort());
  });
});
