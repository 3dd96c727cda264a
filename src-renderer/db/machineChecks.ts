/**
 * A machine's on-site checks (machinery inspections with its `machineId`). The summary rows
 * carry no machine id, so this reads the machinery summaries by the `[type+updatedAt]` index
 * and then only their bodies: machinery checks are a small share of a laptop's records, and
 * no schema change (with its migration) is needed. If that share grows into the thousands,
 * add `machineId` to the summary row in a schema version 2.
 */
import Dexie from 'dexie';
import type { Inspection } from '../../shared/domain/inspection';
import type { RecordStatus } from '../../shared/domain/record';
import type { AppDatabase } from './database';

/** fail: an item failed or a reading exceeded its limit; pass: finalized without either. */
export type MachineCheckOutcome = 'pass' | 'fail' | 'open';

export interface MachineCheck {
  readonly id: string;
  readonly status: RecordStatus;
  readonly outcome: MachineCheckOutcome;
  readonly siteName: string;
  /** When the check began on site, else when the draft was created. */
  readonly date: string;
  readonly updatedAt: string;
  readonly recordNumber?: string;
  readonly findings: number;
}

export function outcomeOf(inspection: Inspection): MachineCheckOutcome {
  const failed = Object.values(inspection.answers).some(
    (a) => a.result === 'fail' || a.reading?.exceeded === true,
  );
  if (failed) return 'fail';
  return inspection.status === 'finalized' ? 'pass' : 'open';
}

function toMachineCheck(inspection: Inspection): MachineCheck {
  return {
    id: inspection.id,
    status: inspection.status,
    outcome: outcomeOf(inspection),
    siteName: inspection.site.name,
    date: inspection.startedAt ?? inspection.createdAt,
    updatedAt: inspection.updatedAt,
    ...(inspection.recordNumber ? { recordNumber: inspection.recordNumber } : {}),
    findings: inspection.findings.length,
  };
}

/** The machine's checks, most recently changed first. */
export async function listChecksOfMachine(
  db: AppDatabase,
  machineId: string,
): Promise<MachineCheck[]> {
  return db.transaction('r', db.inspectionIndex, db.inspections, async () => {
    const ids = await db.inspectionIndex
      .where('[type+updatedAt]')
      .between(['machinery', Dexie.minKey], ['machinery', Dexie.maxKey])
      .reverse()
      .primaryKeys();
    const bodies = await db.inspections.bulkGet(ids);
    return bodies
      .filter((body): body is Inspection => body?.machineId === machineId)
      .map(toMachineCheck);
  });
}
