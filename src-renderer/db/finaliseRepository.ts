/**
 * Finalising and amending in the store. Finalising validates, numbers, hashes and writes the
 * record, its summary, its outbox entry and its audit entry in ONE transaction: a failure
 * anywhere leaves the draft as it was and consumes no number (the sequence counter is in the
 * same transaction). The record is then read-only: saveDraft and deleteDraft refuse it.
 */
import type { Dexie } from 'dexie';
import { newRecordId } from '../../shared/domain/ids';
import type { Inspection } from '../../shared/domain/inspection';
import { machineIdentityOf, type Machine } from '../../shared/domain/machine';
import { createAmendment } from '../../shared/records/amendment';
import {
  referencedAttachmentHashes,
  verifyRecord,
  type VerifyResult,
} from '../../shared/records/contentHash';
import { finaliseInspection } from '../../shared/records/finalise';
import {
  findFinaliseProblems,
  problem,
  type FinaliseProblem,
} from '../../shared/records/finaliseValidation';
import { recordYear } from '../../shared/records/recordNumber';
import { getTemplate } from '../../shared/templates/registry';
import { loadAttachmentBytes } from './attachmentRepository';
import { appendAudit } from './auditLog';
import type { AppDatabase } from './database';
import { getDeviceIdentity } from './deviceRepository';
import { fromMachineRow } from './machineRows';
import { inspectionTables, putInspectionRows, queueInspection } from './inspectionRows';
import { auditOf } from './inspectionRepository';
import { allocateRecordNumber } from './recordNumberRepository';
import { RecordStateError } from './recordStateError';

/** Finalising was refused; `problems` lists every reason, each with a path to the field. */
export class FinaliseBlockedError extends Error {
  override readonly name = 'FinaliseBlockedError';

  constructor(
    readonly recordId: string,
    readonly problems: readonly FinaliseProblem[],
  ) {
    super(`Record ${recordId} cannot be finalised: ${problems.map((p) => p.code).join(', ')}`);
  }
}

/**
 * Makes the next transaction of `db` commit with 'strict' durability (the commit waits for the
 * disk, TECH-NOTES §10: about +0.5 ms). Dexie sets durability per database only and reads it
 * when it creates a transaction, a microtask after `db.transaction()` is called; so the
 * option is switched on here and switched back (call the returned function) as soon as the
 * transaction's scope runs. A transaction another caller starts in that gap is strict too:
 * slower by a fraction of a millisecond, never less safe. No-op where durability is ignored.
 */
function strictDurabilityForNextTransaction(db: AppDatabase): () => void {
  const options: Dexie['_options'] = db._options;
  const before = options.chromeTransactionDurability;
  options.chromeTransactionDurability = 'strict';
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    options.chromeTransactionDurability = before;
  };
}

/**
 * The registry entry a machinery check is of: undefined for other records, null when the
 * entry is gone. Its identity is copied into the record at finalising (docs/records.md).
 */
async function machineOfCheck(
  db: AppDatabase,
  record: Inspection,
): Promise<Machine | null | undefined> {
  if (record.machineId === undefined) return undefined;
  const row = await db.machines.get(record.machineId);
  return row === undefined ? null : fromMachineRow(row);
}

/** Finalises a stored draft; returns the finalised record (with number and hash). */
export async function finaliseInspectionRecord(
  db: AppDatabase,
  id: string,
  now: string = new Date().toISOString(),
): Promise<Inspection> {
  const tables = [...inspectionTables(db), db.attachments, db.machines];
  await db.open();
  const restoreDurability = strictDurabilityForNextTransaction(db);
  try {
    return await db.transaction('rw', tables, async () => {
      restoreDurability();
      const stored = await db.inspections.get(id);
      if (stored === undefined)
        throw new RecordStateError('not-found', id, `Record ${id} does not exist.`);
      if (stored.status !== 'draft')
        throw new RecordStateError('finalized', id, `Record ${id} is already finalized.`);
      const problems = findFinaliseProblems(
        stored,
        getTemplate(stored.template.id, stored.template.version),
      );
      for (const sha256 of referencedAttachmentHashes(stored)) {
        if ((await db.attachments.get(sha256)) === undefined) {
          problems.push(
            problem('attachment-missing', ['attachments', sha256], { params: { sha256 } }),
          );
        }
      }
      const machine = await machineOfCheck(db, stored);
      if (machine === null)
        problems.push(
          problem('machine-unknown', ['machine'], { params: { id: stored.machineId ?? '' } }),
        );
      if (problems.length > 0) throw new FinaliseBlockedError(id, problems);
      // startedAt is present: its absence is a blocking problem above.
      const year = recordYear(stored.startedAt ?? now);
      const { recordNumber } = await allocateRecordNumber(db, stored.site.countyCode, year);
      const finalised = finaliseInspection(
        machine ? { ...stored, machine: machineIdentityOf(machine) } : stored,
        { recordNumber, now },
      );
      await putInspectionRows(db, finalised);
      const queued = await queueInspection(db, finalised, now);
      await appendAudit(db, auditOf(finalised, 'finalise', queued.contentHash, now));
      return finalised;
    });
  } finally {
    restoreDurability();
  }
}

/**
 * Starts an amendment of a finalised record: a new draft pointing at it by id and hash, made
 * on this device. The original is not written at all. The amendment shares the original's
 * photos, so their rows list it as a referrer too (removing one from the draft keeps the bytes).
 */
export async function amendInspection(
  db: AppDatabase,
  id: string,
  now: string = new Date().toISOString(),
): Promise<Inspection> {
  return db.transaction('rw', [...inspectionTables(db), db.attachments], async () => {
    const stored = await db.inspections.get(id);
    if (stored === undefined)
      throw new RecordStateError('not-found', id, `Record ${id} does not exist.`);
    if (stored.status !== 'finalized')
      throw new RecordStateError('not-finalized', id, `Record ${id} is a draft: edit it instead.`);
    const { deviceId } = await getDeviceIdentity(db);
    const draft = createAmendment(stored, newRecordId(), now, deviceId);
    await putInspectionRows(db, draft);
    const queued = await queueInspection(db, draft, now);
    for (const sha256 of referencedAttachmentHashes(draft)) {
      const row = await db.attachments.get(sha256);
      if (row === undefined) continue;
      const referrers = new Set([...(row.recordIds ?? [row.recordId]), draft.id]);
      await db.attachments.put({ ...row, recordIds: [...referrers] });
    }
    await appendAudit(db, auditOf(draft, 'amend', queued.contentHash, now));
    return draft;
  });
}

/** Recomputes a stored record's hash and every attachment's from the stored bytes. */
export async function verifyStoredRecord(db: AppDatabase, id: string): Promise<VerifyResult> {
  const stored = await db.inspections.get(id);
  if (stored === undefined)
    throw new RecordStateError('not-found', id, `Record ${id} does not exist.`);
  return verifyRecord(stored, await loadAttachmentBytes(db, referencedAttachmentHashes(stored)));
}
