/**
 * The inspection list query. Reads only summary rows, never bodies (TECH-NOTES §10):
 * - without a search, it walks ONE compound index `[field+updatedAt]` backwards over the
 *   date range, choosing among the filters given the one whose range holds fewest rows, and
 *   tests the other filters on those rows;
 * - with a search, the site-name token index gives the candidates, which are tested and
 *   sorted in memory (search results are small).
 * Everything runs in one read transaction, so `items` and `total` agree.
 */
import Dexie, { type Collection } from 'dexie';
import type { AppDatabase, InspectionSummaryRow } from './database';
import type { InspectionFilter, InspectionSummary } from './inspectionRepository';
import { nameMatches, normalizeForSearch, queryTokenFor } from './searchTokens';
import { shanghaiDayEnd, shanghaiDayStart } from './shanghaiDay';

const DEFAULT_LIMIT = 50;

type EqualityField = 'status' | 'type' | 'countyCode';
const equalityFields: readonly EqualityField[] = ['status', 'type', 'countyCode'];

interface Bounds {
  readonly lower: string | undefined;
  readonly upper: string | undefined;
}

function boundsOf(filter: InspectionFilter): Bounds {
  return {
    lower: filter.from ? shanghaiDayStart(filter.from) : undefined,
    upper: filter.to ? shanghaiDayEnd(filter.to) : undefined,
  };
}

function equalitiesOf(filter: InspectionFilter): [EqualityField, string][] {
  const found: [EqualityField, string][] = [];
  for (const field of equalityFields) {
    const value = filter[field];
    if (value) found.push([field, value]);
  }
  return found;
}

function inRange(row: InspectionSummaryRow, { lower, upper }: Bounds): boolean {
  return (lower === undefined || row.updatedAt >= lower) && (upper === undefined || row.updatedAt < upper);
}

/** Rows of one `[field+updatedAt]` index inside the date range, newest first. */
function rangeOf(
  db: AppDatabase,
  [field, value]: [EqualityField, string],
  { lower, upper }: Bounds,
): Collection<InspectionSummaryRow, string> {
  return db.inspectionIndex
    .where(`[${field}+updatedAt]`)
    .between([value, lower ?? Dexie.minKey], [value, upper ?? Dexie.maxKey], true, false)
    .reverse();
}

function byNewest(a: InspectionSummaryRow, b: InspectionSummaryRow): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

async function listByIndex(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
  offset: number,
  limit: number,
): Promise<{ items: InspectionSummary[]; total: number }> {
  const equalities = equalitiesOf(filter);
  let collection: Collection<InspectionSummaryRow, string>;
  let rest = equalities;
  if (equalities.length === 0) {
    collection = db.inspectionIndex
      .where('updatedAt')
      .between(bounds.lower ?? Dexie.minKey, bounds.upper ?? Dexie.maxKey, true, false)
      .reverse();
  } else {
    // Counting a key range reads keys only, which is cheap next to loading rows to test.
    const sizes = await Promise.all(equalities.map((eq) => rangeOf(db, eq, bounds).count()));
    const narrowest = sizes.indexOf(Math.min(...sizes));
    const chosen = equalities[narrowest] ?? equalities[0];
    if (!chosen) throw new Error('unreachable: equalities is not empty');
    collection = rangeOf(db, chosen, bounds);
    rest = equalities.filter((eq) => eq !== chosen);
    if (rest.length > 0) collection = collection.filter((row) => rest.every(([f, v]) => row[f] === v));
  }
  const [total, items] = await Promise.all([collection.clone().count(), collection.offset(offset).limit(limit).toArray()]);
  return { items, total };
}

async function listBySearch(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
  offset: number,
  limit: number,
): Promise<{ items: InspectionSummary[]; total: number }> {
  const query = normalizeForSearch(filter.search ?? '');
  const token = queryTokenFor(query);
  let candidates: InspectionSummaryRow[];
  if (token === undefined) {
    // Nothing indexable in the query (emoji, punctuation): scan the small summary rows.
    candidates = await db.inspectionIndex.toArray();
  } else {
    const ids = await db.inspectionSearch.where('tokens').equals(token).primaryKeys();
    const rows = await db.inspectionIndex.bulkGet([...new Set(ids)]);
    candidates = rows.filter((row): row is InspectionSummaryRow => row !== undefined);
  }
  const equalities = equalitiesOf(filter);
  const matches = candidates
    .filter((row) => nameMatches(row.siteName, query))
    .filter((row) => inRange(row, bounds) && equalities.every(([f, v]) => row[f] === v))
    .sort(byNewest);
  return { items: matches.slice(offset, offset + limit), total: matches.length };
}

export async function listInspectionSummaries(
  db: AppDatabase,
  filter: InspectionFilter,
): Promise<{ items: InspectionSummary[]; total: number }> {
  const bounds = boundsOf(filter);
  const offset = Math.max(0, Math.trunc(filter.offset ?? 0));
  const limit = Math.max(0, Math.trunc(filter.limit ?? DEFAULT_LIMIT));
  const hasSearch = normalizeForSearch(filter.search ?? '') !== '';
  return db.transaction('r', db.inspectionIndex, db.inspectionSearch, () =>
    hasSearch ? listBySearch(db, filter, bounds, offset, limit) : listByIndex(db, filter, bounds, offset, limit),
  );
}
