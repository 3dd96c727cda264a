/**
 * The inspection list query. Reads only summary rows, never bodies (TECH-NOTES §10):
 * - without a search, it walks ONE compound index `[field+updatedAt]` backwards over the
 *   date range and tests the other filters on those rows. The index is chosen by a fixed
 *   order (county, then type, then status: 13, 3 and 2 values), not by counting each range
 *   first: in Chromium counting an index range visits every entry (~10 µs each), which cost
 *   more than the page itself (tests/bench/store.bench.ts);
 * - with a search, the site-name token index gives the candidate ids. Few candidates are
 *   read one get each, tested and sorted in memory. Many (a common word: 化工 has ~1,700 of
 *   10,000 in the bench, ~100 ms read that way) are found by walking the list's own
 *   newest-first index and stopping at the page's end, so the order is the unsearched
 *   list's. Reading all updatedAt keys first was tried and measured slower (getAllKeys of
 *   10,000 ids alone ~80 ms); this walk reads rows only until the page is full. The total
 *   of a one- or two-CJK-character query with no other filter is the candidates' count.
 * The page and the total are separate queries (listInspectionPage, countInspections) so a
 * screen can draw the page first: a page of 50 reads ~50 rows, the total of an unfiltered
 * list of 10,000 visits 10,000 entries. listInspectionSummaries runs both in one read
 * transaction, so its `items` and `total` agree.
 */
import Dexie, { type Collection } from 'dexie';
import type { InspectionType } from '../../shared/domain/inspection';
import type { RecordStatus } from '../../shared/domain/record';
import type { AppDatabase, InspectionSummaryRow } from './database';
import { nameMatches, normalizeForSearch, queryTokenFor } from './searchTokens';
import { shanghaiDayEnd, shanghaiDayStart } from './shanghaiDay';

/** One line of an inspection list, read without loading the body. */
export type InspectionSummary = InspectionSummaryRow;

export interface InspectionFilter {
  type?: InspectionType;
  status?: RecordStatus;
  countyCode?: string;
  /** First day, YYYY-MM-DD, inclusive, as a day in Asia/Shanghai; '' means no bound. */
  from?: string;
  /** Last day, YYYY-MM-DD, inclusive, as a day in Asia/Shanghai; '' means no bound. */
  to?: string;
  /** Part of the site name (any case, full- or half-width). */
  search?: string;
  /** Page size, default 50. */
  limit?: number;
  offset?: number;
}

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
  return (
    (lower === undefined || row.updatedAt >= lower) &&
    (upper === undefined || row.updatedAt < upper)
  );
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
function indexCollection(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
): Collection<InspectionSummaryRow, string> {
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
  return (
    equalitiesOf(filter).length === 0 && bounds.lower === undefined && bounds.upper === undefined
  );
}

async function pageByIndex(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
  offset: number,
  limit: number,
): Promise<InspectionSummary[]> {
  return indexCollection(db, filter, bounds).offset(offset).limit(limit).toArray();
}

async function countByIndex(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
): Promise<number> {
  // Counting the table walks primary keys only; an index range also checks every entry
  // against its record, several times slower in Chromium (bench: 18 vs 105 ms for 10,000).
  if (isUnfiltered(filter, bounds)) return db.inspectionIndex.count();
  return indexCollection(db, filter, bounds).count();
}

interface SearchCandidates {
  readonly query: string;
  /** Ids whose site name holds the query's token; undefined: nothing indexable, scan. */
  readonly ids: ReadonlySet<string> | undefined;
  /**
   * Every candidate matches and no other filter applies, so the total is `ids.size`: a
   * query of one or two CJK characters is its own token, and a name holds that token exactly
   * when it contains the query (searchTokens.ts indexes every CJK unigram and bigram).
   */
  readonly exactTotal: boolean;
}

async function searchCandidates(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
): Promise<SearchCandidates> {
  const query = normalizeForSearch(filter.search ?? '');
  const token = queryTokenFor(query);
  if (token === undefined) return { query, ids: undefined, exactTotal: false };
  const ids = new Set(await db.inspectionSearch.where('tokens').equals(token).primaryKeys());
  return { query, ids, exactTotal: token === query && isUnfiltered(filter, bounds) };
}

