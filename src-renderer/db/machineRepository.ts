/**
 * The machinery registry on this device (issue 3 item 5), and the one writer of machines
 * (docs/architecture.md "Write path"): registered, edited, stored as pulled or imported,
 * rebased by a receipt, resolved from a conflict, every write goes through `write` below,
 * which puts the machine, its outbox row and its audit entry in one transaction over
 * `recordTables`: all or nothing. A local edit parses with the domain schema first (a bad
 * value throws a ZodError before any transaction opens) and checks for duplicates. PIN, registration code and engine number are stored in key form
 * (normalizeMachineKey), so the plain indexes find duplicates typed in another case or width.
 */
import type { DeviceId } from '../../shared/domain/ids';
import { newRecordId } from '../../shared/domain/ids';
import { Machine } from '../../shared/domain/machine';
import { canonicalHash } from '../../shared/domain/hash';
import type { AuditAction } from '../../shared/records/auditChain';
import { readAuditContext, writeAudit, type AuditInput } from './auditLog';
import type { AppDatabase, OutboxRow } from './database';
import { MachineDuplicateError, type MachineDuplicates } from './machineDuplicateError';
import { MachineEntry, type MachineFields, type MachineFieldsInput } from './machineFields';
import { normalizeMachineKey } from './machineKeys';
import { fromMachineRow, machineOutboxRow, searchableTexts, toMachineRow } from './machineRows';
import type { ReceiptOutcome } from './inspectionRepository';
import { RecordStateError } from './recordStateError';
import { recordTables } from './recordTables';
import { nameMatches, normalizeForSearch, queryTokenFor } from './searchTokens';

/**
 * One change to one machine's rows: `body` to store (absent: leave it, a receipt that only
 * settles the outbox), `outbox` the row to queue, null to dequeue, absent to leave; every
 * change of the body names its audit `action`.
 */
interface MachineChange {
  readonly id: string;
  readonly body?: Machine;
  readonly outbox?: OutboxRow | null;
  readonly action?: AuditAction;
  readonly now: string;
}

/**
 * THE write of machines. Runs inside a transaction over `recordTables(db)`; every request is
 * issued at once (docs/tech-notes.md §10).
 */
async function write(db: AppDatabase, changes: readonly MachineChange[]): Promise<void> {
  const bodies = changes.flatMap((c) => (c.body ? [c.body] : []));
  const queued = changes.flatMap((c) => (c.outbox ? [c.outbox] : []));
  const dequeued = changes.flatMap((c) => (c.outbox === null ? [c.id] : []));
  const entries = changes.flatMap((c): AuditInput[] => {
    if (c.body === undefined) return [];
    if (c.action === undefined)
      throw new Error(`A write of machine ${c.id} must name its audit action.`);
    return [
      {
        recordId: c.id,
        recordKind: 'machine',
        action: c.action,
        rev: c.body.rev,
        contentHash: c.outbox?.contentHash ?? canonicalHash(c.body),
        deviceTime: c.now,
      },
    ];
  });
  const context = entries.length > 0 ? await readAuditContext(db) : undefined;
  await Promise.all([
    bodies.length > 0 ? db.machines.bulkPut(bodies.map(toMachineRow)) : undefined,
    queued.length > 0 ? db.outbox.bulkPut(queued) : undefined,
    dequeued.length > 0 ? db.outbox.bulkDelete(dequeued) : undefined,
    context === undefined ? undefined : writeAudit(db, context, entries),
  ]);
}

function inWriteTransaction<T>(db: AppDatabase, scope: () => Promise<T>): Promise<T> {
  return db.transaction('rw', recordTables(db), scope);
}

async function queuedRow(db: AppDatabase, machine: Machine, now: string): Promise<OutboxRow> {
  return machineOutboxRow(machine, await db.outbox.get(machine.id), now);
}

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
  await inWriteTransaction(db, async () => {
    refuseDuplicates(await findDuplicates(db, machine), options);
    const outbox = machineOutboxRow(machine, undefined, now);
    await write(db, [{ id: machine.id, body: machine, outbox, action: 'create', now }]);
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
  return inWriteTransaction(db, async () => {
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
    const outbox = await queuedRow(db, next, now);
    await write(db, [{ id, body: next, outbox, action: 'update', now }]);
    return next;
  });
}

/**
 * Stores a machine as it came in a pull (applyPulledChanges.ts decides when): another
 * device's, or the office's registry entry. Not queued: the office holds it already.
 */
export async function storePulledMachine(db: AppDatabase, machine: Machine): Promise<void> {
  await inWriteTransaction(db, () =>
    write(db, [{ id: machine.id, body: machine, action: 'pull', now: new Date().toISOString() }]),
  );
}

/**
 * Stores a machine read from a verified file (importSyncFile.ts), new to this laptop; this
 * device's own (a backup) goes back into the outbox.
 */
export async function storeImportedMachine(
  db: AppDatabase,
  machine: Machine,
  queue: boolean,
  now: string,
): Promise<void> {
  await inWriteTransaction(db, async () => {
    const outbox = queue ? await queuedRow(db, machine, now) : undefined;
    await write(db, [
      { id: machine.id, body: machine, action: 'import', now, ...(outbox && { outbox }) },
    ]);
  });
}

/**
 * A receipt's outcomes for machines (inspectionRepository.applyReceiptToInspections explains
 * them): outbox rows leave or move on, accepted drafts are rebased (audit action `rebase`).
 */
export async function applyReceiptToMachines(
  db: AppDatabase,
  outcomes: readonly ReceiptOutcome[],
): Promise<void> {
  if (outcomes.length === 0) return;
  await inWriteTransaction(db, async () => {
    const rows = await db.machines.bulkGet(outcomes.map((o) => o.id));
    const now = new Date().toISOString();
    const changes = outcomes.flatMap((outcome, i): MachineChange[] => {
      const row = rows[i];
      const body =
        outcome.rebaseTo !== undefined &&
        row?.status === 'draft' &&
        row.baseRev !== outcome.rebaseTo
          ? { ...fromMachineRow(row), baseRev: outcome.rebaseTo }
          : undefined;
      if (body === undefined && outcome.outbox === undefined) return [];
      return [
        {
          id: outcome.id,
          now,
          ...(outcome.outbox === undefined ? {} : { outbox: outcome.outbox }),
          ...(body === undefined ? {} : { body, action: 'rebase' as const }),
        },
      ];
    });
    await write(db, changes);
  });
}

/**
 * Saves the version of a machine a person chose in a conflict (resolveConflict.ts) as a draft
 * on the office's head, queued for the next push.
 */
export async function storeResolvedMachine(
  db: AppDatabase,
  chosen: Machine,
  office: { readonly rev: number; readonly serverRev: number },
): Promise<Machine> {
  const parsed = Machine.parse(chosen);
  return inWriteTransaction(db, async () => {
    const row = await db.machines.get(parsed.id);
    if (row?.status === 'finalized')
      throw new RecordStateError('finalized', parsed.id, `Record ${parsed.id} is finalized.`);
    const now = new Date().toISOString();
    const next: Machine = {
      ...parsed,
      status: 'draft',
      rev: Math.max(row?.rev ?? 0, office.rev, parsed.rev) + 1,
      baseRev: office.serverRev,
      updatedAt: now,
    };
    const outbox = await queuedRow(db, next, now);
    await write(db, [{ id: next.id, body: next, outbox, action: 'resolve', now }]);
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
