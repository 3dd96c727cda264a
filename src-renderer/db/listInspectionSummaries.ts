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
  let chosen: [EqualityField, string] | undefined;
  if (equalities.length > 1) {
    // Counting a key range reads keys only, which is cheap next to loading rows to test.
    const sizes = await Promise.all(equalities.map((eq) => rangeOf(db, eq, bounds).count()));
    chosen = equalities[sizes.indexOf(Math.min(...sizes))];
  } else {
    chosen = equalities[0];
  }
  const rest = equalities.filter((eq) => eq !== chosen);
  // A fresh collection per use: Dexie collections are mutable and offset/limit would leak
  // into the count.
  const collection = (): Collection<InspectionSummaryRow, string> => {
    const range = chosen
      ? rangeOf(db, chosen, bounds)
      : db.inspectionIndex
          .where('updatedAt')
          .between(bounds.lower ?? Dexie.minKey, bounds.upper ?? Dexie.maxKey, true, false)
          .reverse();
    return rest.length > 0 ? range.filter((row) => rest.every(([f, v]) => row[f] === v)) : range;
  };
  const [total, items] = await Promise.all([collection().count(), collection().offset(offset).limit(limit).toArray()]);
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
