/**
 * docs/deploy.md "Backups" and "Restore" on SQLite: a backup taken with VACUUM INTO while the
 * server runs, more pushed after it, the file restored, the server started again: the
 * device's old cursor is answered cursor_ahead, and a pull from 0 brings back what the
 * backup held.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ChangesResponse,
  CURSOR_AHEAD,
  ErrorBody,
  EnrolResponse,
} from '../../shared/sync/wireSchemas';
import { buildApp } from '../../src-server/app';
import { openDatabase } from '../../src-server/db/openDatabase';
import { createEnrolCode } from '../../src-server/store/deviceStore';
import { makeInspection } from '../fixtures/builders';
import { bundleFrom, pull, pushBundle } from './support/client';

const dir = mkdtempSync(join(tmpdir(), 'bluesky-restore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function serve() {
  const opened = await openDatabase({ dataDir: dir });
  const app = await buildApp({ db: opened.db, engine: opened.engine });
  const url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/api/v1`;
  return {
    opened,
    url,
    close: async () => {
      await app.close();
      await opened.close();
    },
  };
}

describe('restore a SQLite backup', () => {
  it('the device is told its cursor is ahead and resyncs from the backup', async () => {
    const first = await serve();
    const { code } = await createEnrolCode(first.opened.db, '141181', 24, new Date());
    const res = await fetch(`${first.url}/devices/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, deviceName: '孝义分局 笔记本' }),
    });
    const device = EnrolResponse.parse(await res.json());
    const kept = makeInspection({ deviceId: device.deviceId, place: '备份前的记录' });
    expect((await pushBundle(first.url, device.token, bundleFrom(device, [kept]))).status).toBe(
      200,
    );
    const backup = join(dir, 'backup.sqlite');
    await sql`vacuum into ${sql.lit(backup)}`.execute(first.opened.db);
    const later = [
      makeInspection({ deviceId: device.deviceId }),
      makeInspection({ deviceId: device.deviceId }),
    ];
    expect((await pushBundle(first.url, device.token, bundleFrom(device, later))).status).toBe(200);
    const cursor = ChangesResponse.parse((await pull(first.url, device.token)).json).cursor;
    await first.close();

    for (const suffix of ['-wal', '-shm'])
      rmSync(join(dir, `bluesky.sqlite${suffix}`), { force: true });
    copyFileSync(backup, join(dir, 'bluesky.sqlite'));
    const restored = await serve();
    try {
      const ahead = await pull(restored.url, device.token, cursor);
      expect(ahead.status).toBe(409);
      expect(ErrorBody.parse(ahead.json).error.code).toBe(CURSOR_AHEAD);
      const again = ChangesResponse.parse((await pull(restored.url, device.token, '0')).json);
      const ids = again.changes.flatMap((c) => (c.type === 'reference' ? [] : [c.id]));
      expect(ids).toEqual([kept.id]);
      // Pushing the later records again (the laptop still has them) stores them anew.
      expect((await pushBundle(restored.url, device.token, bundleFrom(device, later))).status).toBe(
        200,
      );
    } finally {
      await restored.close();
    }
  });
});
