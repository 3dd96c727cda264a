/**
 * Applies the office's receipt for a pushed bundle in ONE transaction, per record:
 * - accepted / duplicate: synced at the server's revision; the outbox entry goes only if the
 *   record was not saved again during the push (same rev), and a draft's baseRev becomes
 *   the server's revision so its next edit is not a conflict. A finalised record's body is
 *   left as it is (its hash must stay the one the office holds).
 * - conflict: held as a conflict until a person chooses; the office's version arrives with
 *   the next pull (a `record` change) and is stored as the conflict copy.
 * - rejected: the reason is kept for the record screen; nothing is resent unchanged.
 */
import type { Receipt } from '../../shared/bundle/receiptSchema';
import type { AppDatabase, OutboxRow } from './database';
import { fromMachineRow, toMachineRow } from './machineRows';
import { getSyncState, putSyncState, stateKey, SyncRecordState } from './recordSyncState';

export interface ReceiptSummary {
  readonly synced: number;
  readonly conflicts: number;
  readonly rejected: number;
  /** Still queued because they changed during the push. */
  readonly stillQueued: number;
}

export function receiptTables(db: AppDatabase) {
  return [
    db.inspections,
    db.inspectionIndex,
    db.inspectionSearch,
    db.machines,
    db.outbox,
    db.settings,
  ] as const;
}

export async function applyReceipt(
  db: AppDatabase,
  receipt: Receipt,
  heldAttachments: readonly string[] = [],
): Promise<ReceiptSummary> {
  let synced = 0;
  let conflicts = 0;
  let rejected = 0;
  let stillQueued = 0;
  await db.transaction('rw', receiptTables(db), async () => {
    const before = await readBefore(
      db,
      receipt.records.map((r) => r.id),
    );
    const rebased: { kind: 'inspection' | 'machine'; id: string; serverRev: number }[] = [];
    for (const [i, result] of receipt.records.entries()) {
      const queued = await before.queued(i);
      const unchanged = queued !== undefined && queued.rev === result.rev;
      const previous = await before.state(i);
      const base: Omit<SyncRecordState, 'state' | 'serverRev' | 'serverHash'> = {
        kind: result.kind,
        origin: previous?.origin ?? 'own',
        rev: result.rev,
        heldAttachments: [...new Set([...(previous?.heldAttachments ?? []), ...heldAttachments])],
      };
      const staleDuplicate =
        result.result === 'duplicate' &&
        result.serverHash !== result.hash &&
        previous?.state === 'conflict';
      if (result.result === 'conflict' || staleDuplicate) {
        conflicts++;
        await putSyncState(db, result.id, {
          ...base,
          state: 'conflict',
          serverRev: result.serverRev,
          serverHash: result.serverHash,
          reason: result.reason ?? 'stale_base_rev',
        });
        continue;
      }
      if (result.result === 'rejected') {
        rejected++;
        await putSyncState(db, result.id, {
          ...base,
          state: 'rejected',
          serverRev: result.serverRev,
          serverHash: result.serverHash,
          reason: result.reason ?? 'rejected',
        });
        if (unchanged) await db.outbox.delete(result.id);
        continue;
      }
      synced++;
      await putSyncState(db, result.id, {
        ...base,
        state: 'synced',
        serverRev: result.serverRev,
        serverHash: result.serverHash,
      });
      rebased.push({ kind: result.kind, id: result.id, serverRev: result.serverRev });
      if (unchanged) await db.outbox.delete(result.id);
      else if (queued) {
        stillQueued++;
        await db.outbox.put({ ...queued, baseRev: result.serverRev });
      }
    }
    await rebase(db, rebased);
  });
  return { synced, conflicts, rejected, stillQueued };
}

/**
 * The outbox rows and sync states of a receipt's records, read with one bulkGet each
 * (docs/sync.md "Performance"). An id listed twice is read again when its turn comes, as
 * an earlier entry of the same receipt may have changed it.
 */
async function readBefore(db: AppDatabase, ids: readonly string[]) {
  const unique = new Set(ids).size === ids.length;
  const [queuedRows, stateRows] = unique
    ? await Promise.all([db.outbox.bulkGet([...ids]), db.settings.bulkGet(ids.map(stateKey))])
    : [[], []];
  return {
    queued: async (i: number): Promise<OutboxRow | undefined> =>
      unique ? queuedRows[i] : db.outbox.get(ids[i] ?? ''),
    state: async (i: number): Promise<SyncRecordState | undefined> => {
      if (!unique) return getSyncState(db, ids[i] ?? '');
      const parsed = SyncRecordState.safeParse(stateRows[i]?.value);
      return parsed.success ? parsed.data : undefined;
    },
  };
}

/**
 * A draft's next edit starts from the server's revision; finalised bodies stay byte-equal.
 * One bulkGet and one bulkPut per table for the whole receipt (docs/sync.md "Performance").
 * Only the body changes: baseRev is in neither the summary row nor the search tokens.
 */
async function rebase(
  db: AppDatabase,
  records: readonly { kind: 'inspection' | 'machine'; id: string; serverRev: number }[],
): Promise<void> {
  const inspections = records.filter((r) => r.kind === 'inspection');
  const machines = records.filter((r) => r.kind === 'machine');
  const [storedInspections, storedMachines] = await Promise.all([
    db.inspections.bulkGet(inspections.map((r) => r.id)),
    db.machines.bulkGet(machines.map((r) => r.id)),
  ]);
  const inspectionPuts = inspections.flatMap(({ serverRev }, i) => {
    const stored = storedInspections[i];
    return stored?.status === 'draft' && stored.baseRev !== serverRev
      ? [{ ...stored, baseRev: serverRev }]
      : [];
  });
  const machinePuts = machines.flatMap(({ serverRev }, i) => {
    const row = storedMachines[i];
    return row?.status === 'draft' && row.baseRev !== serverRev
      ? [toMachineRow({ ...fromMachineRow(row), baseRev: serverRev })]
      : [];
  });
  await Promise.all([db.inspections.bulkPut(inspectionPuts), db.machines.bulkPut(machinePuts)]);
}
