/**
 * Resource limits on loopback, each bounded in time (docs/sync.md "Limits"): gzip inflated
 * under the plain body cap as it streams, encodings and content types, gzip pulls, the rate
 * limit keyed on the device or the address, and the gate on concurrent pushes and pulls.
 */
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { Receipt } from '../../shared/bundle/receiptSchema';
import { ChangesResponse, ErrorBody, type EnrolResponse } from '../../shared/sync/wireSchemas';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import { makeInspection } from '../fixtures/builders';
import { bundleFrom, call, pull, pushBundle, pushGzipLabelled } from './support/client';
import { dumpTables, engines, startTestServer, type TestServer } from './support/testServer';

function code(json: unknown): string {
  return ErrorBody.parse(json).error.code;
}

/** A raw request whose body is written by the caller, to hold it open on purpose. */
function openPush(url: string, token: string, headers: Record<string, string> = {}) {
  const target = new URL(`${url}/bundles`);
  let resolveReply: (r: { status: number; body: string }) => void = () => undefined;
  const reply = new Promise<{ status: number; body: string }>((resolve) => {
    resolveReply = resolve;
  });
  const req = httpRequest(
    {
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    },
    (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolveReply({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    },
  );
  req.on('error', () => resolveReply({ status: 0, body: '' }));
  return { req, reply };
}

function rawGet(
  url: string,
  token: string,
  acceptEncoding: string,
): Promise<{ headers: Record<string, unknown>; bytes: Buffer }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        headers: { authorization: `Bearer ${token}`, 'accept-encoding': acceptEncoding },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe.each(engines)('resource limits on %s', (engine) => {
  let server: TestServer;
  let device: EnrolResponse;

  beforeAll(async () => {
    server = await startTestServer(engine, { limits: { bodyLimitBytes: 1024 * 1024 } });
    device = await server.enrol('141181');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('stops a gzip bomb at the plain body cap; eight at once leave /health answering', async () => {
    // 64 MB of a valid JSON string: 1 MB is the cap, inflated or not.
    const json = new TextEncoder().encode(`"${'a'.repeat(64 * 1024 * 1024 - 2)}"`);
    const bomb = gzipSync(json, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const before = await dumpTables(server.opened);
    const started = Date.now();
    const bombs = Array.from({ length: 8 }, () => pushGzipLabelled(server.url, device.token, bomb));
    const healthStarted = Date.now();
    const health = await call(`${server.url}/health`);
    const healthMs = Date.now() - healthStarted;
    const replies = await Promise.all(bombs);
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(2_000);
    for (const r of replies) {
      expect([413, 429, 503]).toContain(r.status);
      expect(code(r.json).length).toBeGreaterThan(0);
    }
    expect(replies.filter((r) => r.status === 413).length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await dumpTables(server.opened)).toEqual(before);
  });

  it('reads Content-Encoding in any case; 415 for an unknown encoding or a wrong content type', async () => {
    const bundle = bundleFrom(device, [makeInspection({ deviceId: device.deviceId })]);
    const gz = Buffer.from(gzipSync(new TextEncoder().encode(JSON.stringify(bundle))));
    const upper = await call(`${server.url}/bundles`, {
      method: 'POST',
      token: device.token,
      headers: { 'content-type': 'application/json', 'content-encoding': 'GZIP' },
      body: gz,
    });
    expect(upper.status).toBe(200);
    expect(Receipt.parse(upper.json).records[0]?.result).toBe('accepted');
    for (const encoding of ['br', 'deflate', 'compress']) {
      const res = await call(`${server.url}/bundles`, {
        method: 'POST',
        token: device.token,
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        body: gz,
      });
      expect(res.status, encoding).toBe(415);
      expect(code(res.json)).toBe('unsupported_encoding');
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'image/png']) {
      const res = await call(`${server.url}/bundles`, {
        method: 'POST',
        token: device.token,
        headers: { 'content-type': type },
        body: JSON.stringify(bundle),
      });
      expect(res.status, type).toBe(415);
      expect(code(res.json)).toBe('unsupported_media_type');
    }
  });

  it('gzips pulls for a client that accepts gzip, and fetch reads them', async () => {
    const records = Array.from({ length: 30 }, (_, i) =>
      makeInspection({ deviceId: device.deviceId, place: `孝义市梧桐镇工业园区 ${i} 号车间` }),
    );
    expect((await pushBundle(server.url, device.token, bundleFrom(device, records))).status).toBe(
      200,
    );
    const url = `${server.url}/changes?since=0`;
    const zipped = await rawGet(url, device.token, 'gzip, deflate, br');
    const plain = await rawGet(url, device.token, 'identity');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.bytes.length * 3).toBeLessThan(plain.bytes.length);
    expect(gunzipSync(zipped.bytes).toString('utf8')).toBe(plain.bytes.toString('utf8'));
    const viaFetch = ChangesResponse.parse((await pull(server.url, device.token)).json);
    expect(viaFetch.changes.length).toBeGreaterThanOrEqual(30);
  });
});

describe.each(engines)('rate limit and concurrency on %s', (engine) => {
  let server: TestServer;
  let a: EnrolResponse;
  let b: EnrolResponse;
  let c: EnrolResponse;

  beforeAll(async () => {
    server = await startTestServer(engine, {
      limits: { heavy: { maxActive: 1, maxPerKey: 1, maxQueued: 1 } },
    });
    a = await server.enrol('141181', '甲');
    b = await server.enrol('141181', '乙');
    c = await server.enrol('141181', '丙');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('holds one slow push: the same device gets 429, the next waits, one more gets 503, /health answers', async () => {
    const text = JSON.stringify(bundleFrom(a, [makeInspection({ deviceId: a.deviceId })]));
    const slow = openPush(server.url, a.token, {
      'content-length': String(Buffer.byteLength(text)),
    });
    slow.req.write(text.slice(0, 100));
    await new Promise((r) => setTimeout(r, 100));

    const again = await pushBundle(server.url, a.token, text);
    expect(again.status).toBe(429);
    expect(code(again.json)).toBe('too_many_parallel');
    const queued = pushBundle(
      server.url,
      b.token,
      bundleFrom(b, [makeInspection({ deviceId: b.deviceId })]),
    );
    await new Promise((r) => setTimeout(r, 100));
    const refused = await pushBundle(
      server.url,
      c.token,
      bundleFrom(c, [makeInspection({ deviceId: c.deviceId })]),
    );
    expect(refused.status).toBe(503);
    expect(code(refused.json)).toBe('server_busy');
    const health = await call(`${server.url}/health`);
    expect(health.status).toBe(200);

    slow.req.end(text.slice(100));
    expect((await slow.reply).status).toBe(200);
    expect((await queued).status).toBe(200);
    // And the gate is free again.
    expect(
      (
        await pushBundle(
          server.url,
          c.token,
          bundleFrom(c, [makeInspection({ deviceId: c.deviceId })]),
        )
      ).status,
    ).toBe(200);
  });

  it('gives a slot back when a push is aborted', async () => {
    for (let i = 0; i < 3; i++) {
      const aborted = openPush(server.url, a.token, { 'content-length': '100000' });
      aborted.req.write('{"format":');
      await new Promise((r) => setTimeout(r, 50));
      aborted.req.destroy();
      await aborted.reply;
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((await pull(server.url, a.token)).status).toBe(200);
  });
});

describe('rate limit keys', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('sqlite', {
      limits: { rateLimitPerMinute: 30, enrolPerMinute: 10 },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('counts a fresh junk token per request against the address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++)
      statuses.push((await pull(server.url, `junk${String(i).padStart(20, '0')}`)).status);
    expect(statuses.slice(0, 25).every((s) => s === 401)).toBe(true);
    expect(statuses.indexOf(429)).toBeGreaterThan(0);
    expect(statuses.indexOf(429)).toBeLessThanOrEqual(31);
  });

  it('meets 429 well before the end of 200 enrolment guesses, per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      const res = await call(`${server.url}/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          code: `GUES-S${String(i).padStart(3, '0')}-XXXX`,
          deviceName: '猜码机',
        }),
      });
      statuses.push(res.status);
      if (res.status === 429) break;
    }
    expect(statuses[0]).toBe(403);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeLessThanOrEqual(11);
  });

  it('keys an enrolled device on itself: one device spending its budget leaves the other alone', async () => {
    // Enrolment is limited per address, and the guesses above spent it: codes straight into the store.
    const enrolled: { token: string }[] = [];
    for (const name of ['甲', '乙']) {
      const { code: enrolCode } = await createEnrolCode(server.opened.db, '141181', 24, new Date());
      const { enrolDevice } = await import('../../src-server/store/deviceStore');
      enrolled.push(
        await enrolDevice(server.opened.db, server.opened.engine, enrolCode, name, new Date()),
      );
    }
    const [first, second] = enrolled;
    let limited = false;
    for (let i = 0; i < 35 && !limited; i++)
      limited = (await pull(server.url, first?.token ?? '')).status === 429;
    expect(limited).toBe(true);
    expect((await pull(server.url, second?.token ?? '')).status).toBe(200);
  });
});
