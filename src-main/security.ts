/**
 * Every web-contents guard from the Electron security checklist (TECH-NOTES §2), as plain
 * functions over the few Electron shapes they touch, so they are tested without Electron.
 */

/**
 * `scheme://host[:port]`, or null for URLs without a host (file:, data:, blob:, about:).
 * Not `URL.origin`: Node's WHATWG URL reports 'null' for every non-special scheme,
 * including our `app://bluesky`, while Chromium treats it as a standard, tuple origin.
 */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** True when `url` belongs to exactly `appOrigin`. Opaque ('null') origins never match. */
export function isAppUrl(url: string | null | undefined, appOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin === appOrigin;
}

/**
 * Permissions granted to our own origin, everything else is refused: Electron grants all
 * requests by default. `media` (webcam photos) and `geolocation` (site location) come with
 * later features; `persistent-storage` lets navigator.storage.persist() keep IndexedDB from
 * eviction (DESIGN: durability).
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  'media',
  'geolocation',
  'persistent-storage',
]);

interface PermissionRequestDetails {
  readonly requestingUrl?: string;
  readonly mediaTypes?: readonly string[];
}

/** `media` covers cameras and microphones; photos need the camera only. */
function isVideoOnly(mediaTypes: readonly string[] | undefined): boolean {
  return mediaTypes === undefined || mediaTypes.every((t) => t === 'video');
}

export function isPermissionRequestAllowed(
  permission: string,
  details: PermissionRequestDetails,
  appOrigin: string,
): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission) || !isAppUrl(details.requestingUrl, appOrigin))
    return false;
  return permission !== 'media' || isVideoOnly(details.mediaTypes);
}

export function isPermissionCheckAllowed(
  permission: string,
  requestingOrigin: string,
  details: { readonly mediaType?: string },
  appOrigin: string,
): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission) || !isAppUrl(requestingOrigin, appOrigin)) return false;
  return permission !== 'media' || details.mediaType !== 'audio';
}

/** The part of Electron's session the guards need. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: PermissionRequestDetails,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: unknown,
      permission: string,
      requestingOrigin: string,
      details: { readonly mediaType?: string },
    ) => boolean,
  ): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

export function installPermissionHandlers(session: GuardedSession, appOrigin: string): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionRequestAllowed(permission, details, appOrigin));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionCheckAllowed(permission, requestingOrigin, details, appOrigin),
  );
  // WebHID, WebUSB and Web Serial: no feature uses a device directly.
  session.setDevicePermissionHandler(() => false);
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the guards need. */
export interface GuardedWebContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps every web contents on our origin: navigation elsewhere, redirects, pop-ups and
 * <webview> are refused. External links are not opened either: nothing needs them yet, and
 * shell.openExternal would need its own allow-list.
 */
export function guardWebContents(contents: GuardedWebContents, appOrigin: string): void {
  const stayHome = (event: PreventableEvent, url: string) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
