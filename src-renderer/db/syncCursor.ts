/** Sync bookkeeping in the settings table: the pull cursor and the time of the last sync. */
import { Cursor } from '../../shared/sync/wireSchemas';
import type { AppDatabase } from './database';

export const CURSOR_KEY = 'sync.cursor';
const LAST_SYNC_KEY = 'sync.lastSyncAt';

export async function getCursor(db: AppDatabase): Promise<string> {
  const parsed = Cursor.safeParse((await db.settings.get(CURSOR_KEY))?.value);
  return parsed.success ? parsed.data : '0';
}

/** Back to the start of the server's log (docs/sync.md "Cursor ahead"); nothing else changes. */
export async function resetCursor(db: AppDatabase): Promise<void> {
  await db.settings.put({ key: CURSOR_KEY, value: '0' });
}

export async function getLastSyncAt(db: AppDatabase): Promise<string | undefined> {
  const value = (await db.settings.get(LAST_SYNC_KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

export async function setLastSyncAt(db: AppDatabase, at: string): Promise<void> {
  await db.settings.put({ key: LAST_SYNC_KEY, value: at });
}
