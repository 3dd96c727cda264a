/**
 * Bearer-token authentication: 401 for a missing or unknown token, 401 `device_revoked` for
 * a revoked device (the laptop says 本设备已被停用 and keeps its data, docs/deploy.md
 * "Devices"). The device (with its scope and role) is returned for the scope checks of each
 * route, and its last-seen time kept.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { type SyncScope, SyncScope as SyncScopeSchema } from '../shared/sync/syncScope';
import type { ServerDatabase } from './db/schema';
import { HttpError } from './httpError';
import { BEARER } from './bearer';
import { resolvedDeviceRow } from './requestKey';
import { findDeviceByToken, touchDevice } from './store/deviceStore';

export interface AuthedDevice {
  readonly id: string;
  readonly name: string;
  readonly scope: SyncScope;
  readonly role: 'field' | 'admin';
  /** Null only for a device enrolled before m004 whose migration has not run (never in practice). */
  readonly shortId: string | null;
}

export const DEVICE_REVOKED = 'device_revoked';

export async function authenticate(
  db: Kysely<ServerDatabase>,
  request: FastifyRequest,
  now: Date = new Date(),
): Promise<AuthedDevice> {
  const header = request.headers.authorization;
  if (!header) throw new HttpError(401, 'unauthorized', 'missing bearer token');
  const match = BEARER.exec(header);
  const token = match?.[1];
  if (!token) throw new HttpError(401, 'unauthorized', 'malformed bearer token');
  const looked = resolvedDeviceRow(request);
  const row = looked === undefined ? await findDeviceByToken(db, token) : looked;
  if (!row) throw new HttpError(401, 'unauthorized', 'unknown token');
  if (row.revoked !== 0)
    throw new HttpError(401, DEVICE_REVOKED, 'this device has been revoked by the office');
  const scope = SyncScopeSchema.parse(row.scope);
  await touchDevice(db, row, now);
  return {
    id: row.id,
    name: row.name,
    scope,
    role: row.role === 'admin' ? 'admin' : 'field',
    shortId: row.short_id,
  };
}
