/**
 * The inspection list query. Reads only summary rows, never bodies (TECH-NOTES §10):
 * - without a search, it walks ONE compound index `[field+updatedAt]` backwards over the
 *   date range and tests the other filters on those rows. The index is chosen by a fixed
 *   order (county, then type, then status: 13, 3 and 2 values), not by counting each range
 *   first: in Chromium counting an index range visits every entry (~10 µs each), which cost
 *   more than the page itself (tests/bench/store.bench.ts);
 * - with a search, the site-name token index gives the candidates, which are tested and
 *   sorted in memory (search results are small).
 * The page and the total are separate queries (listInspectionPage, countInspections) so a
 * screen can draw the page first: a page of 50 reads ~50 rows, the total of an unfiltered
 * list of 10,000 visits 10,000 entries. listInspectionSummaries runs both in one read
 * transaction, so its `items` and `total` agree.
 */
import Dexie, { type Collection } from 'dexie';
import type { AppDatabase, InspectionSummaryRow } from './database';
import type { InspectionFilter, InspectionSummary } from './inspectionRepository';
import { nameMatches, normalizeForSearch, queryTokenFor } from './searchTokens';
import { shanghaiDayEnd, shanghaiDayStart } from './shanghaiDay';

const DEFAULT_LIMIT = 50;

type EqualityField = 'status' | 'type' | 'countyCode';
/** Most selective first: the first one given is the index walked. */
const equalityFields: readonly EqualityField[] = ['countyCode', 'type', 'status'];

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

/**
 * The filter as one index range plus a test of the remaining filters, newest first. A fresh
 * collection per call: Dexie collections are mutable, and offset/limit would leak into a count.
 */
function indexCollection(db: AppDatabase, filter: InspectionFilter, bounds: Bounds): Collection<InspectionSummaryRow, string> {
  const [chosen, ...rest] = equalitiesOf(filter);
  const range = chosen
    ? rangeOf(db, chosen, bounds)
    : db.inspectionIndex
        .where('updatedAt')
        .between(bounds.lower ?? Dexie.minKey, bounds.upper ?? Dexie.maxKey, true, false)
        .reverse();
  return rest.length > 0 ? range.filter((row) => rest.every(([f, v]) => row[f] === v)) : range;
}

function isUnfiltered(filter: InspectionFilter, bounds: Bounds): boolean {
  return equalitiesOf(filter).length === 0 && bounds.lower === undefined && bounds.upper === undefined;
}

async function pageByIndex(db: AppDatabase, filter: InspectionFilter, bounds: Bounds, offset: number, limit: number): Promise<InspectionSummary[]> {
  return indexCollection(db, filter, bounds).offset(offset).limit(limit).toArray();
}

async function countByIndex(db: AppDatabase, filter: InspectionFilter, bounds: Bounds): Promise<number> {
  // Counting the table walks primary keys only; an index range also checks every entry
  // against its record, several times slower in Chromium (bench: 18 vs 105 ms for 10,000).
  if (isUnfiltered(filter, bounds)) return db.inspectionIndex.count();
  return indexCollection(db, filter, bounds).count();
}

/**
 * Ids of the inspections whose site name contains the query. The token rows carry the name
 * they were made from, so the exact test needs no summary rows; undefined when the query has
 * nothing indexable (emoji, punctuation).
 */
async function idsNamed(db: AppDatabase, query: string): Promise<Set<string> | undefined> {
  const token = queryTokenFor(query);
  if (token === undefined) return undefined;
  const rows = await db.inspectionSearch.where('tokens').equals(token).toArray();
  return new Set(rows.filter((row) => nameMatches(row.siteName, query)).map((row) => row.id));
}

/** Above this many name matches, a page walks the newest-first index instead of reading every match. */
const WALK_ABOVE = 200;

