/**
 * Machines as stored: the domain Machine plus search tokens, and its outbox entry. Callers
 * run these inside one rw transaction over `machineTables`; nothing here awaits anything but
 * Dexie, and hashing is synchronous (TECH-NOTES §5).
 */
import { canonicalHash } from '../../shared/domain/hash';
import type { Machine } from '../../shared/domain/machine';
import type { AuditInput } from './auditLog';
import type { AppDatabase, MachineRow, OutboxRow } from './database';
import { searchTokensFor } from './searchTokens';

/**
 * The tables a machine write touches; pass them all to `db.transaction`. The audit log and
 * settings (its chain head) are here so every write appends its audit entry with it.
 */
export function machineTables(db: AppDatabase) {
  return [db.machines, db.outbox, db.auditLog, db.settings] as const;
}

/** The audit entry of a machine write (the content hash is the outbox's, of the stored body). */
export function machineAudit(
  machine: Machine,
  action: 'create' | 'update',
  contentHash: string,
  deviceTime: string,
): AuditInput {
  return {
    recordId: machine.id,
    recordKind: 'machine',
    action,
    rev: machine.rev,
    contentHash,
    deviceTime,
  };
}

/** The texts a registry search looks in (issue 3 item 5, plus brand and model). */
export function searchableTexts(machine: Machine): string[] {
  return [
    machine.registrationCode,
    machine.pin,
    machine.owner,
    machine.engineNumber,
    machine.brand,
    machine.model,
  ];
}

export function toMachineRow(machine: Machine): MachineRow {
  const tokens = new Set(searchableTexts(machine).flatMap(searchTokensFor));
  return { ...machine, searchTokens: [...tokens] };
}

export function fromMachineRow(row: MachineRow): Machine {
  const { searchTokens: _tokens, ...machine } = row;
  return machine;
}

/** Queues the saved version for sync, keeping its place in the queue if already queued. */
export async function queueMachine(
  db: AppDatabase,
  machine: Machine,
  now: string,
): Promise<OutboxRow> {
  const queued = await db.outbox.get(machine.id);
  const row: OutboxRow = {
    recordId: machine.id,
    kind: 'machine',
    rev: machine.rev,
    baseRev: machine.baseRev,
    contentHash: canonicalHash(machine),
    queuedAt: queued?.queuedAt ?? now,
  };
  await db.outbox.put(row);
  return row;
}
