/**
 * What a push or a backup carries: the records in the outbox (as stored now) and the
 * attachments they reference. Records held in conflict or rejected are left out until they
 * change again: sending the same revision would only get the same answer.
 */
import type { Inspection } from '../../shared/domain/inspection';
import type { Machine } from '../../shared/domain/machine';
import type { AppDatabase, OutboxRow } from './database';
import { fromMachineRow } from './machineRows';
import { stateKey, SyncRecordState } from './recordSyncState';

export type SyncableRecord = Inspection | Machine;

export interface OutboxSnapshot {
  readonly records: readonly SyncableRecord[];
  /** Every attachment hash the records reference, with its MIME type. */
  readonly attachments: ReadonlyMap<
    string,
    { readonly mime: 'image/jpeg' | 'image/png' | 'application/pdf' }
  >;
}

/** Photo and signature hashes a record body references. */
export function referencedHashes(
  record: SyncableRecord,
): { sha256: string; mime: 'image/jpeg' | 'image/png' | 'application/pdf' }[] {
  const out = record.attachments.map((a) => ({ sha256: a.sha256, mime: a.mime }));
  if (record.kind === 'inspection') {
    for (const s of record.signatures) out.push({ sha256: s.attachmentSha256, mime: 'image/png' });
  }
  return out;
}

/** @param includeHeld true for backups and file exports, which carry everything unsynced. */
export async function snapshotOutbox(
  db: AppDatabase,
  includeHeld = false,
): Promise<OutboxSnapshot> {
  return db.transaction('r', [db.outbox, db.inspections, db.machines, db.settings], async () => {
    const rows: OutboxRow[] = await db.outbox.orderBy('queuedAt').toArray();
    const states = await db.settings.bulkGet(rows.map((r) => stateKey(r.recordId)));
    const sent = rows.filter((row, i) => {
      const state = SyncRecordState.safeParse(states[i]?.value);
      const held =
        state.success &&
        (state.data.state === 'conflict' || state.data.state === 'rejected') &&
        state.data.rev === row.rev;
      return includeHeld || !held;
    });
    // One bulkGet per table, not one get per record (docs/sync.md "Performance").
    const idsOf = (kind: OutboxRow['kind']) =>
      sent.filter((r) => r.kind === kind).map((r) => r.recordId);
    const [inspections, machines] = await Promise.all([
      db.inspections.bulkGet(idsOf('inspection')),
      db.machines.bulkGet(idsOf('machine')),
    ]);
    let nextInspection = 0;
    let nextMachine = 0;
    const records: SyncableRecord[] = [];
    for (const row of sent) {
      if (row.kind === 'inspection') {
        const body = inspections[nextInspection++];
        if (body) records.push(body);
      } else {
        const machine = machines[nextMachine++];
        if (machine) records.push(fromMachineRow(machine));
      }
    }
    const attachments = new Map<string, { mime: 'image/jpeg' | 'image/png' | 'application/pdf' }>();
    for (const record of records)
      for (const ref of referencedHashes(record)) attachments.set(ref.sha256, { mime: ref.mime });
    return { records, attachments };
  });
}
