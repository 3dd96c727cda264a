/**
 * The one writer of inspection records (docs/architecture.md "Write path"). Every write of a
 * record goes through `write` below: created, saved (autosave), patched, finalised, amended,
 * deleted, stored as it came by pull or file import, rebased by a receipt, or resolved from a
 * conflict. It puts the body, its summary, its search tokens, its outbox row and its audit
 * entry in the caller's transaction over `recordTables`: all or nothing. Local edits parse
 * with the domain schema first (a bad value throws a ZodError before any transaction opens);
 * what arrives by sync was parsed where it was read (applyPulledChanges.ts, importSyncFile.ts).
 * Nothing else writes the inspections, summaries, search, outbox or audit tables
 * (tests/static/recordWriters.test.ts).
 */
import { canonicalHash } from '../../shared/domain/hash';
import type { DeviceId } from '../../shared/domain/ids';
import { newRecordId } from '../../shared/domain/ids';
import {
  Inspection,
  type InspectionInput,
  type InspectionReason,
  type InspectionType,
  type TemplateRef,
} from '../../shared/domain/inspection';
import type { Inspector } from '../../shared/domain/inspector';
import { machineIdentityOf } from '../../shared/domain/machine';
import type { Site } from '../../shared/domain/site';
import { createAmendment } from '../../shared/records/amendment';
import type { AuditAction } from '../../shared/records/auditChain';
import { referencedAttachmentHashes } from '../../shared/records/contentHash';
import { finaliseInspection } from '../../shared/records/finalise';
import { recordYear } from '../../shared/records/recordNumber';
import { readAuditContext, writeAudit, type AuditContext, type AuditInput } from './auditLog';
import type { AppDatabase, OutboxRow } from './database';
import { getDeviceIdentity } from './deviceRepository';
import {
  FinaliseBlockedError,
  findStoredFinaliseProblems,
  strictDurabilityForNextTransaction,
} from './finaliseChecks';
import { outboxRowFor, searchRowFor, toSummaryRow } from './inspectionRows';
import {
  listInspectionSummaries,
  type InspectionFilter,
  type InspectionSummary,
} from './listInspectionSummaries';
import { allocateRecordNumber } from './recordNumberRepository';
import { RecordStateError } from './recordStateError';
import { recordTables } from './recordTables';
import { toSiteRow } from './siteRows';

export type { InspectionFilter, InspectionSummary } from './listInspectionSummaries';

/**
 * One change to one record's rows. `body`: the version to store, or null to remove the
 * record's rows (a deleted draft), or absent to leave the body (a receipt that only settles
 * the outbox). `stored`: the body stored before, whose site name tells whether the search
 * tokens change (every write of a body writes its tokens with it, so the stored body's name
 * is the tokens' name). `outbox`: the row to queue, null to take it off the queue, absent to
 * leave it. `action`: the audit entry's action; every change of the body has one.
 */
interface RecordChange {
  readonly id: string;
  readonly body?: Inspection | null;
  readonly stored: Inspection | undefined;
  readonly outbox?: OutboxRow | null;
  readonly action?: AuditAction;
  readonly now: string;
}

/**
 * THE write. Must run inside a transaction over `recordTables(db)` (every caller here opens
 * one, which joins a sync module's when there is one). All requests are issued at once:
 * IndexedDB runs them in order within the transaction, and not waiting for each saves a
 * round trip per row (docs/tech-notes.md §10). `audit` is the chain head read by a caller
 * that read it alongside its own reads (the autosave's hot path); else it is read here.
 */
async function write(
  db: AppDatabase,
  changes: readonly RecordChange[],
  audit?: AuditContext,
): Promise<void> {
  const bodies: Inspection[] = [];
  const removed: string[] = [];
  const queued: OutboxRow[] = [];
  const dequeued: string[] = [];
  const entries: AuditInput[] = [];
  for (const change of changes) {
    const { body, stored, outbox } = change;
    if (body === null) removed.push(change.id);
    else if (body !== undefined) bodies.push(body);
    if (outbox === null) dequeued.push(change.id);
    else if (outbox !== undefined) queued.push(outbox);
    if (body === undefined) continue;
    const version = body ?? stored;
    if (change.action === undefined || version === undefined)
      throw new Error(`A write of record ${change.id} must name its audit action.`);
    entries.push({
      recordId: change.id,
      recordKind: 'inspection',
      action: change.action,
      rev: version.rev,
      contentHash: outbox?.contentHash ?? canonicalHash(version),
      deviceTime: change.now,
    });
  }
  const retokened = changes.flatMap((c) =>
    c.body && c.stored?.site.name !== c.body.site.name ? [searchRowFor(c.body)] : [],
  );
  const context = audit ?? (entries.length > 0 ? await readAuditContext(db) : undefined);
  await Promise.all([
    bodies.length > 0 ? db.inspections.bulkPut(bodies) : undefined,
    bodies.length > 0 ? db.inspectionIndex.bulkPut(bodies.map(toSummaryRow)) : undefined,
    retokened.length > 0 ? db.inspectionSearch.bulkPut(retokened) : undefined,
    queued.length > 0 ? db.outbox.bulkPut(queued) : undefined,
    removed.length > 0 ? db.inspections.bulkDelete(removed) : undefined,
    removed.length > 0 ? db.inspectionIndex.bulkDelete(removed) : undefined,
    removed.length > 0 ? db.inspectionSearch.bulkDelete(removed) : undefined,
    dequeued.length > 0 ? db.outbox.bulkDelete(dequeued) : undefined,
    context === undefined ? undefined : writeAudit(db, context, entries),
  ]);
}

