/**
 * Device administration (docs/deploy.md "Devices"): server-assigned short ids unique under
 * concurrent enrolment, the device list, revocation with its own 401 code, admin-only routes,
 * the CLI, and the m004 migration giving devices enrolled before their short ids.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDeviceShortId, parseRecordNumber } from '../../shared/records/recordNumber';
import {
  DeviceListResponse,
  DeviceSelfResponse,
  EnrolResponse,
  ErrorBody,
} from '../../shared/sync/wireSchemas';
import { migrate, openDatabase } from '../../src-server/db/openDatabase';
import type { ServerDatabase } from '../../src-server/db/schema';
import * as m001 from '../../src-server/migrations/m001_initial';
import * as m002 from '../../src-server/migrations/m002_bundle_body_digest';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import { makeInspection } from '../fixtures/builders';
import { bundleFrom, call, pull, pushBundle } from './support/client';
import { dumpTables, engines, startTestServer, type TestServer } from './support/testServer';

const errorCode = (json: unknown) => ErrorBody.parse(json).error.code;

describe.each(engines)('devices on %s', (engine) => {
  let server: TestServer;
  let admin: EnrolResponse;
  let field: EnrolResponse;

  beforeAll(async () => {
    // Enrolment's own per-address limit would stop the 50 enrolments below: raised here, tested in limits.test.ts.
    server = await startTestServer(engine, { limits: { enrolPerMinute: 1_000 } });
    admin = await server.enrol('city', '市局 管理机', 'admin');
    field = await server.enrol('141181', '孝义分局 笔记本 01');
  });
  afterAll(() => server.close());

  it('hands out four-character short ids that no laptop-made id can equal', () => {
    expect(admin.shortId).toMatch(/^[23456789A-HJKMNP-Z]{4}$/);
    expect(field.shortId).toMatch(/^[23456789A-HJKMNP-Z]{4}$/);
    expect(field.shortId).not.toBe(admin.shortId);
    expect(isDeviceShortId(field.shortId ?? '')).toBe(true);
    // A record number with a server short id parses, as the laptop's three-character ones do.
    expect(parseRecordNumber(`孝义-2026-${field.shortId}-0001`)?.deviceShortId).toBe(field.shortId);
    expect(parseRecordNumber('孝义-2026-D7K-0042')?.deviceShortId).toBe('D7K');
  });

  it('gives 50 devices enrolling at once 50 different short ids', async () => {
    const codes = await Promise.all(
      Array.from({ length: 50 }, () => createEnrolCode(server.opened.db, '141181', 24, new Date())),
    );
    const replies = await Promise.all(
      codes.map(({ code }, i) =>
        call(`${server.url}/devices/enrol`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, deviceName: `并发 ${i}` }),
        }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array.from({ length: 50 }, () => 201));
    const enrolled = replies.map((r) => EnrolResponse.parse(r.json));
    expect(new Set(enrolled.map((e) => e.shortId)).size).toBe(50);
    // Everything the server holds, the earlier devices too: all distinct.
    const all = await server.opened.db.selectFrom('devices').select(['short_id']).execute();
    const ids = all.map((d) => d.short_id);
    expect(ids.every((id) => typeof id === 'string' && id.length === 4)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tells a device its own short id, scope and role', async () => {
    const me = await call(`${server.url}/devices/me`, { token: field.token });
    expect(me.status).toBe(200);
    expect(DeviceSelfResponse.parse(me.json)).toMatchObject({
      deviceId: field.deviceId,
      shortId: field.shortId,
      scope: '141181',
      role: 'field',
      name: '孝义分局 笔记本 01',
    });
  });

  it('lists devices to an admin device only, with last sync and the outbox size the device reported', async () => {
    expect(
      (await call(`${server.url}/changes?since=0&outbox=7`, { token: field.token })).status,
    ).toBe(200);
    const refused = await call(`${server.url}/admin/devices`, { token: field.token });
    expect(refused.status).toBe(403);
    expect(errorCode(refused.json)).toBe('admin_only');

    const listed = await call(`${server.url}/admin/devices`, { token: admin.token });
    expect(listed.status).toBe(200);
    const devices = DeviceListResponse.parse(listed.json).devices;
    const row = devices.find((d) => d.id === field.deviceId);
    expect(row).toMatchObject({
      name: '孝义分局 笔记本 01',
      scope: '141181',
      role: 'field',
      shortId: field.shortId,
      revokedAt: null,
      outboxSize: 7,
    });
    expect(Date.parse(row?.lastSyncAt ?? '')).not.toBeNaN();
    expect(Date.parse(row?.lastSeenAt ?? '')).not.toBeNaN();
    expect(Date.parse(row?.enrolledAt ?? '')).not.toBeNaN();
    expect(devices.find((d) => d.id === admin.deviceId)?.role).toBe('admin');
    // No secret leaves the server.
    expect(JSON.stringify(listed.json)).not.toMatch(/token|hash/i);
  });

  it('revokes a device: 401 device_revoked on every route, its records kept for everyone else', async () => {
    const laptop = await server.enrol('141181', '将被停用');
    const record = makeInspection({ deviceId: laptop.deviceId });
    expect((await pushBundle(server.url, laptop.token, bundleFrom(laptop, [record]))).status).toBe(
      200,
    );

    expect(
      (
        await call(`${server.url}/admin/devices/${laptop.deviceId}/revoke`, {
          method: 'POST',
          token: field.token,
        })
      ).status,
    ).toBe(403);
    const revoked = await call(`${server.url}/admin/devices/${laptop.deviceId}/revoke`, {
      method: 'POST',
      token: admin.token,
    });
    expect(revoked.status).toBe(200);

    for (const reply of [
      await pull(server.url, laptop.token),
      await pushBundle(
        server.url,
        laptop.token,
        bundleFrom(laptop, [makeInspection({ deviceId: laptop.deviceId })]),
      ),
      await call(`${server.url}/devices/me`, { token: laptop.token }),
      await call(`${server.url}/attachments/missing`, {
        method: 'POST',
        token: laptop.token,
        headers: { 'content-type': 'application/json' },
        body: '{"hashes":[]}',
      }),
    ]) {
      expect(reply.status).toBe(401);
      expect(errorCode(reply.json)).toBe('device_revoked');
    }
    // An unknown token is still plain unauthorized: the code tells only a revoked device apart.
    expect(errorCode((await pull(server.url, 'y'.repeat(43))).json)).toBe('unauthorized');

    const pulled = await pull(server.url, field.token);
    expect(JSON.stringify(pulled.json)).toContain(record.id);
    const list = DeviceListResponse.parse(
      (await call(`${server.url}/admin/devices`, { token: admin.token })).json,
    ).devices;
    expect(Date.parse(list.find((d) => d.id === laptop.deviceId)?.revokedAt ?? '')).not.toBeNaN();
  });

  it('refuses revoking itself, an unknown device and a malformed id, changing nothing', async () => {
    const before = await dumpTables(server.opened);
    const self = await call(`${server.url}/admin/devices/${admin.deviceId}/revoke`, {
      method: 'POST',
      token: admin.token,
    });
    expect(self.status).toBe(409);
    expect(errorCode(self.json)).toBe('cannot_revoke_self');
    const unknown = await call(
      `${server.url}/admin/devices/0190f5a4-0000-7000-8000-000000000000/revoke`,
      { method: 'POST', token: admin.token },
    );
    expect(unknown.status).toBe(404);
    const malformed = await call(`${server.url}/admin/devices/..%2F..%2Fetc/revoke`, {
      method: 'POST',
      token: admin.token,
    });
    expect(malformed.status).toBe(400);
    const afterTables = await dumpTables(server.opened);
    // Only the admin's own last-seen time may move.
    const strip = (t: Record<string, string[]>) => ({
      ...t,
      devices: (t.devices ?? []).map((row) => row.replace(/"last_seen_at":"[^"]*"/, '')),
    });
    expect(strip(afterTables)).toEqual(strip(before));
  });

  it('refuses an admin enrolment code for a county scope', async () => {
    await expect(
      createEnrolCode(server.opened.db, '141181', 24, new Date(), 'admin'),
    ).rejects.toThrow(/city scope/);
  });
});

describe('m004 on a database with devices enrolled before it', () => {
  it('gives each existing device a distinct short id, in enrolment order, and keeps them working', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bluesky-m004-'));
    try {
      const file = new SqliteDatabase(join(dir, 'old.sqlite'));
      const old = new Kysely<ServerDatabase>({ dialect: new SqliteDialect({ database: file }) });
      const migrator = new Migrator({
        db: old,
        provider: {
          getMigrations: () =>
            Promise.resolve({ m001_initial: m001, m002_bundle_body_digest: m002 }),
        },
      });
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      for (const [i, id] of [
        '0190f5a4-0000-7000-8000-00000000000b',
        '0190f5a4-0000-7000-8000-00000000000a',
      ].entries()) {
        await old
          .insertInto('devices')
          .values({
            id,
            name: `旧设备 ${i}`,
            scope: '141181',
            token_hash: `h${i}`,
            created_at: `2026-0${i + 1}-01T00:00:00.000Z`,
            revoked: 0,
          } as never)
          .execute();
      }
      await migrate(old);
      const rows = await old
        .selectFrom('devices')
        .select(['id', 'short_id', 'short_seq', 'role'])
        .orderBy('created_at')
        .execute();
      expect(rows.map((r) => r.short_seq)).toEqual([0, 1]);
      expect(rows.every((r) => r.role === 'field' && r.short_id?.length === 4)).toBe(true);
      expect(new Set(rows.map((r) => r.short_id)).size).toBe(2);
      await old.destroy();

      // The next enrolment continues after them.
      const reopened = await openDatabase({ dataDir: dir, fileName: 'old.sqlite' });
      const { code } = await createEnrolCode(reopened.db, 'city', 1, new Date());
      const { enrolDevice } = await import('../../src-server/store/deviceStore');
      const next = await enrolDevice(reopened.db, 'sqlite', code, '新设备', new Date());
      const seqs = await reopened.db
        .selectFrom('devices')
        .select('short_seq')
        .where('id', '=', next.deviceId)
        .executeTakeFirstOrThrow();
      expect(seqs.short_seq).toBe(2);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the devices CLI', () => {
  it('lists devices and revokes one by id; an unknown id revokes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bluesky-devices-cli-'));
    try {
      const opened = await openDatabase({ dataDir: dir });
      const { code } = await createEnrolCode(opened.db, '141181', 1, new Date());
      const { enrolDevice } = await import('../../src-server/store/deviceStore');
      const device = await enrolDevice(opened.db, 'sqlite', code, '孝义\t笔记本', new Date());
      await opened.close();

      const run = (...args: string[]) =>
        execFileSync('npx', ['tsx', 'src-server/main.ts', '--data-dir', dir, ...args], {
          encoding: 'utf8',
          stdio: 'pipe',
          // The SQLite file of --data-dir, not the PostgreSQL that CI names in DATABASE_URL.
          env: { ...process.env, DATABASE_URL: '' },
        });
      const listed = run('devices').split('\n');
      expect(listed[0]).toContain('short id');
      const line = listed.find((l) => l.startsWith(device.deviceId)) ?? '';
      expect(line.split('\t')).toEqual(
        expect.arrayContaining([device.shortId, '孝义 笔记本', '141181', 'field', 'active']),
      );

      expect(run('revoke-device', device.deviceId)).toContain(`revoked ${device.deviceId}`);
      expect(run('devices')).toMatch(new RegExp(`${device.deviceId}.*\\trevoked 20`));
      expect(() => run('revoke-device', 'no-such-device')).toThrow(/no device no-such-device/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
