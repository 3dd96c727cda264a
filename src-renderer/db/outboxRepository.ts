/** Records saved here and not yet pushed to the office, oldest first. */
import type { AppDatabase, OutboxRow } from './database';

export type OutboxEntry = OutboxRow;

export async function listOutbox(db: AppDatabase): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('queuedAt').toArray();
}

export async function countOutbox(db: AppDatabase): Promise<number> {
  return db.outbox.count();
}
