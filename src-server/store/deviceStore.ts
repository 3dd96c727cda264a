/** Enrolment codes and devices: codes are one-time and expiring, tokens stored hashed. */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { SERVER_SHORT_ID_COUNT, serverShortIdAt } from '../../shared/records/recordNumber';
import type { DeviceRole } from '../../shared/sync/wireSchemas';
import type { SyncScope } from '../../shared/sync/syncScope';
import type { Engine } from '../db/openDatabase';
import type { DeviceRow, ServerDatabase } from '../db/schema';
import { HttpError } from '../httpError';
import { hashSecret, newEnrolCode, newToken, normalizeEnrolCode } from './secrets';

export async function createEnrolCode(
  db: Kysely<ServerDatabase>,
  scope: SyncScope,
  ttlHours: number,
  now: Date,
  role: DeviceRole = 'field',
): Promise<{ code: string; expiresAt: string }> {
  // An admin device sees and revokes every device: only a city-scoped one may be an admin.
  if (role === 'admin' && scope !== 'city')
    throw new RangeError('an admin device must have the city scope');
  const code = newEnrolCode();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000).toISOString();
  await db
    .insertInto('enrol_codes')
    .values({
      code_hash: hashSecret(code),
      scope,
      expires_at: expiresAt,
      used_at: null,
      used_by: null,
      role,
    })
    .execute();
  return { code, expiresAt };
}

export interface Enrolment {
  readonly deviceId: string;
  readonly token: string;
  readonly scope: string;
  readonly shortId: string;
  readonly role: string;
}

/** Transaction-scoped advisory lock of short-id allocation ('BSKS'); see store/changeLog.ts. */
const SHORT_ID_LOCK = 0x42534b53;

/**
 * The next short id, under a lock so that concurrent enrolments on PostgreSQL take
 * consecutive numbers instead of racing for max + 1 (SQLite has one writer: the claim of the
 * code before this already holds its write lock). The unique index is the backstop.
 */
async function allocateShortId(
  trx: Transaction<ServerDatabase>,
  engine: Engine,
): Promise<{ seq: number; shortId: string }> {
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(${SHORT_ID_LOCK})`.execute(trx);
  const row = await trx
    .selectFrom('devices')
    .select((eb) => eb.fn.max('short_seq').as('max'))
    .executeTakeFirst();
  const max = row?.max;
  const seq = max === null || max === undefined ? 0 : Number(max) + 1;
  if (seq >= SERVER_SHORT_ID_COUNT)
    throw new HttpError(503, 'short_ids_exhausted', 'every device short id has been handed out');
  return { seq, shortId: serverShortIdAt(seq) };
}

/** Spends a code: the same error for unknown, used and expired, so codes cannot be probed. */
export async function enrolDevice(
  db: Kysely<ServerDatabase>,
  engine: Engine,
  typedCode: string,
  deviceName: string,
  now: Date,
): Promise<Enrolment> {
  const codeHash = hashSecret(normalizeEnrolCode(typedCode));
  const nowIso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const deviceId = randomUUID();
    // One conditional update claims the code, so two devices racing for it cannot both win.
    const claimed = await trx
      .updateTable('enrol_codes')
      .set({ used_at: nowIso, used_by: deviceId })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', nowIso)
      .returning(['scope', 'role'])
      .executeTakeFirst();
    if (!claimed)
      throw new HttpError(
        403,
        'enrol_code_invalid',
        'unknown or used code: the enrolment code is unknown to this server, already used or expired',
      );
    const token = newToken();
    const { seq, shortId } = await allocateShortId(trx, engine);
    await trx
      .insertInto('devices')
      .values({
        id: deviceId,
        name: deviceName,
        scope: claimed.scope,
        token_hash: hashSecret(token),
        created_at: nowIso,
        revoked: 0,
        short_seq: seq,
        short_id: shortId,
        role: claimed.role,
      })
      .execute();
    return { deviceId, token, scope: claimed.scope, shortId, role: claimed.role };
  });
}

/** The device a token names, revoked or not (auth.ts tells the two apart for the laptop). */
export async function findDeviceByToken(
  db: Kysely<ServerDatabase>,
  token: string,
): Promise<DeviceRow | undefined> {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('token_hash', '=', hashSecret(token))
    .executeTakeFirst();
}

/**
 * Revokes a device: its token stops working at once (401 `device_revoked`). What it sent
 * before stays. Returns false for an unknown id; revoking twice keeps the first time.
 */
export async function revokeDevice(
  db: Kysely<ServerDatabase>,
  deviceId: string,
  now: Date = new Date(),
): Promise<boolean> {
  const found = await db
    .selectFrom('devices')
    .select(['id', 'revoked'])
    .where('id', '=', deviceId)
    .executeTakeFirst();
  if (!found) return false;
  if (found.revoked === 0)
    await db
      .updateTable('devices')
      .set({ revoked: 1, revoked_at: now.toISOString() })
      .where('id', '=', deviceId)
      .where('revoked', '=', 0)
      .execute();
  return true;
}

/** Last seen is written at most once a minute per device: a busy sync is not a write storm. */
export const SEEN_RESOLUTION_MS = 60_000;

export async function touchDevice(
  db: Kysely<ServerDatabase>,
  device: DeviceRow,
  now: Date,
): Promise<void> {
  const last = device.last_seen_at === null ? Number.NaN : Date.parse(device.last_seen_at);
  if (!Number.isNaN(last) && now.getTime() - last < SEEN_RESOLUTION_MS && now.getTime() >= last)
    return;
  await db
    .updateTable('devices')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', device.id)
    .execute();
}

/** After a pull: when, and how many records the device said were still waiting to be sent. */
export async function recordDeviceSync(
  db: Kysely<ServerDatabase>,
  deviceId: string,
  now: Date,
  outboxSize: number | undefined,
): Promise<void> {
  await db
    .updateTable('devices')
    .set({
      last_sync_at: now.toISOString(),
      ...(outboxSize === undefined ? {} : { last_outbox_size: outboxSize }),
    })
    .where('id', '=', deviceId)
    .execute();
}

/** Every device, newest enrolment first, without token hashes. */
export async function listDevices(db: Kysely<ServerDatabase>) {
  return db
    .selectFrom('devices')
    .select([
      'id',
      'name',
      'scope',
      'role',
      'short_id',
      'created_at',
      'revoked',
      'revoked_at',
      'last_seen_at',
      'last_sync_at',
      'last_outbox_size',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}
