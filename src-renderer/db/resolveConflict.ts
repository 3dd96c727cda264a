/**
 * Resolving a conflict: the version a person put together (conflictDiff.mergeChoices) is
 * saved as a new draft whose baseRev is the office's head, queued for the next push, and
 * the conflict copy goes, all in one transaction. Nothing is overwritten without a choice.
 */
import { Inspection } from '../../shared/domain/inspection';
import { Machine } from '../../shared/domain/machine';
import type { AppDatabase } from './database';
import { storeResolvedInspection } from './inspectionRepository';
import { storeResolvedMachine } from './machineRepository';
import type { SyncableRecord } from './outboxSnapshot';
import { RecordStateError } from './recordStateError';
import { conflictKey, getConflictCopy, getSyncState, putSyncState } from './recordSyncState';
import { recordTables } from './recordTables';

export async function resolveConflict(
  db: AppDatabase,
  chosen: SyncableRecord,
): Promise<SyncableRecord> {
  // A bad version throws a ZodError before any transaction opens.
  if (chosen.kind === 'inspection') Inspection.parse(chosen);
  else Machine.parse(chosen);
  return db.transaction('rw', recordTables(db), async () => {
    const copy = await getConflictCopy(db, chosen.id);
    if (!copy)
      throw new RecordStateError(
        'not-draft',
        chosen.id,
        `Record ${chosen.id} has no conflict to resolve.`,
      );
    // Written by the record's repository, the one writer (audit action `resolve`).
    const office = { rev: copy.body.rev, serverRev: copy.serverRev };
    const next =
      chosen.kind === 'inspection'
        ? await storeResolvedInspection(db, chosen, office)
        : await storeResolvedMachine(db, chosen, office);
    await db.settings.delete(conflictKey(next.id));
    const state = await getSyncState(db, next.id);
    await putSyncState(db, next.id, {
      kind: next.kind,
      state: 'synced',
      origin: 'own',
      serverRev: copy.serverRev,
      serverHash: copy.serverHash,
      rev: next.rev,
      heldAttachments: state?.heldAttachments ?? [],
    });
    return next;
  });
}