/** Runs `scope` in a read-write transaction over the one table list (or joins the caller's). */
function inWriteTransaction<T>(db: AppDatabase, scope: () => Promise<T>): Promise<T> {
  return db.transaction('rw', recordTables(db), scope);
}

function notFound(id: string): RecordStateError {
  return new RecordStateError('not-found', id, `Record ${id} does not exist.`);
}

export interface NewInspection {
  type: InspectionType;
  template: TemplateRef;
  site: Site;
  inspectors: Inspector[];
  deviceId: DeviceId;
  /** The registered machine a machinery check is of (machineCheckDraft.ts). */
  machineId?: string;
  /** 检查事由; a routine visit when not given. */
  reason?: InspectionReason;
  /** Facts known before the checklist opens, e.g. prefilled from the machine registry. */
  facts?: InspectionInput['facts'];
}

/**
 * Starts a draft, and records its site in the site registry, in one transaction with its
 * outbox row and audit entry. The id is new, so nothing is read but the audit chain's head.
 */
export async function createDraftInspection(
  db: AppDatabase,
  input: NewInspection,
): Promise<Inspection> {
  const now = new Date().toISOString();
  const draft = Inspection.parse({
    id: newRecordId(),
    rev: 1,
    baseRev: 0,
    status: 'draft',
    deviceId: input.deviceId,
    createdAt: now,
    updatedAt: now,
    kind: 'inspection',
    type: input.type,
    template: input.template,
    site: input.site,
    inspectors: input.inspectors,
    // The laptop's inspector writes the record and a routine visit is the common case; both
    // are shown on the record and can be changed (docs/records.md).
    reason: input.reason ?? 'routine',
    ...(input.inspectors[0] === undefined ? {} : { recorder: input.inspectors[0].name }),
    ...(input.machineId === undefined ? {} : { machineId: input.machineId }),
    ...(input.facts === undefined ? {} : { facts: input.facts }),
  } satisfies InspectionInput);
  await inWriteTransaction(db, async () => {
    const outbox = outboxRowFor(draft, undefined, now);
    await Promise.all([
      db.sites.put(toSiteRow(draft.site)),
      write(db, [{ id: draft.id, body: draft, stored: undefined, outbox, action: 'create', now }]),
    ]);
  });
  return draft;
}

/**
 * Saves a draft (autosave). Upserts, so a draft that arrived by import can be saved too.
 * The stored record decides the envelope: rev is one above the higher of the stored and the
 * given rev (a stale form cannot lower it), and baseRev, createdAt and deviceId stay as
 * stored, because sync owns them. Throws RecordStateError for a finalized record.
 *
 * The hot path of the app (docs/design.md: p95 ≤ 8 ms): one parse, then every read the write
 * needs (stored body, outbox row, audit head) issued together, then every write together.
 */
export async function saveDraft(db: AppDatabase, inspection: Inspection): Promise<Inspection> {
  const parsed = Inspection.parse(inspection);
  if (parsed.status !== 'draft') {
    throw new RecordStateError(
      'not-draft',
      parsed.id,
      `Only drafts can be saved as drafts (record ${parsed.id} is ${parsed.status}).`,
    );
  }
  return inWriteTransaction(db, async () => {
    const [stored, queued, audit] = await Promise.all([
      db.inspections.get(parsed.id),
      db.outbox.get(parsed.id),
      readAuditContext(db),
    ]);
    if (stored?.status === 'finalized') {
      throw new RecordStateError(
        'finalized',
        parsed.id,
        `Record ${parsed.id} is finalized and can no longer be changed.`,
      );
    }
    const now = new Date().toISOString();
    const next: Inspection = {
      ...parsed,
      rev: Math.max(stored?.rev ?? 0, parsed.rev) + 1,
      baseRev: stored?.baseRev ?? parsed.baseRev,
      createdAt: stored?.createdAt ?? parsed.createdAt,
      deviceId: stored?.deviceId ?? parsed.deviceId,
      updatedAt: now,
    };
    const outbox = outboxRowFor(next, queued, now);
    const action = stored ? 'update' : 'create';
    await write(db, [{ id: next.id, body: next, stored, outbox, action, now }], audit);
    return next;
  });
}

