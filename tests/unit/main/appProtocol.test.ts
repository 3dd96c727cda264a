// The app:// resolver and server: traversal refused, index.html served, CSP on every answer.
import { mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP, resolveAppAsset, serveAppRequest } from '../../../src-main/appProtocol';

const root = '/srv/app/out/renderer';

describe('resolveAppAsset', () => {
  it.each([
    ['app://bluesky/', 'index.html'],
    ['app://bluesky/index.html', 'index.html'],
    ['app://bluesky/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://bluesky/inspections/42', 'index.html'],
    ['app://bluesky/assets/%E5%AD%97.woff2', 'assets/字.woff2'],
  ])('%s → %s', (url, file) => {
    expect(resolveAppAsset(url, root)).toMatchObject({ kind: 'file', path: join(root, file) });
  });

  it.each(['app://bluesky/../../etc/passwd.txt', 'app://bluesky/%2e%2e/%2e%2e/etc/passwd.txt'])(
    'keeps %s inside the root (URL parsing folds literal dot segments)',
    (url) => {
      const result = resolveAppAsset(url, root);
      expect(result).toMatchObject({ kind: 'file', path: join(root, 'etc/passwd.txt') });
    },
  );

  it.each([
    'app://bluesky/..%2f..%2fetc%2fpasswd.txt',
    'app://bluesky/assets/..%2f..%2f..%2fsecret.js',
    'app://bluesky/..%5c..%5csecret.js',
    'app://bluesky/a%00.js',
    'app://bluesky/%E0%A4%A.js',
    'app://evil/index.html',
    'https://bluesky/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(url, root).kind).toBe('notFound');
  });

  it('gives known types and a safe default', () => {
    const type = (u: string) => {
      const r = resolveAppAsset(u, root);
      return r.kind === 'file' ? r.mimeType : null;
    };
    expect(type('app://bluesky/index.html')).toBe('text/html; charset=utf-8');
    expect(type('app://bluesky/a.js')).toBe('text/javascript; charset=utf-8');
    expect(type('app://bluesky/a.css')).toBe('text/css; charset=utf-8');
    expect(type('app://bluesky/a.wasm')).toBe('application/wasm');
    expect(type('app://bluesky/a.SVG')).toBe('image/svg+xml');
    expect(type('app://bluesky/a.xyz')).toBe('application/octet-stream');
  });
});

describe('serveAppRequest', () => {
  let dir: string;
  const deps = () => ({ rootDir: dir, readFile: (p: string) => readFile(p) });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bluesky-protocol-'));
    await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>蓝天巡查</title>');
    await writeFile(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'outside the root');
    dir = join(dir, 'renderer');
  });
  afterAll(async () => rm(join(dir, '..'), { recursive: true, force: true }));

  it('serves index.html with its type, the CSP header and nosniff', async () => {
    const res = await serveAppRequest(new Request('app://bluesky/'), deps());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('蓝天巡查');
  });

  it('serves an asset as JavaScript', async () => {
    const res = await serveAppRequest(new Request('app://bluesky/assets/app.js'), deps());
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for traversal and missing files, 405 for writes', async () => {
    const traversal = await serveAppRequest(new Request('app://bluesky/..%2fsecret.txt'), deps());
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain('outside');
    expect((await serveAppRequest(new Request('app://bluesky/missing.js'), deps())).status).toBe(
      404,
    );
    expect((await serveAppRequest(new Request('app://bluesky/assets'), deps())).status).toBe(200); // a route
    expect(
      (
        await serveAppRequest(
          new Request('app://bluesky/x.js', { method: 'POST', body: 'x' }),
          deps(),
        )
      ).status,
    ).toBe(405);
  });

  it('keeps the CSP strict: no remote scripts, no eval, no network from the page', () => {
    expect(APP_CSP).toContain("default-src 'self'");
    expect(APP_CSP).toContain("connect-src 'self'");
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).not.toMatch(/'unsafe-eval'|script-src[^;]*(https?:|\*)/);
  });
});
