/**
 * One change to the evidence parts of a stored draft (photos, location, inspectors, legal
 * steps, signatures), applied to the record AS STORED NOW, not to the copy a screen holds:
 * the checklist autosaves its own parts of the same record meanwhile, and a read-modify-write
 * over a stale copy would undo them. Reading and saving share one Dexie transaction.
 */
import type { Inspection } from '../../shared/domain/inspection';
import type { AppDatabase } from './database';
import { inspectionTables } from './inspectionRows';
import { getInspection, saveDraft } from './inspectionRepository';
import { RecordStateError } from './recordStateError';

/** Applies `change` to the stored draft and saves it (ZodError when the result is invalid). */
export async function patchDraft(
  db: AppDatabase,
  id: string,
  change: (current: Inspection) => Inspection,
): Promise<Inspection> {
  return db.transaction('rw', inspectionTables(db), async () => {
    const current = await getInspection(db, id);
    if (current === undefined)
      throw new RecordStateError('not-found', id, `Record ${id} does not exist.`);
    const next = change(current);
    // Nothing changed (e.g. a blur without typing): no new revision, no audit entry.
    if (next === current) return current;
    return saveDraft(db, next);
  });
}
