// CORS for web mode: only origins on the allow-list get headers; preflights are answered
// before auth; other origins get nothing a browser would accept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src-server/app';
import { parseCorsOrigins } from '../../src-server/cors';
import { openTestDatabase } from './support/testServer';
import type { FastifyInstance } from 'fastify';

const WEB = 'http://127.0.0.1:5173';
let app: FastifyInstance;
let cleanup: () => void;
let close: () => Promise<void>;

beforeAll(async () => {
  const opened = await openTestDatabase();
  cleanup = opened.cleanup;
  close = () => opened.opened.close();
  app = await buildApp({ db: opened.opened.db, engine: opened.opened.engine, corsOrigins: [WEB] });
});
afterAll(async () => {
  await app.close();
  await close();
  cleanup();
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin with the methods and headers sync uses', async () => {
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/bundles',
      headers: {
        origin: WEB,
        'access-control-request-method': 'POST',
        'access-control-request-headers':
          'authorization, content-type, content-encoding, x-bundle-id',
      },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(WEB);
    expect(res.headers['access-control-allow-methods']).toBe('GET, POST, PUT');
    expect(String(res.headers['access-control-allow-headers'])).toContain('x-bundle-checksum');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('adds the origin to real answers, errors included', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/changes',
      headers: { origin: WEB },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['access-control-allow-origin']).toBe(WEB);
    expect(res.headers.vary).toContain('Origin');
  });

  it.each(['http://evil.example', 'http://127.0.0.1:5174', 'null'])(
    'gives %s no CORS headers',
    async (origin) => {
      const pre = await app.inject({
        method: 'OPTIONS',
        url: '/api/v1/bundles',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      expect(pre.statusCode).not.toBe(204);
      const res = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    },
  );

  it('parses the allow-list strictly', () => {
    expect(
      parseCorsOrigins(
        ' http://127.0.0.1:5173 , https://office.lvliang.example ,*,http://a.example/path,ftp://x',
      ),
    ).toEqual(['http://127.0.0.1:5173', 'https://office.lvliang.example']);
    expect(parseCorsOrigins(undefined)).toEqual([]);
  });
});
