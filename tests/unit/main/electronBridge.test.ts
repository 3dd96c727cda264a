// The renderer's half of IPC (src-renderer/platform/electronBridge.ts) over a fake preload.
import { describe, expect, it, vi } from 'vitest';
import type { PreloadApi } from '../../../shared/ipc/contract';
import { createElectronBridge, unwrapIpcErrorMessage } from '../../../src-renderer/platform/electronBridge';

function bridgeAnswering(answer: unknown) {
  const invoke = vi.fn(() => Promise.resolve(answer));
  return { bridge: createElectronBridge({ invoke } as unknown as PreloadApi), invoke };
}

describe('electron bridge', () => {
  it('maps Bridge calls onto contract channels', async () => {
    const { bridge, invoke } = bridgeAnswering({ savedTo: '/home/u/a.pdf' });
    const bytes = new Uint8Array([1]);
    expect(await bridge.saveFile('a.pdf', bytes, [{ name: 'PDF', extensions: ['pdf'] }])).toBe('/home/u/a.pdf');
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

  it("returns main's message without Electron's wrapper", async () => {
    const invoke = vi.fn(() =>
      Promise.reject(new Error("Error invoking remote method 'backup:write': IpcError: [backup:write] failed: ENOSPC")),
    );
    const bridge = createElectronBridge({ invoke });
    await expect(bridge.writeBackup(new Uint8Array(1))).rejects.toThrow(/^\[backup:write\] failed: ENOSPC$/);
    expect(unwrapIpcErrorMessage('plain')).toBe('plain');
  });
});
