/**
 * The rows an inspection is stored as besides its body: the summary the lists read, the
 * search tokens of its site name and its outbox entry. Pure functions: the one module that
 * writes them is inspectionRepository.ts (docs/architecture.md "Write path"). Hashing is
 * synchronous, so they can run inside a Dexie transaction (docs/tech-notes.md §5).
 */
import { canonicalHash } from '../../shared/domain/hash';
import type { Inspection } from '../../shared/domain/inspection';
import type { InspectionSearchRow, InspectionSummaryRow, OutboxRow } from './database';
import { searchTokensFor } from './searchTokens';

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

export function searchRowFor(inspection: Inspection): InspectionSearchRow {
  return {
    id: inspection.id,
    siteName: inspection.site.name,
    tokens: searchTokensFor(inspection.site.name),
  };
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
