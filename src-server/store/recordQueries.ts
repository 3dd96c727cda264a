/** Reads of record heads and stored revision hashes, chunked to stay under SQL variable limits. */
import type { Kysely } from 'kysely';
import type { RecordHeadsTable, ServerDatabase } from '../db/schema';

export interface StoredRevisions {
  readonly heads: ReadonlyMap<string, RecordHeadsTable>;
  readonly hashes: ReadonlyMap<string, ReadonlySet<string>>;
}

export async function storedRevisions(
  db: Kysely<ServerDatabase>,
  ids: readonly string[],
): Promise<StoredRevisions> {
  const heads = new Map<string, RecordHeadsTable>();
  const hashes = new Map<string, Set<string>>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const h of await db
      .selectFrom('record_heads')
      .selectAll()
      .where('id', 'in', chunk)
      .execute())
      heads.set(h.id, h);
    for (const r of await db
      .selectFrom('records')
      .select(['id', 'hash'])
      .where('id', 'in', chunk)
      .execute()) {
      const set = hashes.get(r.id) ?? new Set<string>();
      set.add(r.hash);
      hashes.set(r.id, set);
    }
  }
  return { heads, hashes };
}