/**
 * One change to the evidence parts of a stored draft (photos, location, inspectors, legal
 * steps, signatures), applied to the record AS STORED NOW, not to the copy a screen holds:
 * the checklist autosaves its own parts of the same record meanwhile, and a read-modify-write
 * over a stale copy would undo them. Reading and saving share one transaction. Throws a
 * ZodError when the result is invalid.
 */
export async function patchDraft(
  db: AppDatabase,
  id: string,
  change: (current: Inspection) => Inspection,
): Promise<Inspection> {
  return inWriteTransaction(db, async () => {
    const current = await db.inspections.get(id);
    if (current === undefined) throw notFound(id);
    const next = change(current);
    // Nothing changed (e.g. a blur without typing): no new revision, no audit entry.
    if (next === current) return current;
    return saveDraft(db, next);
  });
}

/**
 * Deletes a draft and its outbox entry; deleting what is not there is a no-op. Finalized
 * records are never deleted (docs/design.md: corrections are amendments).
 */
export async function deleteDraft(db: AppDatabase, id: string): Promise<void> {
  await inWriteTransaction(db, async () => {
    const stored = await db.inspections.get(id);
    if (!stored) return;
    if (stored.status !== 'draft') {
      throw new RecordStateError(
        'finalized',
        id,
        `Record ${id} is finalized and cannot be deleted.`,
      );
    }
    const now = new Date().toISOString();
    await write(db, [{ id, body: null, stored, outbox: null, action: 'delete', now }]);
  });
}

/**
 * Finalises a stored draft; returns the finalised record (with number and hash). Validates,
 * numbers, hashes and writes in ONE transaction with strict durability: a failure anywhere
 * leaves the draft as it was and consumes no number (the sequence counter is in the same
 * transaction). The record is then read-only: saveDraft and deleteDraft refuse it.
 */
