/**
 * Applies one page of GET /changes AND its cursor in ONE transaction (TECH-NOTES §6.5, the
 * CouchDB checkpoint): if any write fails, the cursor stays and the page is fetched again.
 *
 * - Records of other devices are stored read-only (origin `foreign`, never in the outbox).
 * - A newer head of a record this device has not changed replaces the local copy.
 * - A newer head of a record changed here (queued) becomes a conflict: the office's version
 *   is kept as the conflict copy beside ours; nothing is overwritten.
 * - A `conflict` change (another device's revision against a head we hold) is kept the same way.
 * - Reference rows: the enterprise registry into `sites`, the machinery registry into
 *   `machines` (read-only, origin `registry`; a machine registered here is never replaced),
 *   the office's limit overrides into the `limitOverrides` setting (db/pulledLimitTable.ts).
 * A body that does not parse with its domain schema is skipped and counted, not fatal:
 * one bad row on the server must not stop every later change.
 */
import { recordBodyHash } from '../../shared/bundle/recordBodyHash';
import { sha256Hex } from '../../shared/domain/hash';
import { DeviceId, RecordId } from '../../shared/domain/ids';
import { Inspection } from '../../shared/domain/inspection';
import { Machine } from '../../shared/domain/machine';
import { Site } from '../../shared/domain/site';
import type { ChangesResponse, RecordChange, ReferenceChange } from '../../shared/sync/wireSchemas';
import type { AppDatabase } from './database';
import { storePulledInspection } from './inspectionRepository';
import { storePulledMachine } from './machineRepository';
import { applyLimitTable } from './pulledLimitTable';
import { fromMachineRow } from './machineRows';
import { recordTables } from './recordTables';
import { applyPublishedTemplate } from './pulledTemplates';
import { toSiteRow } from './siteRows';
import { CURSOR_KEY } from './syncCursor';
import { conflictKey, getSyncState, putConflictCopy, putSyncState } from './recordSyncState';
import type { SyncableRecord } from './outboxSnapshot';

export interface PullSummary {
  readonly stored: number;
  readonly conflicts: number;
  readonly skipped: number;
}

/** Registry rows have no device: they carry this one. */
const REGISTRY_DEVICE = DeviceId.parse('00000000-0000-0000-0000-000000000000');

