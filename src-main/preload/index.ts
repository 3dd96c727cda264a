/**
 * Preload: exposes one frozen `window.bluesky` with a single `invoke`. It imports types
 * only from the contract, so the bundle is one CommonJS file that requires nothing but
 * `electron` (a sandboxed preload can load nothing else; zod stays out of it).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcChannel, PreloadApi } from '../../shared/ipc/contract';

/** `satisfies` makes a channel added to the contract a compile error until listed here. */
const allowedChannels = {
  'app:info': true,
  'file:save': true,
  'file:saveBegin': true,
  'file:saveChunk': true,
  'file:saveEnd': true,
  'file:open': true,
  'file:openPdf': true,
  'backup:write': true,
  'sync:status': true,
  'sync:enrol': true,
  'sync:request': true,
  'sync:forget': true,
} as const satisfies Record<IpcChannel, true>;

function isContractChannel(channel: unknown): channel is IpcChannel {
  return typeof channel === 'string' && Object.hasOwn(allowedChannels, channel);
}

const api: PreloadApi = Object.freeze({
  invoke(channel, input) {
    // The page may call this with anything; refuse before a message leaves the renderer.
    if (!isContractChannel(channel))
      return Promise.reject(new Error(`Unknown IPC channel: ${String(channel)}`));
    return ipcRenderer.invoke(channel, input);
  },
} satisfies PreloadApi);

contextBridge.exposeInMainWorld('bluesky', api);