export async function finaliseInspectionRecord(
  db: AppDatabase,
  id: string,
  now: string = new Date().toISOString(),
): Promise<Inspection> {
  await db.open();
  const restoreDurability = strictDurabilityForNextTransaction(db);
  try {
    return await inWriteTransaction(db, async () => {
      restoreDurability();
      const stored = await db.inspections.get(id);
      if (stored === undefined) throw notFound(id);
      if (stored.status !== 'draft')
        throw new RecordStateError('finalized', id, `Record ${id} is already finalized.`);
      const { problems, machine } = await findStoredFinaliseProblems(db, stored);
      if (problems.length > 0) throw new FinaliseBlockedError(id, problems);
      // startedAt is present: its absence is a blocking problem above.
      const year = recordYear(stored.startedAt ?? now);
      const { recordNumber } = await allocateRecordNumber(db, stored.site.countyCode, year);
      const finalised = finaliseInspection(
        machine ? { ...stored, machine: machineIdentityOf(machine) } : stored,
        { recordNumber, now },
      );
      const outbox = outboxRowFor(finalised, await db.outbox.get(id), now);
      await write(db, [{ id, body: finalised, stored, outbox, action: 'finalise', now }]);
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
  return inWriteTransaction(db, async () => {
    const original = await db.inspections.get(id);
    if (original === undefined) throw notFound(id);
    if (original.status !== 'finalized')
      throw new RecordStateError('not-finalized', id, `Record ${id} is a draft: edit it instead.`);
    const { deviceId } = await getDeviceIdentity(db);
    const draft = createAmendment(original, newRecordId(), now, deviceId);
    for (const sha256 of referencedAttachmentHashes(draft)) {
      const row = await db.attachments.get(sha256);
      if (row === undefined) continue;
      const referrers = new Set([...(row.recordIds ?? [row.recordId]), draft.id]);
      await db.attachments.put({ ...row, recordIds: [...referrers] });
    }
    const outbox = outboxRowFor(draft, undefined, now);
    await write(db, [
      { id: draft.id, body: draft, stored: undefined, outbox, action: 'amend', now },
    ]);
    return draft;
  });
}

/**
 * Stores the office's version of a record as it came in a pull (applyPulledChanges.ts decides
 * when): a record new to this laptop, or a newer head of one not changed here. Not queued:
 * the office holds it already.
 */
export async function storePulledInspection(
  db: AppDatabase,
  body: Inspection,
  stored: Inspection | undefined,
): Promise<void> {
  await inWriteTransaction(db, () =>
    write(db, [{ id: body.id, body, stored, action: 'pull', now: new Date().toISOString() }]),
  );
}

/**
 * Stores a record read from a verified file (importSyncFile.ts), new to this laptop. This
 * device's own work (a backup) goes back into the outbox; another device's is not queued.
 */
export async function storeImportedInspection(
  db: AppDatabase,
  body: Inspection,
  queue: boolean,
  now: string,
): Promise<void> {
  await inWriteTransaction(db, async () => {
    const outbox = queue ? outboxRowFor(body, await db.outbox.get(body.id), now) : undefined;
    await write(db, [
      { id: body.id, body, stored: undefined, action: 'import', now, ...(outbox && { outbox }) },
    ]);
  });
}

/** What a receipt means for one record's rows (applyReceipt.ts decides it). */
export interface ReceiptOutcome {
  readonly id: string;
  /** The outbox row to keep queued (baseRev moved on), null to dequeue, absent to leave. */
  readonly outbox?: OutboxRow | null;
  /** The office's revision of an accepted record: a draft's next edit starts from it. */
  readonly rebaseTo?: number;
}

/**
 * Applies a receipt's outcomes: outbox rows leave or move on, and each accepted draft's body
 * is rebased onto the office's revision (audit action `rebase`); finalised bodies stay
 * byte-equal (their hash is the one the office holds). One bulkGet for the whole receipt
 * (docs/sync.md "Performance"). Only the body changes: baseRev is in neither the summary
 * row nor the search tokens.
 */
export async function applyReceiptToInspections(
  db: AppDatabase,
  outcomes: readonly ReceiptOutcome[],
): Promise<void> {
  if (outcomes.length === 0) return;
  await inWriteTransaction(db, async () => {
    const stored = await db.inspections.bulkGet(outcomes.map((o) => o.id));
    const now = new Date().toISOString();
    const changes = outcomes.flatMap((outcome, i): RecordChange[] => {
      const before = stored[i];
      const rebase =
        outcome.rebaseTo !== undefined &&
        before?.status === 'draft' &&
        before.baseRev !== outcome.rebaseTo;
      const body = rebase ? { ...before, baseRev: outcome.rebaseTo ?? before.baseRev } : undefined;
      if (body === undefined && outcome.outbox === undefined) return [];
      return [
        {
          id: outcome.id,
          stored: before,
          now,
          ...(outcome.outbox === undefined ? {} : { outbox: outcome.outbox }),
          ...(body === undefined ? {} : { body, action: 'rebase' as const }),
        },
      ];
    });
    await write(db, changes);
  });
}

/**
 * Saves the version a person chose between ours and the office's (resolveConflict.ts) as a
 * draft on the office's head, queued for the next push. Throws RecordStateError when the
 * record here is finalised.
 */
export async function storeResolvedInspection(
  db: AppDatabase,
  chosen: Inspection,
  office: { readonly rev: number; readonly serverRev: number },
): Promise<Inspection> {
  const parsed = Inspection.parse(chosen);
  return inWriteTransaction(db, async () => {
    const [stored, queued] = await Promise.all([
      db.inspections.get(parsed.id),
      db.outbox.get(parsed.id),
    ]);
    if (stored?.status === 'finalized')
      throw new RecordStateError('finalized', parsed.id, `Record ${parsed.id} is finalized.`);
    const now = new Date().toISOString();
    const next: Inspection = {
      ...parsed,
      status: 'draft',
      rev: Math.max(stored?.rev ?? 0, office.rev, parsed.rev) + 1,
      baseRev: office.serverRev,
      updatedAt: now,
    };
    const outbox = outboxRowFor(next, queued, now);
    await write(db, [{ id: next.id, body: next, stored, outbox, action: 'resolve', now }]);
    return next;
  });
}

export async function getInspection(db: AppDatabase, id: string): Promise<Inspection | undefined> {
  return db.inspections.get(id);
}

/** A page of summaries, newest first, and how many match in all. */
export async function listInspections(
  db: AppDatabase,
  filter: InspectionFilter = {},
): Promise<{ items: InspectionSummary[]; total: number }> {
  return listInspectionSummaries(db, filter);
}

/**
 * The two halves of listInspections, for a screen that draws the page before the total
 * arrives (the total of a large list costs several times the page: tests/bench/store.bench.ts).
 */
export { countInspections, listInspectionPage } from './listInspectionSummaries';

/** What finalising refuses with, and checking a stored record, beside the writes they go with. */
export { FinaliseBlockedError, verifyStoredRecord } from './finaliseChecks';
