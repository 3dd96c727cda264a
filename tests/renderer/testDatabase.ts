/** Test helpers: a private database per test, a dump of every table, raw writes. */
import type { Inspection } from '../../shared/domain/inspection';
import { openDatabase, type AppDatabase, type OpenDatabaseOptions } from '../../src-renderer/db/database';
import { inspectionTables, putInspectionRows } from '../../src-renderer/db/inspectionRows';

let counter = 0;

/** A database no other test shares (fake-indexeddb lives for the whole worker). */
export function freshDatabase(options?: OpenDatabaseOptions): AppDatabase {
  counter += 1;
  return openDatabase(`test-${counter}-${crypto.randomUUID()}`, options);
}

/** Every row of every table, for "nothing changed" assertions. */
export async function dumpTables(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}

/** Stores a record exactly as given (e.g. a finalized one, which no repository call makes yet). */
export async function storeAsIs(db: AppDatabase, inspection: Inspection): Promise<void> {
  await db.transaction('rw', inspectionTables(db), () => putInspectionRows(db, inspection));
}
