/**
 * The records a printed record's QR is checked against (shared/records/printedRecordCheck.ts):
 * those holding its number, found through the summaries (no index on the number: a scan of
 * the small summary rows, ~10 ms for 10,000), and the ones amending the match.
 */
import type { Inspection } from '../../shared/domain/inspection';
import {
  checkPrintedRecord,
  type PrintedQr,
  type PrintedVerdict,
} from '../../shared/records/printedRecordCheck';
import type { AppDatabase } from './database';

export async function checkPrintedQr(
  db: AppDatabase,
  qr: PrintedQr,
): Promise<PrintedVerdict<Inspection>> {
  if (qr.kind === 'draft') return { kind: 'draft' };
  const withNumber = await recordsWithNumber(db, qr.recordNumber);
  const matchIds = new Set(withNumber.map((r) => r.id));
  const amendments =
    matchIds.size === 0
      ? []
      : await db.inspections
          .filter((r) => r.amends !== undefined && matchIds.has(r.amends.id))
          .toArray();
  return checkPrintedRecord(qr, withNumber, (id) => amendments.filter((a) => a.amends?.id === id));
}

/** For a number typed by hand: the finalised records holding it (normally one). */
export async function findFinalisedByNumber(
  db: AppDatabase,
  recordNumber: string,
): Promise<Inspection[]> {
  return (await recordsWithNumber(db, recordNumber.trim())).filter((r) => r.status === 'finalized');
}

/** Every record holding `recordNumber`, any status. */
async function recordsWithNumber(db: AppDatabase, recordNumber: string): Promise<Inspection[]> {
  const ids = await db.inspectionIndex
    .filter((row) => row.recordNumber === recordNumber)
    .primaryKeys();
  return (await db.inspections.bulkGet(ids)).filter((r): r is Inspection => r !== undefined);
}
