/**
 * The machinery registry on this device (issue 3 item 5). Every write parses with the
 * domain schema first (a bad value throws a ZodError before any transaction opens), checks
 * for duplicates and writes the machine, its outbox entry and its audit entry in one
 * transaction: all or nothing. PIN, registration code and engine number are stored in key form
 * (normalizeMachineKey), so the plain indexes find duplicates typed in another case or width.
 */
import type { DeviceId } from '../../shared/domain/ids';
import { newRecordId } from '../../shared/domain/ids';
import { Machine } from '../../shared/domain/machine';
import { appendAudit } from './auditLog';
import type { AppDatabase } from './database';
import { MachineDuplicateError, type MachineDuplicates } from './machineDuplicateError';
import { MachineEntry, type MachineFields, type MachineFieldsInput } from './machineFields';
import { normalizeMachineKey } from './machineKeys';
import {
  fromMachineRow,
  machineAudit,
  machineTables,
  queueMachine,
  searchableTexts,
  toMachineRow,
} from './machineRows';
import { RecordStateError } from './recordStateError';
import { nameMatches, normalizeForSearch, queryTokenFor } from './searchTokens';

export interface SaveMachineOptions {
  /**
   * The user confirmed that a machine sharing this registration code is a different machine
   * (its PIN differs). Never overrides a PIN clash.
   */
  readonly confirmedDifferentMachine?: boolean;
}

/** Parses what the user entered and puts the identifiers in key form. */
function parseEntry(input: MachineFieldsInput): MachineFields {
  const entry = MachineEntry.parse(input);
  return {
    ...entry,
    pin: normalizeMachineKey(entry.pin),
    registrationCode: normalizeMachineKey(entry.registrationCode),
    engineNumber: normalizeMachineKey(entry.engineNumber),
  };
}

/**
 * Machines other than `candidate.id` with the same PIN or the same registration code, in
 * key form (an empty code matches nothing).
 */
export async function findDuplicates(
  db: AppDatabase,
  candidate: { readonly id?: string; readonly pin: string; readonly registrationCode?: string },
): Promise<MachineDuplicates> {
  const pin = normalizeMachineKey(candidate.pin);
  const code = normalizeMachineKey(candidate.registrationCode ?? '');
  const others = (rows: Parameters<typeof fromMachineRow>[0][]) =>
    rows.filter((row) => row.id !== candidate.id).map(fromMachineRow);
  return db.transaction('r', db.machines, async () => ({
    samePin: pin === '' ? [] : others(await db.machines.where('pin').equals(pin).toArray()),
    sameCode:
      code === '' ? [] : others(await db.machines.where('registrationCode').equals(code).toArray()),
  }));
}

/** Throws MachineDuplicateError for a clash the options do not allow. */
function refuseDuplicates(found: MachineDuplicates, options: SaveMachineOptions): void {
  if (found.samePin.length > 0) throw new MachineDuplicateError('pin', found.samePin);
  if (found.sameCode.length > 0 && !options.confirmedDifferentMachine) {
    throw new MachineDuplicateError('registrationCode', found.sameCode);
  }
}

/** Registers a new machine (rev 1, a local draft until synced) and queues it for sync. */
export async function registerMachine(
  db: AppDatabase,
  input: MachineFieldsInput,
  options: SaveMachineOptions & { readonly deviceId: DeviceId },
): Promise<Machine> {
  const now = new Date().toISOString();
  const machine = Machine.parse({
    ...parseEntry(input),
    id: newRecordId(),
    rev: 1,
    baseRev: 0,
    status: 'draft',
    deviceId: options.deviceId,
    createdAt: now,
    updatedAt: now,
    kind: 'machine',
  } satisfies Machine);
  await db.transaction('rw', machineTables(db), async () => {
    refuseDuplicates(await findDuplicates(db, machine), options);
    await db.machines.put(toMachineRow(machine));
    const queued = await queueMachine(db, machine, now);
    await appendAudit(db, machineAudit(machine, 'create', queued.contentHash, now));
  });
  return machine;
}

/**
 * Saves an edit: rev + 1, envelope as stored. Only identifiers that changed are checked for
 * duplicates, so an entry that clashes since a sync can still have its other fields fixed.
 * Throws RecordStateError when the machine is missing or finalized.
 */
export async function updateMachine(
  db: AppDatabase,
  id: string,
  input: MachineFieldsInput,
  options: SaveMachineOptions = {},
): Promise<Machine> {
  const entry = parseEntry(input);
  return db.transaction('rw', machineTables(db), async () => {
    const row = await db.machines.get(id);
    if (!row) throw new RecordStateError('not-found', id, `Machine ${id} is not in the registry.`);
    const stored = fromMachineRow(row);
    if (stored.status === 'finalized') {
      throw new RecordStateError(
        'finalized',
        id,
        `Machine ${id} is finalized and can no longer be changed.`,
      );
    }
    const now = new Date().toISOString();
    const next = Machine.parse({
      ...stored,
      ...entry,
      rev: stored.rev + 1,
      updatedAt: now,
    } satisfies Machine);
    const found = await findDuplicates(db, {
      id,
      pin: next.pin === stored.pin ? '' : next.pin,
      registrationCode:
        next.registrationCode === stored.registrationCode ? '' : next.registrationCode,
    });
    refuseDuplicates(found, options);
    await db.machines.put(toMachineRow(next));
    const queued = await queueMachine(db, next, now);
    await appendAudit(db, machineAudit(next, 'update', queued.contentHash, now));
    return next;
  });
}

export async function getMachine(db: AppDatabase, id: string): Promise<Machine | undefined> {
  const row = await db.machines.get(id);
  return row && fromMachineRow(row);
}

/** The most recently changed machines first. */
export async function listMachines(db: AppDatabase, limit = 50): Promise<Machine[]> {
  return (await db.machines.orderBy('updatedAt').reverse().limit(limit).toArray()).map(
    fromMachineRow,
  );
}

export async function countMachines(db: AppDatabase): Promise<number> {
  return db.machines.count();
}

/**
 * Machines whose registration code, PIN, owner, engine number, brand or model contains the
 * query (any case, full- or half-width; a prefix or any fragment, Chinese owner names by a
 * fragment too), most recently changed first. The token index narrows, a substring test
 * decides (searchTokens.ts). An empty query lists the newest.
 */
export async function searchMachines(
  db: AppDatabase,
  query: string,
  limit = 50,
): Promise<Machine[]> {
  const normalized = normalizeForSearch(query);
  if (normalized === '') return listMachines(db, limit);
  const token = queryTokenFor(normalized);
  const candidates =
    token === undefined
      ? db.machines.toCollection()
      : db.machines.where('searchTokens').equals(token);
  const rows = await candidates
    .filter((row) => searchableTexts(row).some((text) => nameMatches(text, normalized)))
    .toArray();
  return rows
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, limit)
    .map(fromMachineRow);
}
