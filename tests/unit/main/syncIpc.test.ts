// The sync:* channels in main against the REAL office server: the sender check, zod on every
// input, the allow-list of paths, the body cap, and the token kept in main (encrypted at
// rest, never in an answer to the renderer).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAllowedSyncRequest, MAX_SYNC_BODY_BYTES } from '../../../shared/ipc/contract';
import { ipcHandlers, type HandlerDeps } from '../../../src-main/ipc/handlers';
import { createChannelHandler, type InvokeEvent } from '../../../src-main/ipc/registerIpc';
import { createSyncLinkStore, type SecretBox } from '../../../src-main/ipc/syncLinkStore';
import { createEnrolCode } from '../../../src-server/store/deviceStore';
import { startTestServer, type TestServer } from '../../server/support/testServer';

const APP = 'app://bluesky';
const fromApp: InvokeEvent = { senderFrame: { url: 'app://bluesky/index.html' } };

let server: TestServer;
let origin: string;
let dir: string;
let encryption = true;
const box: SecretBox = {
  isEncryptionAvailable: () => encryption,
  // Stands in for the OS keychain: reversible, and never the plain text.
  encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((b) => b ^ 0x5a)),
  decryptString: (enc) => Buffer.from([...enc].map((b) => b ^ 0x5a)).toString('utf8'),
};
const fetchSpy = vi.fn((input: string | URL | Request, init?: RequestInit) => fetch(input, init));

beforeAll(async () => {
  server = await startTestServer();
  origin = server.url.replace(/\/api\/v1$/, '');
});
afterAll(async () => server.close());
beforeEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = await mkdtemp(join(tmpdir(), 'bluesky-sync-ipc-'));
  encryption = true;
  fetchSpy.mockClear();
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

