/**
 * A record as it goes to the PDF: a draft machinery check with the machine's registry entry
 * as it is now; a finalised record as stored (shared/pdf/recordForPrint.ts; docs/records.md
 * "Machine identity"). A registry entry that cannot be read leaves the draft without it.
 */
import type { Inspection } from '../../../shared/domain/inspection';
import { recordForPrint } from '../../../shared/pdf/recordForPrint';
import type { AppDatabase } from '../../db/database';
import { getMachine } from '../../db/machineRepository';

export async function printableRecord(db: AppDatabase, record: Inspection): Promise<Inspection> {
  if (record.status !== 'draft' || record.machine !== undefined || record.machineId === undefined)
    return record;
  const machine = await getMachine(db, record.machineId).catch(() => undefined);
  return recordForPrint(record, machine);
}
