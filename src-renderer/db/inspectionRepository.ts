/**
 * Inspections in the local store. Every write parses with the domain schema first (a bad
 * value throws a ZodError before any transaction opens) and then writes the body, its
 * summary, its search tokens and its outbox entry in one transaction: all or nothing.
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
import type { RecordStatus } from '../../shared/domain/record';
import type { Site } from '../../shared/domain/site';
import type { AuditAction } from '../../shared/records/auditChain';
import { appendAudit, readAuditContext, writeAudit, type AuditInput } from './auditLog';
import type { AppDatabase, InspectionSummaryRow } from './database';
import {
  deleteInspectionRows,
  inspectionTables,
  outboxRowFor,
  writeInspectionRows,
} from './inspectionRows';
import { listInspectionSummaries } from './listInspectionSummaries';
import { RecordStateError } from './recordStateError';
import { toSiteRow } from './siteRows';

/** One line of an inspection list, read without loading the body. */
export type InspectionSummary = InspectionSummaryRow;

export interface InspectionFilter {
  type?: InspectionType;
  status?: RecordStatus;
  countyCode?: string;
  /** First day, YYYY-MM-DD, inclusive, as a day in Asia/Shanghai; '' means no bound. */
  from?: string;
  /** Last day, YYYY-MM-DD, inclusive, as a day in Asia/Shanghai; '' means no bound. */
  to?: string;
  /** Part of the site name (any case, full- or half-width). */
  search?: string;
  /** Page size, default 50. */
  limit?: number;
  offset?: number;
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
  await db.transaction('rw', inspectionTables(db), async () => {
    const audit = await readAuditContext(db);
    const outbox = outboxRowFor(draft, undefined, now);
    await Promise.all([
      writeInspectionRows(db, draft, outbox, undefined),
      db.sites.put(toSiteRow(draft.site)),
      writeAudit(db, audit, auditOf(draft, 'create', outbox.contentHash, now)),
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
  return db.transaction('rw', inspectionTables(db), async () => {
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
    await Promise.all([
      writeInspectionRows(db, next, outbox, stored?.site.name),
      writeAudit(db, audit, auditOf(next, stored ? 'update' : 'create', outbox.contentHash, now)),
    ]);
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

/**
 * Deletes a draft and its outbox entry; deleting what is not there is a no-op. Finalized
 * records are never deleted (docs/design.md: corrections are amendments).
 */
export async function deleteDraft(db: AppDatabase, id: string): Promise<void> {
  await db.transaction('rw', inspectionTables(db), async () => {
    const stored = await db.inspections.get(id);
    if (!stored) return;
    if (stored.status !== 'draft') {
      throw new RecordStateError(
        'finalized',
        id,
        `Record ${id} is finalized and cannot be deleted.`,
      );
    }
    await deleteInspectionRows(db, id);
    await appendAudit(
      db,
      auditOf(stored, 'delete', canonicalHash(stored), new Date().toISOString()),
    );
  });
}

/** The audit entry of an inspection write (the content hash is the outbox's, of the stored body). */
export function auditOf(
  inspection: Inspection,
  action: AuditAction,
  contentHash: string,
  deviceTime: string,
): AuditInput {
  return {
    recordId: inspection.id,
    recordKind: 'inspection',
    action,
    rev: inspection.rev,
    contentHash,
    deviceTime,
  };
}
