/**
 * The change cursor must not skip rows on PostgreSQL, where transactions commit in any
 * order. The control shows the hazard with a plain bigserial; the real change log
 * (store/changeLog.ts, an advisory lock and max+1 under it) makes a second writer wait for
 * the first, so a reader can never see seq N+1 before N.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { OpenedDatabase } from '../../src-server/db/openDatabase';
import {
  appendChanges,
  lockChangeLog,
  nextSeq,
  readChanges,
} from '../../src-server/store/changeLog';
import { openTestDatabase } from './support/testServer';

function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(process.env.DATABASE_URL)('change cursor on PostgreSQL', () => {
  let opened: OpenedDatabase;
  beforeAll(async () => {
    opened = (await openTestDatabase('postgres')).opened;
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('control: a bigserial cursor skips a row that commits late', async () => {
    const db = opened.db;
    await sql`drop table if exists naive_log_shared`.execute(db);
    await sql`create table naive_log_shared (seq bigserial primary key, id text)`.execute(db);
    const first = gate();
    const firstInserted = gate();
    const slow = db.transaction().execute(async (trx) => {
      await sql`insert into naive_log_shared (id) values ('slow')`.execute(trx);
      firstInserted.open();
      await first.promise;
    });
    await firstInserted.promise;
    await db.transaction().execute(async (trx) => {
      await sql`insert into naive_log_shared (id) values ('fast')`.execute(trx);
    });
    const seen1 = await sql<{
      seq: string;
      id: string;
    }>`select seq, id from naive_log_shared where seq > 0 order by seq`.execute(db);
    const cursor = seen1.rows.at(-1)?.seq ?? '0';
    first.open();
    await slow;
    const seen2 = await sql<{
      seq: string;
      id: string;
    }>`select seq, id from naive_log_shared where seq > ${cursor} order by seq`.execute(db);
    const ids = [...seen1.rows, ...seen2.rows].map((r) => r.id);
    expect(ids).toEqual(['fast']); // 'slow' (seq 1) was skipped for ever
    await sql`drop table naive_log_shared`.execute(db);
  });

  it('the change log makes the second writer wait, so no row is skipped', async () => {
    const db = opened.db;
    const release = gate();
    const firstHolds = gate();
    let secondCommitted = false;
    const first = db.transaction().execute(async (trx) => {
      await lockChangeLog(trx, 'postgres');
      const seq = await nextSeq(trx);
      await appendChanges(trx, [
        { seq, type: 'record', kind: 'inspection', id: 'first', hash: 'a', county_code: '141181' },
      ]);
      firstHolds.open();
      await release.promise;
    });
    await firstHolds.promise;
    const second = db
      .transaction()
      .execute(async (trx) => {
        await lockChangeLog(trx, 'postgres');
        const seq = await nextSeq(trx);
        await appendChanges(trx, [
          {
            seq,
            type: 'record',
            kind: 'inspection',
            id: 'second',
            hash: 'b',
            county_code: '141181',
          },
        ]);
      })
      .then(() => {
        secondCommitted = true;
      });

    await sleep(300);
    // The second writer cannot commit before the first: it waits on the lock.
    expect(secondCommitted).toBe(false);
    const early = await readChanges(db, '141181', 0, 100);
    expect(early.rows).toEqual([]);

    release.open();
    await Promise.all([first, second]);
    const late = await readChanges(db, '141181', early.cursor, 100);
    expect(late.rows.map((r) => [r.id, r.seq])).toEqual([
      ['first', 1],
      ['second', 2],
    ]);
  });
});