function deps(): HandlerDeps {
  return {
    appInfo: () => ({ version: '0.1.0', platform: 'linux', locale: 'zh-CN' }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    documentsDir: dir,
    backupsDir: join(dir, 'backups'),
    now: () => new Date(),
    sync: { store: createSyncLinkStore(join(dir, 'sync-link.json'), box), fetch: fetchSpy },
  };
}

function channels() {
  const d = deps();
  const options = { appOrigin: APP, handlers: ipcHandlers, deps: d };
  return {
    d,
    status: createChannelHandler('sync:status', options),
    enrol: createChannelHandler('sync:enrol', options),
    request: createChannelHandler('sync:request', options),
    forget: createChannelHandler('sync:forget', options),
  };
}

async function enrolled() {
  const c = channels();
  const { code } = await createEnrolCode(server.opened.db, '141181', 24, new Date());
  const link = await c.enrol(fromApp, {
    serverUrl: `${origin}/`,
    code,
    deviceName: '孝义分局 笔记本 01',
  });
  return { ...c, link };
}

describe('sync:enrol and the token', () => {
  it('enrols, keeps the token encrypted in main and never returns it', async () => {
    const { link, status, d } = await enrolled();
    expect(link).toMatchObject({
      serverUrl: origin,
      scope: '141181',
      deviceName: '孝义分局 笔记本 01',
      role: 'field',
    });
    expect(Object.keys(link as object).sort()).toEqual([
      'deviceName',
      'role',
      'scope',
      'serverDeviceId',
      'serverUrl',
    ]);
    const stored = await d.sync?.store.read();
    const token = stored?.token ?? '';
    expect(token.length).toBeGreaterThanOrEqual(22);
    expect(JSON.stringify(link)).not.toContain(token);
    expect(JSON.stringify(await status(fromApp, undefined))).not.toContain(token);
    const file = await readFile(join(dir, 'sync-link.json'), 'utf8');
    expect(file).not.toContain(token);
  });

  it('refuses to store a token where the OS offers no encryption, and writes nothing', async () => {
    encryption = false;
    const c = channels();
    const { code } = await createEnrolCode(server.opened.db, '141181', 24, new Date());
    await expect(
      c.enrol(fromApp, { serverUrl: origin, code, deviceName: '笔记本' }),
    ).rejects.toThrow(/"code":"sync\.noSecureStorage"/);
    await expect(readFile(join(dir, 'sync-link.json'))).rejects.toThrow();
  });

  it('a used code is refused with the server’s code', async () => {
    const c = channels();
    await expect(
      c.enrol(fromApp, { serverUrl: origin, code: 'ABCD-EFGH-JKLM', deviceName: '笔记本' }),
    ).rejects.toThrow(/"code":"server\.enrolCodeInvalid".*HTTP 403 enrol_code_invalid/);
  });

  it.each([
    'ftp://10.0.0.1/',
    'http://admin:secret@10.0.0.1:8787',
    'http://10.0.0.1:8787/?x=1',
    'javascript:alert(1)',
    '不是地址',
  ])('refuses the server address %s before any request', async (serverUrl) => {
    const c = channels();
    await expect(
      c.enrol(fromApp, { serverUrl, code: 'ABCD-EFGH', deviceName: '笔记本' }),
    ).rejects.toThrow(/invalid-input: serverUrl: errors\.sync\.serverUrl/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('sync:request', () => {
  it('adds the token in main: an allowed request is answered', async () => {
    const { request } = await enrolled();
    const reply = (await request(fromApp, {
      method: 'GET',
      path: '/changes?since=0&limit=10',
    })) as { status: number; body: Uint8Array };
    expect(reply.status).toBe(200);
    expect(JSON.parse(new TextDecoder().decode(reply.body))).toMatchObject({
      changes: [],
      more: false,
    });
    const init = fetchSpy.mock.calls.at(-1)?.[1];
    expect(init?.redirect).toBe('error');
  });

  it.each([
    ['GET', '/devices'],
    ['POST', '/devices/enrol'],
    ['GET', '/../admin'],
    ['GET', 'http://evil.example/api'],
    ['GET', '//evil.example/x'],
    ['GET', '/changes?since=1&limit=5&x=2'],
    ['GET', '/attachments/xyz'],
    ['PUT', '/bundles'],
    ['DELETE', '/bundles'],
  ])('refuses %s %s before a socket opens', async (method, path) => {
    const { request } = await enrolled();
    fetchSpy.mockClear();
    const body = method === 'GET' ? undefined : new Uint8Array([123, 125]);
    await expect(request(fromApp, { method, path, ...(body ? { body } : {}) })).rejects.toThrow(
      /invalid-input/,
    );
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('caps the body and refuses a GET with one', async () => {
    const { request } = await enrolled();
    fetchSpy.mockClear();
    await expect(
      request(fromApp, {
        method: 'POST',
        path: '/bundles',
        body: new Uint8Array(MAX_SYNC_BODY_BYTES + 1),
      }),
    ).rejects.toThrow(/"code":"sync\.bodyTooLarge"/);
    await expect(
      request(fromApp, { method: 'GET', path: '/health', body: new Uint8Array(1) }),
    ).rejects.toThrow(/errors\.sync\.bodyMismatch/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('checks the sender first', async () => {
    const { request } = await enrolled();
    fetchSpy.mockClear();
    await expect(
      request(
        { senderFrame: { url: 'https://evil.example/' } },
        { method: 'GET', path: '/health' },
      ),
    ).rejects.toThrow(/forbidden/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('says so when not enrolled, and forget removes the enrolment', async () => {
    const c = channels();
    await expect(c.request(fromApp, { method: 'GET', path: '/health' })).rejects.toThrow(
      /"code":"sync\.notEnrolled"/,
    );
    const { forget, status } = await enrolled();
    expect(await forget(fromApp, undefined)).toEqual({ forgotten: true });
    expect(await status(fromApp, undefined)).toBeNull();
  });
});

describe('allow-list', () => {
  it.each([
    ['GET', '/health', true],
    ['POST', '/attachments/missing', true],
    ['PUT', `/attachments/${'a'.repeat(64)}`, true],
    ['GET', `/attachments/${'a'.repeat(64)}`, true],
    ['POST', '/bundles', true],
    ['GET', '/changes?since=123456789012345', true],
    ['GET', '/changes?since=1&limit=500', true],
    ['GET', '/changes', false],
    ['PUT', `/attachments/${'A'.repeat(64)}`, false],
    ['GET', '/health?x', false],
    ['GET', '/changes?since=1&limit=500&outbox=12', true],
    ['GET', '/changes?since=1&limit=500&outbox=-1', false],
    ['GET', '/devices/me', true],
    ['GET', '/admin/devices', true],
    ['POST', '/admin/devices/0190f5a4-0000-7000-8000-000000000000/revoke', true],
    ['POST', '/admin/devices/../../etc/revoke', false],
    ['DELETE', '/admin/devices', false],
  ])('%s %s → %s', (method, path, allowed) => {
    expect(isAllowedSyncRequest(method, path)).toBe(allowed);
  });
});
