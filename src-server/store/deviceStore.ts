/** Enrolment codes and devices: codes are one-time and expiring, tokens stored hashed. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SyncScope } from '../../shared/sync/syncScope';
import type { DeviceRow, ServerDatabase } from '../db/schema';
import { HttpError } from '../httpError';
import { hashSecret, newEnrolCode, newToken, normalizeEnrolCode } from './secrets';

export async function createEnrolCode(db: Kysely<ServerDatabase>, scope: SyncScope, ttlHours: number, now: Date): Promise<{ code: string; expiresAt: string }> {
  const code = newEnrolCode();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000).toISOString();
  await db.insertInto('enrol_codes').values({ code_hash: hashSecret(code), scope, expires_at: expiresAt, used_at: null, used_by: null }).execute();
  return { code, expiresAt };
}

export interface Enrolment {
  readonly deviceId: string;
  readonly token: string;
  readonly scope: string;
}

/** Spends a code: the same error for unknown, used and expired, so codes cannot be probed. */
export async function enrolDevice(db: Kysely<ServerDatabase>, typedCode: string, deviceName: string, now: Date): Promise<Enrolment> {
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
      .returning('scope')
      .executeTakeFirst();
    if (!claimed) throw new HttpError(403, 'enrol_code_invalid', 'unknown or used code: the enrolment code is unknown to this server, already used or expired');
    const token = newToken();
    await trx
      .insertInto('devices')
      .values({ id: deviceId, name: deviceName, scope: claimed.scope, token_hash: hashSecret(token), created_at: nowIso, revoked: 0 })
      .execute();
    return { deviceId, token, scope: claimed.scope };
  });
}

export async function findDeviceByToken(db: Kysely<ServerDatabase>, token: string): Promise<DeviceRow | undefined> {
  return db.selectFrom('devices').selectAll().where('token_hash', '=', hashSecret(token)).where('revoked', '=', 0).executeTakeFirst();
}

export async function revokeDevice(db: Kysely<ServerDatabase>, deviceId: string): Promise<void> {
  await db.updateTable('devices').set({ revoked: 1 }).where('id', '=', deviceId).execute();
}