/** A stable uuid-shaped id from a registry key, so every device files a row under one id. */
export function registryId(namespace: string, key: string): string {
  const h = sha256Hex(`${namespace}:${key}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export async function applyChangesPage(
  db: AppDatabase,
  page: ChangesResponse,
  ownServerDeviceId: string,
): Promise<PullSummary> {
  const counts = { stored: 0, conflicts: 0, skipped: 0 };
  await db.transaction('rw', recordTables(db), async () => {
    for (const change of page.changes) {
      const outcome =
        change.type === 'reference'
          ? await applyReference(db, change)
          : await applyRecord(db, change, ownServerDeviceId);
      counts[outcome]++;
    }
    await db.settings.put({ key: CURSOR_KEY, value: page.cursor });
  });
  return counts;
}

function parseBody(change: RecordChange): SyncableRecord | null {
  const parsed =
    change.kind === 'inspection'
      ? Inspection.safeParse(change.body)
      : Machine.safeParse(change.body);
  return parsed.success && parsed.data.id === change.id ? parsed.data : null;
}

async function readLocal(
  db: AppDatabase,
  kind: 'inspection' | 'machine',
  id: string,
): Promise<SyncableRecord | undefined> {
  if (kind === 'inspection') return db.inspections.get(id);
  const row = await db.machines.get(id);
  return row ? fromMachineRow(row) : undefined;
}

/** Stores the office's version through its repository, the one writer (audit action `pull`). */
async function writeLocal(
  db: AppDatabase,
  record: SyncableRecord,
  local: SyncableRecord | undefined,
): Promise<void> {
  if (record.kind === 'machine') await storePulledMachine(db, record);
  else await storePulledInspection(db, record, local?.kind === 'inspection' ? local : undefined);
}

/** A draft's next edit starts from the server's revision; finalised bodies are kept as sent. */
function rebased(record: SyncableRecord, serverRev: number): SyncableRecord {
  return record.status === 'draft' ? { ...record, baseRev: serverRev } : record;
}

/**
 * Keeps the office's version beside ours as a conflict copy and marks the record: a person
 * chooses later (resolveConflict). `serverHash` and `held` differ by where it is called from.
 */
async function recordConflict(
  db: AppDatabase,
  change: RecordChange,
  body: SyncableRecord,
  local: SyncableRecord,
  state: Awaited<ReturnType<typeof getSyncState>>,
  serverHash: string,
  held: string[],
  now: string,
): Promise<'conflicts'> {
  await putConflictCopy(db, change.id, {
    kind: change.kind,
    serverRev: change.serverRev,
    serverHash: change.hash,
    body,
    receivedAt: now,
  });
  await putSyncState(db, change.id, {
    kind: change.kind,
    state: 'conflict',
    origin: state?.origin ?? 'own',
    serverRev: change.serverRev,
    serverHash,
    rev: local.rev,
    reason: 'stale_base_rev',
    heldAttachments: held,
  });
  return 'conflicts';
}

async function applyRecord(
  db: AppDatabase,
  change: RecordChange,
  ownServerDeviceId: string,
): Promise<keyof PullSummary> {
  const [local, state, queued] = await Promise.all([
    readLocal(db, change.kind, change.id),
    getSyncState(db, change.id),
    db.outbox.get(change.id),
  ]);
  // The revision the office holds is the one we hold (our own push coming back): skipped
  // before its body is parsed, as below, without the cost (docs/sync.md "Performance").
  const alreadySynced = state?.serverHash === change.hash && state.state === 'synced';
  if (change.type !== 'conflict' && alreadySynced) return 'skipped';
  const body = parseBody(change);
  if (!body) return 'skipped';
  const now = new Date().toISOString();

  if (change.type === 'conflict') {
    // Our own conflicting revision: the receipt told us already, and the head comes as a record.
    if (change.deviceId === ownServerDeviceId || !local) return 'skipped';
    return recordConflict(
      db,
      change,
      body,
      local,
      state,
      state?.serverHash ?? change.hash,
      state?.heldAttachments ?? [],
      now,
    );
  }

  const held = [
    ...new Set([...(state?.heldAttachments ?? []), ...body.attachments.map((a) => a.sha256)]),
  ];
  if (!local) {
    await writeLocal(db, rebased(body, change.serverRev), undefined);
    await putSyncState(db, change.id, {
      kind: change.kind,
      state: 'synced',
      origin: change.deviceId === ownServerDeviceId ? 'own' : 'foreign',
      serverRev: change.serverRev,
      serverHash: change.hash,
      rev: body.rev,
      fromDevice: change.deviceId,
      heldAttachments: held,
    });
    return 'stored';
  }
  if (
    local.status === 'finalized' ||
    recordBodyHash({ ...local, baseRev: body.baseRev }) === change.hash
  ) {
    await putSyncState(db, change.id, {
      kind: change.kind,
      state: 'synced',
      origin: state?.origin ?? 'own',
      serverRev: change.serverRev,
      serverHash: change.hash,
      rev: local.rev,
      heldAttachments: held,
    });
    return 'skipped';
  }
  if (queued && change.serverRev > local.baseRev) {
    return recordConflict(db, change, body, local, state, change.hash, held, now);
  }
  if (queued) return 'skipped';
  // A newer head of a record not changed here: someone resolved or edited it; any old
  // conflict copy is settled by it.
  await db.settings.delete(conflictKey(change.id));
  await writeLocal(db, rebased(body, change.serverRev), local);
  await putSyncState(db, change.id, {
    kind: change.kind,
    state: 'synced',
    origin: state?.origin ?? 'foreign',
    serverRev: change.serverRev,
    serverHash: change.hash,
    rev: body.rev,
    fromDevice: change.deviceId,
    heldAttachments: held,
  });
  return 'stored';
}

async function applyReference(
  db: AppDatabase,
  change: ReferenceChange,
): Promise<keyof PullSummary> {
  if (change.table === 'limit-table') return applyLimitTable(db, change);
  if (change.table === 'checklist-template') return applyPublishedTemplate(db, change);
  // Planned inspections of 双随机 draws are stored by their own module (docs/draws.md).
  if (change.table === 'planned-inspection') return 'skipped';
  const data = change.data;
  if (change.table === 'enterprise') {
    const existing = await db.sites.where('creditCode').equals(change.key).first();
    const site = Site.safeParse({
      id: existing?.id ?? registryId('enterprise', change.key),
      kind: existing?.kind ?? 'enterprise',
      name: data.name,
      creditCode: change.key,
      address: data.address,
      countyCode: data.county_code,
      legalRepresentative: data.legal_representative ?? '',
      contact: existing?.contact ?? {},
    });
    if (!site.success) return 'skipped';
    await db.sites.put(toSiteRow(site.data));
    return 'stored';
  }
  const id = registryId('registry-machine', change.key);
  const own = await db.machines.where('pin').equals(change.key).first();
  if (own && own.id !== id) return 'skipped';
  const at = new Date().toISOString();
  const machine = Machine.safeParse({
    id: RecordId.parse(id),
    rev: 1,
    baseRev: 0,
    status: 'finalized',
    deviceId: REGISTRY_DEVICE,
    createdAt: at,
    updatedAt: at,
    kind: 'machine',
    registrationCode: data.registration_code ?? '',
    machineType: data.machine_type,
    brand: data.brand,
    model: data.model,
    pin: change.key,
    engineModel: data.engine_model,
    engineNumber: data.engine_number,
    emissionStage: data.emission_stage,
    fuel: data.fuel,
    ratedPowerKw: data.rated_power_kw,
    manufactureDate: data.manufacture_date,
    owner: data.owner,
    ownerCreditCode: data.owner_credit_code ?? '',
    siteOfUse: data.site_of_use ?? '',
  });
  if (!machine.success) return 'skipped';
  await storePulledMachine(db, machine.data);
  await putSyncState(db, id, {
    kind: 'machine',
    state: 'synced',
    origin: 'registry',
    serverRev: 0,
    serverHash: '',
    rev: 1,
    heldAttachments: [],
  });
  return 'stored';
}
