/**
 * The one table list of every record write (docs/architecture.md "Write path"). The record
 * repositories open their transactions over it, and so do the sync modules that call them
 * several times in one transaction (a page of pulled changes, a receipt, an imported file):
 * a repository's transaction then joins the caller's, which it can only do if the caller's
 * covers every table the write may touch. It lists every table of the store: a write of a
 * record reaches the bodies, their summaries, search tokens, the outbox, the audit log and
 * its head (settings), the site registry (a new draft), the machines (a machinery check is
 * finalised with its machine) and the attachments (an amendment refers to the original's).
 */
import type { AppDatabase } from './database';

export function recordTables(db: AppDatabase) {
  return [
    db.inspections,
    db.inspectionIndex,
    db.inspectionSearch,
    db.outbox,
    db.sites,
    db.machines,
    db.settings,
    db.auditLog,
    db.attachments,
  ] as const;
}