/** Every match, newest first: reads each candidate's summary row. */
async function allMatches(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
  { query, ids }: SearchCandidates,
): Promise<InspectionSummaryRow[]> {
  let candidates: InspectionSummaryRow[];
  if (ids === undefined) {
    // Nothing indexable in the query (emoji, punctuation): scan the small summary rows.
    candidates = await db.inspectionIndex.toArray();
  } else {
    const rows = await db.inspectionIndex.bulkGet([...ids]);
    candidates = rows.filter((row): row is InspectionSummaryRow => row !== undefined);
  }
  const equalities = equalitiesOf(filter);
  return candidates
    .filter((row) => nameMatches(row.siteName, query))
    .filter((row) => inRange(row, bounds) && equalities.every(([f, v]) => row[f] === v))
    .sort(byNewest);
}

/**
 * Walk the list's own newest-first index and stop at the page's end, instead of reading and
 * sorting every candidate, once the candidates are dense enough that the walk reads fewer
 * rows: about (offset + limit) × all ÷ candidates rows against all the candidates. A common
 * word (化工: ~1,700 of 10,000) fills a page of 50 within ~300 rows.
 */
const WALK_FACTOR = 10;

function walkPays({ ids }: SearchCandidates, offset: number, limit: number): boolean {
  return ids !== undefined && ids.size >= WALK_FACTOR * (offset + limit);
}

async function walkPage(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
  { query, ids }: SearchCandidates,
  offset: number,
  limit: number,
): Promise<InspectionSummary[]> {
  // Same order as byNewest: the index sorts ties by id, and the walk is reversed.
  return indexCollection(db, filter, bounds)
    .filter((row) => ids?.has(row.id) === true && nameMatches(row.siteName, query))
    .offset(offset)
    .limit(limit)
    .toArray();
}

async function searchPageOnly(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
  offset: number,
  limit: number,
): Promise<InspectionSummary[]> {
  const candidates = await searchCandidates(db, filter, bounds);
  if (walkPays(candidates, offset, limit))
    return walkPage(db, filter, bounds, candidates, offset, limit);
  return (await allMatches(db, filter, bounds, candidates)).slice(offset, offset + limit);
}

async function searchTotal(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
): Promise<number> {
  const candidates = await searchCandidates(db, filter, bounds);
  if (candidates.exactTotal && candidates.ids) return candidates.ids.size;
  return (await allMatches(db, filter, bounds, candidates)).length;
}

async function searchPage(
  db: AppDatabase,
  filter: InspectionFilter,
  bounds: Bounds,
  offset: number,
  limit: number,
): Promise<{ items: InspectionSummary[]; total: number }> {
  const candidates = await searchCandidates(db, filter, bounds);
  if (candidates.exactTotal && candidates.ids && walkPays(candidates, offset, limit)) {
    const items = await walkPage(db, filter, bounds, candidates, offset, limit);
    return { items, total: candidates.ids.size };
  }
  // The total needs every match anyway: the page comes from the same read.
  const matches = await allMatches(db, filter, bounds, candidates);
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
export async function listInspectionPage(
  db: AppDatabase,
  filter: InspectionFilter,
): Promise<InspectionSummary[]> {
  const { bounds, offset, limit, hasSearch } = queryOf(filter);
  return db.transaction('r', db.inspectionIndex, db.inspectionSearch, async () =>
    hasSearch
      ? searchPageOnly(db, filter, bounds, offset, limit)
      : pageByIndex(db, filter, bounds, offset, limit),
  );
}

/** How many inspections match the filter in all (offset and limit are ignored). */
export async function countInspections(db: AppDatabase, filter: InspectionFilter): Promise<number> {
  const { bounds, hasSearch } = queryOf(filter);
  return db.transaction('r', db.inspectionIndex, db.inspectionSearch, async () =>
    hasSearch ? searchTotal(db, filter, bounds) : countByIndex(db, filter, bounds),
  );
}

export async function listInspectionSummaries(
  db: AppDatabase,
  filter: InspectionFilter,
): Promise<{ items: InspectionSummary[]; total: number }> {
  const { bounds, offset, limit, hasSearch } = queryOf(filter);
  return db.transaction('r', db.inspectionIndex, db.inspectionSearch, async () => {
    if (hasSearch) return searchPage(db, filter, bounds, offset, limit);
    const [items, total] = await Promise.all([
      pageByIndex(db, filter, bounds, offset, limit),
      countByIndex(db, filter, bounds),
    ]);
    return { items, total };
  });
}
