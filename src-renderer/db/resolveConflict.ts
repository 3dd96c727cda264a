/**
 * Resolving a conflict: the version a person put together (conflictDiff.mergeChoices) is
 * saved as a new draft whose baseRev is the office's head, queued for the next push, and
 * the conflict copy goes, all in one transaction. Nothing is overwritten without a choice.
 */
import { Inspection } from '../../shared/domain/inspection';
import { Machine } from '../../shared/domain/machine';
import { appendAudit } from './auditLog';
import type { AppDatabase } from './database';
import { putInspectionRows, queueInspection } from './inspectionRows';
import { fromMachineRow, queueMachine, toMachineRow } from './machineRows';
import { RecordStateError } from './recordStateError';
import { conflictKey, getConflictCopy, getSyncState, putSyncState } from './recordSyncState';
import type { SyncableRecord } from './outboxSnapshot';

export async function resolveConflict(
  db: AppDatabase,
  chosen: SyncableRecord,
): Promise<SyncableRecord> {
  const parsed = chosen.kind === 'inspection' ? Inspection.parse(chosen) : Machine.parse(chosen);
  const tables = [
    db.inspections,
    db.inspectionIndex,
    db.inspectionSearch,
    db.machines,
    db.outbox,
    db.settings,
    db.auditLog,
    db.sites,
  ] as const;
  return db.transaction('rw', tables, async () => {
    const copy = await getConflictCopy(db, parsed.id);
    if (!copy)
      throw new RecordStateError(
        'not-draft',
        parsed.id,
        `Record ${parsed.id} has no conflict to resolve.`,
      );
    const local =
      parsed.kind === 'inspection'
        ? await db.inspections.get(parsed.id)
        : await db.machines.get(parsed.id).then((r) => (r ? fromMachineRow(r) : undefined));
    if (local?.status === 'finalized')
      throw new RecordStateError('finalized', parsed.id, `Record ${parsed.id} is finalized.`);
    const now = new Date().toISOString();
    const next = {
      ...parsed,
      status: 'draft' as const,
      rev: Math.max(local?.rev ?? 0, copy.body.rev, parsed.rev) + 1,
      baseRev: copy.serverRev,
      updatedAt: now,
    };
    const queued =
      next.kind === 'inspection'
        ? await writeInspection(db, next, now)
        : await writeMachine(db, next, now);
    await appendAudit(db, {
      recordId: next.id,
      recordKind: next.kind,
      action: 'update',
      rev: next.rev,
      contentHash: queued,
      deviceTime: now,
    });
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

async function writeInspection(db: AppDatabase, next: Inspection, now: string): Promise<string> {
  await putInspectionRows(db, next);
  return (await queueInspection(db, next, now)).contentHash;
}

async function writeMachine(db: AppDatabase, next: Machine, now: string): Promise<string> {
  await db.machines.put(toMachineRow(next));
  return (await queueMachine(db, next, now)).contentHash;
}
