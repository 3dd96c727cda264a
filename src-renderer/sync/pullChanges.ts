/**
 * Pull: GET /changes from the stored cursor, page after page; each page and its new cursor
 * are written in one transaction (db/applyPulledChanges.ts), so an interrupted pull resumes
 * at the last page fully applied and never skips one.
 */
import type { AppDatabase } from '../db/database';
import { applyChangesPage, type PullSummary } from '../db/applyPulledChanges';
import { getCursor, resetCursor } from '../db/syncCursor';
import { CURSOR_AHEAD } from '../../shared/sync/wireSchemas';
import { SyncCancelledError, SyncHttpError, withRetry, type RetryOptions } from './retry';
import type { SyncApi } from './syncApi';

export const PULL_PAGE = 500;

export interface PullContext {
  readonly db: AppDatabase;
  readonly api: SyncApi;
  readonly serverDeviceId: string;
  readonly retry?: RetryOptions;
  readonly signal?: AbortSignal;
  readonly onPage?: (changes: number) => void;
  /** Records this laptop still had to send when the sync began: told to the office with the first page. */
  readonly outboxSize?: number;
}

export async function pullChanges(ctx: PullContext): Promise<PullSummary & { pages: number }> {
  const totals = { stored: 0, conflicts: 0, skipped: 0, pages: 0 };
  let restarted = false;
  for (;;) {
    if (ctx.signal?.aborted) throw new SyncCancelledError();
    const since = await getCursor(ctx.db);
    let page;
    try {
      const outbox = totals.pages === 0 ? ctx.outboxSize : undefined;
      page = await withRetry(() => ctx.api.changes(since, PULL_PAGE, outbox), {
        ...ctx.retry,
        signal: ctx.signal,
      });
    } catch (error) {
      // The server's log was replaced (restored backup, new database): pull it all again.
      // Applying a page never overwrites local work (db/applyPulledChanges.ts), so this is safe.
      if (restarted || !(error instanceof SyncHttpError) || error.wireCode !== CURSOR_AHEAD)
        throw error;
      restarted = true;
      await resetCursor(ctx.db);
      continue;
    }
    const summary = await applyChangesPage(ctx.db, page, ctx.serverDeviceId);
    totals.stored += summary.stored;
    totals.conflicts += summary.conflicts;
    totals.skipped += summary.skipped;
    totals.pages++;
    ctx.onPage?.(page.changes.length);
    if (!page.more) return totals;
  }
}
