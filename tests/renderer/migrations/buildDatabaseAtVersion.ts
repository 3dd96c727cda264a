/**
 * Migration harness: recreates a user's database as an older app version left it, from a
 * fixture in tests/fixtures/db/, using raw Dexie with that version's own schema (copied in
 * the fixture, so later edits to the app's schema cannot fake a pass).
 */
import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { DbFixture, decodeValue } from '../../fixtures/db/dbFixture';

const FIXTURE_DIR = new URL('../../fixtures/db/', import.meta.url);

/** Every fixture version present (v1.json, v2.json, …), oldest first. */
export function fixtureVersions(): number[] {
  return readdirSync(FIXTURE_DIR)
    .map((file) => /^v(\d+)\.json$/.exec(file)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export function loadFixture(version: number): DbFixture {
  return DbFixture.parse(
    JSON.parse(readFileSync(new URL(`v${version}.json`, FIXTURE_DIR), 'utf8')),
  );
}

/** Creates database `name` at the fixture's version holding exactly its rows, then closes it. */
export async function buildDatabaseAtVersion(name: string, fixture: DbFixture): Promise<void> {
  const raw = new Dexie(name);
  raw.version(fixture.version).stores(fixture.schema);
  await raw.open();
  await raw.transaction('rw', raw.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (rows.length > 0) await raw.table(table).bulkAdd(rows.map(decodeValue));
    }
  });
  raw.close();
}
