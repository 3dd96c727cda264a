// Navigation, pop-ups, webviews and permissions are refused unless they are our own origin.
import { describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
  installPermissionHandlers,
  isAppUrl,
  originOf,
  type GuardedSession,
  type GuardedWebContents,
} from '../../../src-main/security';

const APP = 'app://bluesky';

describe('origins', () => {
  it.each([
    ['app://bluesky/index.html', 'app://bluesky'],
    ['http://localhost:5173/x', 'http://localhost:5173'],
    ['file:///etc/passwd', null],
    ['data:text/html,hi', null],
    ['blob:app://bluesky/1234', null],
    ['about:blank', null],
    ['', null],
    [null, null],
  ])('%s → %s', (url, origin) => expect(originOf(url)).toBe(origin));

  it.each([
    'app://bluesky.evil/x',
    'app://evil/x',
    'https://bluesky/x',
    'app://bluesky:8080/x',
    'file:///x',
  ])('%s is not ours', (url) => expect(isAppUrl(url, APP)).toBe(false));
});

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedWebContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const fire = (event: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ preventDefault }, url ?? '');
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('guardWebContents', () => {
  it('denies navigation and redirects away from the app, allows in-app ones', () => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents, APP);
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'app://evil/')).toBe(true);
    expect(fire('will-navigate', 'app://bluesky/inspections/1')).toBe(false);
  });

  it('denies window.open and webviews', () => {
    const { contents, fire, open } = fakeContents();
    guardWebContents(contents, APP);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://bluesky/index.html')).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
  });
});

describe('permission handlers', () => {
  function install() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    } satisfies GuardedSession;
    installPermissionHandlers(session, APP);
    type RequestHandler = Parameters<GuardedSession['setPermissionRequestHandler']>[0];
    type CheckHandler = Parameters<GuardedSession['setPermissionCheckHandler']>[0];
    const onRequest = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler;
    const onCheck = session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler;
    const onDevice = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (
      d: unknown,
    ) => boolean;
    const request = (permission: string, requestingUrl: string, mediaTypes?: string[]) => {
      const callback = vi.fn();
      onRequest(null, permission, callback, {
        requestingUrl,
        ...(mediaTypes ? { mediaTypes } : {}),
      });
      return callback.mock.calls[0]?.[0] as boolean;
    };
    return { request, check: onCheck, onDevice };
  }

  it.each([
    'notifications',
    'clipboard-read',
    'openExternal',
    'midiSysex',
    'fullscreen',
    'display-capture',
    'hid',
  ])('denies %s even to our origin', (permission) => {
    const { request, check } = install();
    expect(request(permission, 'app://bluesky/index.html')).toBe(false);
    expect(check(null, permission, 'app://bluesky', {})).toBe(false);
  });

  it('grants camera and location to our origin only', () => {
    const { request, check } = install();
    expect(request('media', 'app://bluesky/index.html', ['video'])).toBe(true);
    expect(request('geolocation', 'app://bluesky/index.html')).toBe(true);
    expect(check(null, 'geolocation', 'app://bluesky/', {})).toBe(true);
    expect(request('media', 'https://evil.example/', ['video'])).toBe(false);
    expect(request('geolocation', 'file:///x.html')).toBe(false);
    expect(check(null, 'media', 'https://evil.example', { mediaType: 'video' })).toBe(false);
  });

  it('refuses the microphone: photos need the camera only', () => {
    const { request, check } = install();
    expect(request('media', 'app://bluesky/index.html', ['video', 'audio'])).toBe(false);
    expect(check(null, 'media', 'app://bluesky', { mediaType: 'audio' })).toBe(false);
  });

  it('refuses USB, HID and serial devices', () => {
    expect(install().onDevice({})).toBe(false);
  });
});
