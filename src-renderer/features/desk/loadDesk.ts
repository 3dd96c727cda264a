/**
 * The desk's data from the local store (docs/rectification.md "Office desk"): the finalised
 * records and their rectification items on the day of `now`, read once per change of the
 * store; filters then work on memory only, so a filter change does not touch IndexedDB.
 */
import type { Inspection } from '../../../shared/domain/inspection';
import {
  deriveRectificationItems,
  type RectificationItem,
} from '../../../shared/rectification/rectificationState';
import type { AppDatabase } from '../../db/database';

export interface DeskData {
  readonly records: readonly Inspection[];
  readonly items: readonly RectificationItem[];
}

export async function loadDesk(db: AppDatabase, now: Date): Promise<DeskData> {
  const records = await db.inspections.filter((r) => r.status === 'finalized').toArray();
  return { records, items: deriveRectificationItems(records, now) };
}
