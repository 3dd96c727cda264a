/**
 * Picks the platform once: Electron when the preload exposed `window.bluesky`, the web
 * bridge otherwise. Features get the Bridge from here (or from services), never `window.*`.
 */
import type { Bridge } from '../../shared/ipc/bridge';
import type { PreloadApi } from '../../shared/ipc/contract';
import { createElectronBridge } from './electronBridge';
import { createWebBridge } from './webBridge';

declare global {
  interface Window {
    /** Set by src-main/preload in Electron; absent in a plain browser. */
    readonly bluesky?: PreloadApi;
  }
}

let bridge: Bridge | undefined;

export function getBridge(): Bridge {
  bridge ??= window.bluesky ? createElectronBridge(window.bluesky) : createWebBridge();
  return bridge;
}
