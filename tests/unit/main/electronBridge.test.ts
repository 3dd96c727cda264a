// The renderer's half of IPC (src-renderer/platform/electronBridge.ts) over a fake preload.
import { describe, expect, it, vi } from 'vitest';
import type { PreloadApi } from '../../../shared/ipc/contract';
import { AppError, encodeIpcErrorMessage } from '../../../shared/errors/appError';
import { createElectronBridge, ipcFailure } from '../../../src-renderer/platform/electronBridge';

function bridgeAnswering(answer: unknown) {
  const invoke = vi.fn(() => Promise.resolve(answer));
  return { bridge: createElectronBridge({ invoke } as unknown as PreloadApi), invoke };
}

describe('electron bridge', () => {
  it('maps Bridge calls onto contract channels', async () => {
    const { bridge, invoke } = bridgeAnswering({ savedTo: '/home/u/a.pdf' });
    const bytes = new Uint8Array([1]);
    expect(await bridge.saveFile('a.pdf', bytes, [{ name: 'PDF', extensions: ['pdf'] }])).toBe(
      '/home/u/a.pdf',
    );
    expect(invoke).toHaveBeenCalledWith('file:save', {
      suggestedName: 'a.pdf',
      bytes,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('parses what main answers', async () => {
    await expect(bridgeAnswering({ version: 1 }).bridge.getAppInfo()).rejects.toThrow();
    expect(await bridgeAnswering(null).bridge.openFile([])).toBeNull();
  });

  it("reads main's AppError out of Electron's wrapper, once, into a typed error", async () => {
    const carried = encodeIpcErrorMessage(
      new AppError('print.openFailed', undefined, '[file:openPdf] failed: No application'),
    );
    const invoke = vi.fn(() =>
      Promise.reject(
        new Error(
          `Error invoking remote method 'file:openPdf': IpcError: [file:openPdf] failed: x ${carried}`,
        ),
      ),
    );
    const bridge = createElectronBridge({ invoke });
    const failure: unknown = await bridge
      .openPdfForPrint('a.pdf', new Uint8Array(1))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({
      code: 'print.openFailed',
      detail: '[file:openPdf] failed: No application',
    });
  });

  it('makes anything without an AppError (the preload, Electron itself) an unknown error', () => {
    expect(ipcFailure(new Error('Unknown IPC channel: x'))).toMatchObject({
      code: 'unknown',
      detail: 'Unknown IPC channel: x',
    });
    // A marker followed by something that is not an AppError is not trusted either.
    expect(ipcFailure(new Error('§app-error§{"code":"not-a-code"}')).code).toBe('unknown');
    expect(ipcFailure(new Error('§app-error§{broken')).code).toBe('unknown');
  });

  it('refuses an answer that breaks the contract with ipc.invalidOutput', async () => {
    const failure: unknown = await bridgeAnswering({ version: 1 })
      .bridge.getAppInfo()
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'ipc.invalidOutput' });
  });
});
