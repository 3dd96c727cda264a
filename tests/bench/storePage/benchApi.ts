/**
 * What the store bench page exposes on `window.storeBench`, shared by the page (which
 * implements it) and the Node driver (which calls it through page.evaluate). Timings are raw
 * samples in milliseconds from performance.now(); the driver computes the statistics.
 */
import type { InspectionFilter } from '../../../src-renderer/db/inspectionRepository';

export interface SeedResult {
  readonly count: number;
  readonly ms: number;
  readonly drafts: number;
  readonly sites: number;
  /** Mean UTF-8 size of a body's JSON. */
  readonly meanBodyBytes: number;
  readonly usageBytes: number | undefined;
  readonly quotaBytes: number | undefined;
}

export interface AutosaveResult {
  readonly samples: number[];
  /** The parts of one saveDraft that run before IndexedDB is touched, for diagnosis. */
  readonly parseSamples: number[];
  readonly hashSamples: number[];
}

export interface NamedFilter {
  readonly name: string;
  readonly filter: InspectionFilter;
}

export interface ListResult {
  readonly name: string;
  /** listInspectionPage: the first page of 50 alone, what the list draws first. */
  readonly samples: number[];
  /** listInspections: the page and the total in one transaction. */
  readonly withTotalSamples: number[];
  /** countInspections: the total alone. */
  readonly countOnlySamples: number[];
  readonly items: number;
  readonly total: number;
}

export interface SearchResult {
  readonly query: string;
  readonly ms: number;
  readonly hits: number;
}

export interface StoreBenchApi {
  /** Deletes the app's database, so a run starts empty. */
  reset(): Promise<void>;
  seed(count: number, seed: number): Promise<SeedResult>;
  autosave(times: number): Promise<AutosaveResult>;
  /** IndexedDB's own floor: the same body put alone into the unindexed bodies table. */
  putFloor(times: number): Promise<number[]>;
  /**
   * saveDraft's transaction rebuilt from the same db functions, without and with the audit
   * entry it appends since the records core landed: what each part costs (samples, ms).
   */
  autosaveParts(times: number): Promise<{ rowsOnly: number[]; rowsAndAudit: number[] }>;
  /** Autosaves spread over many drafts: each rewrites updatedAt in every list index. */
  churn(times: number, seed: number): Promise<number>;
  list(filters: readonly NamedFilter[], runs: number): Promise<ListResult[]>;
  /** The inspection list's site-name search (listInspections with `search`). */
  search(queries: readonly string[]): Promise<SearchResult[]>;
  /** The list search as it was before the walk: read every candidate's summary, sort in memory. */
  searchReadingAll(queries: readonly string[]): Promise<SearchResult[]>;
  /** The site registry's search (searchSites), as the new-inspection picker uses it. */
  searchSites(queries: readonly string[]): Promise<SearchResult[]>;
  /** What an index saves us from: read every body and test its site name with includes(). */
  naiveSearch(queries: readonly string[]): Promise<SearchResult[]>;
  /** Raw Dexie reads of the unfiltered list, to tell the page read from the count (medians). */
  probeList(
    runs: number,
  ): Promise<
    Record<
      | 'pageOfNewest'
      | 'countRange'
      | 'countTable'
      | 'readAllSummaries'
      | 'keysByUpdatedAt'
      | 'bulkGetCommonToken',
      number
    >
  >;
  /** Index use behind a query, for the report: candidates read vs rows matched. */
  explainSearch(
    query: string,
  ): Promise<{ token: string | undefined; candidates: number; hits: number }>;
}

declare global {
  interface Window {
    storeBench?: StoreBenchApi;
  }
}
