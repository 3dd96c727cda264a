/**
 * Pull: GET /changes from the stored cursor, page after page; each page and its new cursor
 * are written in one transaction (db/syncApplyChanges.ts), so an interrupted pull resumes
 * at the last page fully applied and never skips one.
 */
import type { AppDatabase } from '../db/database';
import { applyChangesPage, type PullSummary } from '../db/syncApplyChanges';
import { getCursor } from '../db/syncSettings';
import { SyncCancelledError, withRetry, type RetryOptions } from './retry';
import type { SyncApi } from './syncApi';

export const PULL_PAGE = 500;

export interface PullContext {
  readonly db: AppDatabase;
  readonly api: SyncApi;
  readonly serverDeviceId: string;
  readonly retry?: RetryOptions;
  readonly signal?: AbortSignal;
  readonly onPage?: (changes: number) => void;
}

export async function pullChanges(ctx: PullContext): Promise<PullSummary & { pages: number }> {
  const totals = { stored: 0, conflicts: 0, skipped: 0, pages: 0 };
  for (;;) {
    if (ctx.signal?.aborted) throw new SyncCancelledError();
    const since = await getCursor(ctx.db);
    const page = await withRetry(() => ctx.api.changes(since, PULL_PAGE), {
      ...ctx.retry,
      signal: ctx.signal,
    });
    const summary = await applyChangesPage(ctx.db, page, ctx.serverDeviceId);
    totals.stored += summary.stored;
    totals.conflicts += summary.conflicts;
    totals.skipped += summary.skipped;
    totals.pages++;
    ctx.onPage?.(page.changes.length);
    if (!page.more) return totals;
  }
}
