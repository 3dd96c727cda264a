// The preload exposes one frozen `bluesky.invoke` that refuses channels outside the contract.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannels, type PreloadApi } from '../../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve('answer')),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

let api: PreloadApi;
beforeAll(async () => {
  await import('../../../src-main/preload/index');
  expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, exposed] = electron.exposeInMainWorld.mock.calls[0] as [string, PreloadApi];
  expect(name).toBe('bluesky');
  api = exposed;
});

describe('preload', () => {
  it('exposes a frozen object with invoke only (never ipcRenderer)', () => {
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api)).toEqual(['invoke']);
  });

  it.each(ipcChannels)('forwards %s', async (channel) => {
    await expect(api.invoke(channel, undefined as never)).resolves.toBe('answer');
    expect(electron.invoke).toHaveBeenLastCalledWith(channel, undefined);
  });

  it.each(['shell:openExternal', 'toString', '__proto__', 'constructor', ''])(
    'refuses the unknown channel %j without sending it',
    async (channel) => {
      electron.invoke.mockClear();
      await expect(api.invoke(channel as never, undefined as never)).rejects.toThrow(
        'Unknown IPC channel',
      );
      expect(electron.invoke).not.toHaveBeenCalled();
    },
  );
});
