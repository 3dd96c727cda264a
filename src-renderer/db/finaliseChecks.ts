/**
 * What finalising checks in the store, and checking a stored record afterwards. The write
 * itself (number, hash, rows, audit entry in ONE transaction) is
 * inspectionRepository.finaliseInspectionRecord, the one writer of records
 * (docs/architecture.md "Write path").
 */
import type { Dexie } from 'dexie';
import type { Inspection } from '../../shared/domain/inspection';
import type { Machine } from '../../shared/domain/machine';
import {
  referencedAttachmentHashes,
  verifyRecord,
  type VerifyResult,
} from '../../shared/records/contentHash';
import {
  findFinaliseProblems,
  problem,
  type FinaliseProblem,
} from '../../shared/records/finaliseValidation';
import { getTemplate } from '../../shared/templates/registry';
import { loadAttachmentBytes } from './attachmentRepository';
import type { AppDatabase } from './database';
import { fromMachineRow } from './machineRows';
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
export function strictDurabilityForNextTransaction(db: AppDatabase): () => void {
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

/**
 * Every reason the stored draft cannot be finalised (empty when it can), and the registry
 * entry a machinery check is of. Read inside the finalising transaction, so what is checked
 * is what is written (inspectionRepository.finaliseInspectionRecord).
 */
export async function findStoredFinaliseProblems(
  db: AppDatabase,
  stored: Inspection,
): Promise<{ problems: FinaliseProblem[]; machine: Machine | undefined }> {
  const problems = findFinaliseProblems(
    stored,
    getTemplate(stored.template.id, stored.template.version),
  );
  for (const sha256 of referencedAttachmentHashes(stored)) {
    if ((await db.attachments.get(sha256)) === undefined) {
      problems.push(problem('attachment-missing', ['attachments', sha256], { params: { sha256 } }));
    }
  }
  const machine = await machineOfCheck(db, stored);
  if (machine === null)
    problems.push(
      problem('machine-unknown', ['machine'], { params: { id: stored.machineId ?? '' } }),
    );
  return { problems, machine: machine ?? undefined };
}

/** Recomputes a stored record's hash and every attachment's from the stored bytes. */
export async function verifyStoredRecord(db: AppDatabase, id: string): Promise<VerifyResult> {
  const stored = await db.inspections.get(id);
  if (stored === undefined)
    throw new RecordStateError('not-found', id, `Record ${id} does not exist.`);
  return verifyRecord(stored, await loadAttachmentBytes(db, referencedAttachmentHashes(stored)));
}
