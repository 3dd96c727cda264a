/**
 * Per-record sync state and conflict copies, kept as rows of the `settings` table under
 * `sync.state.<id>` and `sync.conflict.<id>`.
 *
 * Why not new tables: a schema version would need a migration while several features change
 * the schema at once, and nothing here needs a secondary index: lists read the states of the
 * ids on screen with one bulkGet by primary key, and the few whole-set questions (how many
 * conflicts) walk a primary-key prefix. Values are parsed on read, like every setting.
 */
import { z } from 'zod';
import { Inspection } from '../../shared/domain/inspection';
import { Machine } from '../../shared/domain/machine';
import type { AppDatabase, OutboxRow } from './database';

const STATE_PREFIX = 'sync.state.';
const CONFLICT_PREFIX = 'sync.conflict.';
export const stateKey = (id: string): string => `${STATE_PREFIX}${id}`;
export const conflictKey = (id: string): string => `${CONFLICT_PREFIX}${id}`;

export const SyncRecordState = z.object({
  kind: z.enum(['inspection', 'machine']),
  /**
   * synced: the office holds this revision; conflict / rejected: see `reason`; received: came
   * on a file from another device, the office's copy unknown.
   */
  state: z.enum(['synced', 'conflict', 'rejected', 'received']),
  /** own: made or taken over on this device; foreign: pulled, read-only; registry: reference data. */
  origin: z.enum(['own', 'foreign', 'registry']),
  /** The server's head revision (the baseRev of our next edit). */
  serverRev: z.number().int().nonnegative(),
  serverHash: z.string(),
  /** The local rev this state is about: a later local save makes it pending again. */
  rev: z.number().int().nonnegative(),
  reason: z.string().max(60).optional(),
  /** The server device id that sent the head (foreign records). */
  fromDevice: z.string().max(60).optional(),
  /** Attachment hashes the office is known to hold. */
  heldAttachments: z.array(z.string()).max(600).default([]),
});
export type SyncRecordState = z.infer<typeof SyncRecordState>;

export const ConflictCopy = z.object({
  kind: z.enum(['inspection', 'machine']),
  serverRev: z.number().int().nonnegative(),
  serverHash: z.string(),
  /** The office's version, kept next to ours until a person chooses. */
  body: z.union([Inspection, Machine]),
  receivedAt: z.string(),
});
export type ConflictCopy = z.infer<typeof ConflictCopy>;

/** What a list badge shows. */
export type SyncBadgeState = 'local' | 'office' | 'conflict' | 'rejected' | 'foreign';

export function badgeStateOf(
  state: SyncRecordState | undefined,
  queued: OutboxRow | undefined,
): SyncBadgeState {
  if (state?.state === 'conflict') return 'conflict';
  if (state?.state === 'rejected' && (!queued || queued.rev === state.rev)) return 'rejected';
  if (queued) return 'local';
  if (state?.origin === 'foreign' || state?.origin === 'registry') return 'foreign';
  return state?.state === 'synced' ? 'office' : 'local';
}

export async function getSyncState(
  db: AppDatabase,
  id: string,
): Promise<SyncRecordState | undefined> {
  const parsed = SyncRecordState.safeParse((await db.settings.get(stateKey(id)))?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function putSyncState(
  db: AppDatabase,
  id: string,
  state: SyncRecordState,
): Promise<void> {
  await db.settings.put({ key: stateKey(id), value: SyncRecordState.parse(state) });
}

export async function getConflictCopy(
  db: AppDatabase,
  id: string,
): Promise<ConflictCopy | undefined> {
  const parsed = ConflictCopy.safeParse((await db.settings.get(conflictKey(id)))?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function putConflictCopy(
  db: AppDatabase,
  id: string,
  copy: ConflictCopy,
): Promise<void> {
  await db.settings.put({ key: conflictKey(id), value: ConflictCopy.parse(copy) });
}

/** Badge states of many records at once (one bulkGet per table, by primary key). */
export async function getBadgeStates(
  db: AppDatabase,
  ids: readonly string[],
): Promise<Map<string, SyncBadgeState>> {
  const [states, queued] = await Promise.all([
    db.settings.bulkGet(ids.map(stateKey)),
    db.outbox.bulkGet([...ids]),
  ]);
  const out = new Map<string, SyncBadgeState>();
  ids.forEach((id, i) => {
    const parsed = SyncRecordState.safeParse(states[i]?.value);
    out.set(id, badgeStateOf(parsed.success ? parsed.data : undefined, queued[i]));
  });
  return out;
}

/** Ids of every record in conflict. */
export async function listConflictIds(db: AppDatabase): Promise<string[]> {
  const keys = await db.settings.where('key').startsWith(CONFLICT_PREFIX).primaryKeys();
  return keys.map((k) => k.slice(CONFLICT_PREFIX.length));
}
