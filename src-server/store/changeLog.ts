/**
 * The change log that devices pull from, with a cursor that never skips a row.
 *
 * Why a lock: on PostgreSQL a sequence hands out numbers at insert time, but transactions
 * commit in any order; a reader that sees seq 11 committed while 10 is still in flight
 * would move its cursor past 10 for ever. So every transaction that appends changes first
 * takes one transaction-scoped advisory lock (pg_advisory_xact_lock) and assigns
 * seq = max + 1 under it: writers of the change log run one after another, and seqs become
 * visible strictly in order. SQLite has one writer anyway; there the first statement is a
 * write, so the transaction holds the write lock from its start (same effect across
 * processes, e.g. a CLI import while the server runs).
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { CITY_SCOPE, type SyncScope } from '../../shared/sync/syncScope';
import type { Engine } from '../db/openDatabase';
import type { ChangesTable, ServerDatabase } from '../db/schema';
import { HttpError } from '../httpError';
import { CURSOR_AHEAD } from '../../shared/sync/wireSchemas';

/** An arbitrary constant naming our advisory lock ('BSKY'). */
const CHANGE_LOG_LOCK = 0x42534b59;

/** Visibility of a change: a county code, 'city' (city scope only) or '*' (everyone). */
export const CITY_ONLY = 'city';
export const EVERYONE = '*';

export async function lockChangeLog(
  trx: Transaction<ServerDatabase>,
  engine: Engine,
): Promise<void> {
  if (engine === 'postgres')
    await sql`select pg_advisory_xact_lock(${CHANGE_LOG_LOCK})`.execute(trx);
  else await sql`delete from changes where 1 = 0`.execute(trx);
}

/** The next free seq; call only after lockChangeLog in the same transaction. */
export async function nextSeq(trx: Transaction<ServerDatabase>): Promise<number> {
  const row = await trx
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function appendChanges(
  trx: Transaction<ServerDatabase>,
  rows: readonly ChangesTable[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('changes')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

export interface ChangePage {
  readonly rows: readonly ChangesTable[];
  readonly cursor: number;
  readonly more: boolean;
}

/**
 * Changes visible to `scope` after `since`. The upper bound is read first: rows are only
 * served up to it, and when nothing more is in scope the cursor jumps to it, so a device
 * never rescans other counties' rows and never passes a row it has not seen.
 */
export async function readChanges(
  db: Kysely<ServerDatabase>,
  scope: SyncScope,
  since: number,
  limit: number,
): Promise<ChangePage> {
  const top = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirst();
  const upper = Number(top?.max ?? 0);
  // No cursor this log handed out can pass its end: this one came from another log (a restored
  // backup, a move from SQLite to PostgreSQL). Served as is, the device would wait past the
  // end for ever; told, it pulls again from the start (docs/sync.md "Cursor ahead").
  if (since > upper) {
    throw new HttpError(
      409,
      CURSOR_AHEAD,
      `cursor ${since} is past the end of this server's change log (${upper}): pull again from 0`,
    );
  }
  let query = db
    .selectFrom('changes')
    .selectAll()
    .where('seq', '>', since)
    .where('seq', '<=', upper)
    .orderBy('seq')
    .limit(limit + 1);
  if (scope !== CITY_SCOPE) query = query.where('county_code', 'in', [scope, EVERYONE]);
  const rows = await query.execute();
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  const cursor = more && last ? last.seq : Math.max(upper, since);
  return { rows: page, cursor, more };
}
