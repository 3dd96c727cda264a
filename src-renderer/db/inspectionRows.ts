/**
 * Writes an inspection's rows (body, summary, search tokens, outbox entry) together. Callers
 * run these inside one rw transaction over `inspectionTables`; nothing here awaits anything
 * but Dexie, and hashing is synchronous (TECH-NOTES §5).
 */
import { canonicalHash } from '../../shared/domain/hash';
import type { Inspection } from '../../shared/domain/inspection';
import type { AppDatabase, InspectionSearchRow, InspectionSummaryRow, OutboxRow } from './database';
import { searchTokensFor } from './searchTokens';

/**
 * The tables an inspection write touches; pass them all to `db.transaction`. The audit log
 * and settings (its chain head) are here so every write can append its audit entry.
 */
export function inspectionTables(db: AppDatabase) {
  return [
    db.inspections,
    db.inspectionIndex,
    db.inspectionSearch,
    db.outbox,
    db.sites,
    db.auditLog,
    db.settings,
  ] as const;
}

/** ISO timestamps compare as strings only in one shape; toISOString() is that shape. */
function canonicalTime(iso: string): string {
  return new Date(iso).toISOString();
}

export function toSummaryRow(inspection: Inspection): InspectionSummaryRow {
  return {
    id: inspection.id,
    type: inspection.type,
    status: inspection.status,
    siteId: inspection.site.id,
    siteName: inspection.site.name,
    siteKind: inspection.site.kind,
    countyCode: inspection.site.countyCode,
    templateId: inspection.template.id,
    updatedAt: canonicalTime(inspection.updatedAt),
    createdAt: inspection.createdAt,
    ...(inspection.startedAt ? { startedAt: inspection.startedAt } : {}),
    ...(inspection.recordNumber ? { recordNumber: inspection.recordNumber } : {}),
  };
}

function searchRowFor(inspection: Inspection): InspectionSearchRow {
  return {
    id: inspection.id,
    siteName: inspection.site.name,
    tokens: searchTokensFor(inspection.site.name),
  };
}

/**
 * Body, summary and (only when the site name changed) search tokens, for a caller that has
 * not read the stored body: the search row is read to tell.
 */
export async function putInspectionRows(db: AppDatabase, inspection: Inspection): Promise<void> {
  await db.inspections.put(inspection);
  await db.inspectionIndex.put(toSummaryRow(inspection));
  const search = await db.inspectionSearch.get(inspection.id);
  if (search?.siteName !== inspection.site.name) {
    await db.inspectionSearch.put(searchRowFor(inspection));
  }
}

/**
 * The outbox row of the saved version: keeps the place in the queue of the row already
 * queued (`queued`, read by the caller in the same transaction), else joins at `now`.
 */
export function outboxRowFor(
  inspection: Inspection,
  queued: OutboxRow | undefined,
  now: string,
): OutboxRow {
  return {
    recordId: inspection.id,
    kind: 'inspection',
    rev: inspection.rev,
    baseRev: inspection.baseRev,
    contentHash: canonicalHash(inspection),
    queuedAt: queued?.queuedAt ?? now,
  };
}

/**
 * Body, summary, outbox row and search tokens for a caller that has read what was stored
 * (saveDraft) or knows nothing was (a new id). The tokens are rewritten only when the site
 * name differs from `storedSiteName` (undefined: nothing stored, so no tokens either): every
 * write of a body writes its tokens with it, so the stored body's name is the tokens' name.
 * All requests are issued at once: IndexedDB runs them in order within the transaction, and
 * not waiting for each saves a round trip per row (TECH-NOTES §10).
 */
export async function writeInspectionRows(
  db: AppDatabase,
  inspection: Inspection,
  outbox: OutboxRow,
  storedSiteName: string | undefined,
): Promise<void> {
  await Promise.all([
    db.inspections.put(inspection),
    db.inspectionIndex.put(toSummaryRow(inspection)),
    storedSiteName === inspection.site.name
      ? undefined
      : db.inspectionSearch.put(searchRowFor(inspection)),
    db.outbox.put(outbox),
  ]);
}

/** Queues the saved version for sync, keeping its place in the queue if already queued. */
export async function queueInspection(
  db: AppDatabase,
  inspection: Inspection,
  now: string,
): Promise<OutboxRow> {
  const row = outboxRowFor(inspection, await db.outbox.get(inspection.id), now);
  await db.outbox.put(row);
  return row;
}

export async function deleteInspectionRows(db: AppDatabase, id: string): Promise<void> {
  await db.inspections.delete(id);
  await db.inspectionIndex.delete(id);
  await db.inspectionSearch.delete(id);
  await db.outbox.delete(id);
}
