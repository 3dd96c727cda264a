/** Test helpers: a private database per test, a dump of every table, raw writes. */
import type { Inspection } from '../../shared/domain/inspection';
import {
  openDatabase,
  type AppDatabase,
  type OpenDatabaseOptions,
} from '../../src-renderer/db/database';
import { searchRowFor, toSummaryRow } from '../../src-renderer/db/inspectionRows';

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

/**
 * Stores records exactly as given (body, summary, search tokens; no outbox row, no audit
 * entry), e.g. a finalized one made without finalising. Raw writes for setting up a test:
 * the app's writes go through inspectionRepository.ts.
 */
export async function storeAsIs(db: AppDatabase, ...inspections: Inspection[]): Promise<void> {
  await db.transaction('rw', db.inspections, db.inspectionIndex, db.inspectionSearch, async () => {
    await db.inspections.bulkPut(inspections);
    await db.inspectionIndex.bulkPut(inspections.map(toSummaryRow));
    await db.inspectionSearch.bulkPut(inspections.map(searchRowFor));
  });
}
