/**
 * What an office admin meets (docs/deploy.md): a device whose cursor is past the end of a
 * restored log is told so, a wrong enrolment code says why, and /health names the release.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChangesResponse,
  CURSOR_AHEAD,
  ErrorBody,
  HealthResponse,
  type EnrolResponse,
} from '../../shared/sync/wireSchemas';
import { makeInspection } from '../fixtures/builders';
import { bundleFrom, call, pull, pushBundle } from './support/client';
import { engines, startTestServer, type TestServer } from './support/testServer';

describe.each(engines)('operations on %s', (engine) => {
  let server: TestServer;
  let device: EnrolResponse;

  beforeAll(async () => {
    server = await startTestServer(engine);
    device = await server.enrol('141181');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a cursor past the end of the log with 409 cursor_ahead, the end itself with 200', async () => {
    const records = [
      makeInspection({ deviceId: device.deviceId }),
      makeInspection({ deviceId: device.deviceId }),
    ];
    expect((await pushBundle(server.url, device.token, bundleFrom(device, records))).status).toBe(
      200,
    );
    const end = ChangesResponse.parse((await pull(server.url, device.token)).json).cursor;
    expect(Number(end)).toBeGreaterThanOrEqual(2);
    expect((await pull(server.url, device.token, end)).status).toBe(200);
    for (const since of [String(Number(end) + 1), '999999999999999']) {
      const ahead = await pull(server.url, device.token, since);
      expect(ahead.status).toBe(409);
      expect(ErrorBody.parse(ahead.json).error).toMatchObject({ code: CURSOR_AHEAD });
      expect(ErrorBody.parse(ahead.json).error.message).toContain('pull again from 0');
    }
  });

  it('says "unknown or used code" when enrolment fails', async () => {
    const res = await call(`${server.url}/devices/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'AAAA-BBBB-CCCC', deviceName: '新笔记本' }),
    });
    expect(res.status).toBe(403);
    expect(ErrorBody.parse(res.json).error.message).toContain('unknown or used code');
  });

  it('reports the package version on /health', async () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const health = HealthResponse.parse((await call(`${server.url}/health`)).json);
    expect(health.packageVersion).toBe(pkg.version);
  });
});