async function searchMatches(db: AppDatabase, filter: InspectionFilter, bounds: Bounds): Promise<InspectionSummaryRow[]> {
  const query = normalizeForSearch(filter.search ?? '');
  const ids = await idsNamed(db, query);
  // Nothing indexable in the query: scan the small summary rows.
  const candidates = ids === undefined ? await db.inspectionIndex.toArray() : await db.inspectionIndex.bulkGet([...ids]);
  const equalities = equalitiesOf(filter);
  return candidates
    .filter((row): row is InspectionSummaryRow => row !== undefined)
    .filter((row) => nameMatches(row.siteName, query))
    .filter((row) => inRange(row, bounds) && equalities.every(([f, v]) => row[f] === v))
    .sort(byNewest);
}

/**
 * A search page and total. When only the name is filtered and it matches many records (a
 * common word such as 化工: ~1,700 of 10,000 in the bench), reading every match costs one
 * request each; instead the total is the id count, and the page comes from ONE read of all
 * primary keys in updatedAt order (getAllKeys, ~10,000 short strings), walked from the
 * newest end, then a read of just the page's rows.
 */
async function searchPage(db: AppDatabase, filter: InspectionFilter, bounds: Bounds, offset: number, limit: number): Promise<{ items: InspectionSummary[]; total: number }> {
  const query = normalizeForSearch(filter.search ?? '');
  if (isUnfiltered(filter, bounds)) {
    const ids = await idsNamed(db, query);
    if (ids !== undefined && ids.size > WALK_ABOVE) {
      if (limit === 0 || offset >= ids.size) return { items: [], total: ids.size };
      // Oldest first, ties by id ascending: walking backwards is byNewest's order.
      const ordered = await db.inspectionIndex.orderBy('updatedAt').primaryKeys();
      const wanted: string[] = [];
      let skipped = 0;
      for (let i = ordered.length - 1; i >= 0 && wanted.length < limit; i--) {
        const id = ordered[i];
        if (id === undefined || !ids.has(id)) continue;
        if (skipped < offset) skipped += 1;
        else wanted.push(id);
      }
      const rows = await db.inspectionIndex.bulkGet(wanted);
      return { items: rows.filter((row): row is InspectionSummaryRow => row !== undefined), total: ids.size };
    }
  }
  const matches = await searchMatches(db, filter, bounds);
  return { items: matches.slice(offset, offset + limit), total: matches.length };
}

interface Query {
  readonly bounds: Bounds;
  readonly offset: number;
  readonly limit: number;
  readonly hasSearch: boolean;
}

function queryOf(filter: InspectionFilter): Query {
  return {
    bounds: boundsOf(filter),
    offset: Math.max(0, Math.trunc(filter.offset ?? 0)),
    limit: Math.max(0, Math.trunc(filter.limit ?? DEFAULT_LIMIT)),
    hasSearch: normalizeForSearch(filter.search ?? '') !== '',
  };
}

/** One page of summaries, newest first, without the total. */
export async function listInspectionPage(db: AppDatabase, filter: InspectionFilter): Promise<InspectionSummary[]> {
  const { bounds, offset, limit, hasSearch } = queryOf(filter);
  return db.transaction('r', db.inspectionIndex, db.inspectionSearch, async () =>
    hasSearch ? (await searchPage(db, filter, bounds, offset, limit)).items : pageByIndex(db, filter, bounds, offset, limit),
  );
}

/** How many inspections match the filter in all (offset and limit are ignored). */
export async function countInspections(db: AppDatabase, filter: InspectionFilter): Promise<number> {
  const { bounds, hasSearch } = queryOf(filter);
  return db.transaction('r', db.inspectionIndex, db.inspectionSearch, async () =>
    hasSearch ? (await searchPage(db, filter, bounds, 0, 0)).total : countByIndex(db, filter, bounds),
  );
}

export async function listInspectionSummaries(
  db: AppDatabase,
  filter: InspectionFilter,
): Promise<{ items: InspectionSummary[]; total: number }> {
  const { bounds, offset, limit, hasSearch } = queryOf(filter);
  return db.transaction('r', db.inspectionIndex, db.inspectionSearch, async () => {
    if (hasSearch) return searchPage(db, filter, bounds, offset, limit);
    const [items, total] = await Promise.all([pageByIndex(db, filter, bounds, offset, limit), countByIndex(db, filter, bounds)]);
    return { items, total };
  });
}
