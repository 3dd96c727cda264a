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
import { applyReceiptToInspections, type ReceiptOutcome } from './inspectionRepository';
import { applyReceiptToMachines } from './machineRepository';
import { getSyncState, putSyncState, stateKey, SyncRecordState } from './recordSyncState';
import { recordTables } from './recordTables';

export interface ReceiptSummary {
  readonly synced: number;
  readonly conflicts: number;
  readonly rejected: number;
  /** Still queued because they changed during the push. */
  readonly stillQueued: number;
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
  await db.transaction('rw', recordTables(db), async () => {
    const before = await readBefore(
      db,
      receipt.records.map((r) => r.id),
    );
    // The rows' changes go to the records' repositories (the one writer), all at once; an id
    // listed twice has its changes written before its next entry is read.
    const outcomes: (ReceiptOutcome & { kind: 'inspection' | 'machine' })[] = [];
    const settle = async (outcome: ReceiptOutcome & { kind: 'inspection' | 'machine' }) => {
      if (before.unique) outcomes.push(outcome);
      else await settleOutcomes(db, [outcome]);
    };
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
        if (unchanged) await settle({ kind: result.kind, id: result.id, outbox: null });
        continue;
      }
      synced++;
      await putSyncState(db, result.id, {
        ...base,
        state: 'synced',
        serverRev: result.serverRev,
        serverHash: result.serverHash,
      });
      if (queued && !unchanged) stillQueued++;
      await settle({
        kind: result.kind,
        id: result.id,
        rebaseTo: result.serverRev,
        ...(unchanged
          ? { outbox: null }
          : queued
            ? { outbox: { ...queued, baseRev: result.serverRev } }
            : {}),
      });
    }
    await settleOutcomes(db, outcomes);
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
    unique,
    queued: async (i: number): Promise<OutboxRow | undefined> =>
      unique ? queuedRows[i] : db.outbox.get(ids[i] ?? ''),
    state: async (i: number): Promise<SyncRecordState | undefined> => {
      if (!unique) return getSyncState(db, ids[i] ?? '');
      const parsed = SyncRecordState.safeParse(stateRows[i]?.value);
      return parsed.success ? parsed.data : undefined;
    },
  };
}

/** Hands the outcomes to each kind's repository, which rebases drafts and settles the outbox. */
async function settleOutcomes(
  db: AppDatabase,
  outcomes: readonly (ReceiptOutcome & { kind: 'inspection' | 'machine' })[],
): Promise<void> {
  await applyReceiptToInspections(
    db,
    outcomes.filter((o) => o.kind === 'inspection'),
  );
  await applyReceiptToMachines(
    db,
    outcomes.filter((o) => o.kind === 'machine'),
  );
}
