/**
 * Rectification items and 复查 drafts from the local store (docs/rectification.md). The
 * states are derived by shared/rectification from the finalised records held here, so the
 * laptop and the office compute them alike after sync. The 复查 draft is written through
 * saveDraft, the one write path of a draft (its rows, outbox entry and audit entry together).
 */
import { newRecordId } from '../../shared/domain/ids';
import type { Inspection } from '../../shared/domain/inspection';
import type { Inspector } from '../../shared/domain/inspector';
import { createRecheck } from '../../shared/rectification/createRecheck';
import {
  deriveRectificationItems,
  type RectificationItem,
} from '../../shared/rectification/rectificationState';
import type { AppDatabase } from './database';
import { getDeviceIdentity } from './deviceRepository';
import { saveDraft } from './inspectionRepository';
import { RecordStateError } from './recordStateError';

/** The finalised records of the store (drafts never count for rectification). */
async function finalisedRecords(db: AppDatabase): Promise<Inspection[]> {
  return db.inspections.filter((r) => r.status === 'finalized').toArray();
}

/** Every rectification item of the store on the Shanghai day of `now`, by deadline. */
export async function listRectificationItems(
  db: AppDatabase,
  now: Date,
): Promise<RectificationItem[]> {
  return deriveRectificationItems(await finalisedRecords(db), now);
}

/** The 复查 records (drafts too) that name `id` as the record they re-inspect. */
export async function findRechecksOf(db: AppDatabase, id: string): Promise<Inspection[]> {
  const found = await db.inspections.filter((r) => r.recheck?.of.id === id).toArray();
  return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Starts a 复查 draft of the finalised record `sourceId` with the given inspectors. */
export async function startRecheck(
  db: AppDatabase,
  sourceId: string,
  inspectors: readonly Inspector[],
  now: Date = new Date(),
): Promise<Inspection> {
  const source = await db.inspections.get(sourceId);
  if (source === undefined)
    throw new RecordStateError('not-found', sourceId, `Record ${sourceId} does not exist.`);
  if (source.status !== 'finalized')
    throw new RecordStateError('not-finalized', sourceId, `Record ${sourceId} is a draft.`);
  const [items, { deviceId }] = await Promise.all([
    listRectificationItems(db, now),
    getDeviceIdentity(db),
  ]);
  const draft = createRecheck(source, items, {
    id: newRecordId(),
    now: now.toISOString(),
    deviceId,
    inspectors,
  });
  return saveDraft(db, draft);
}
