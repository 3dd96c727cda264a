/**
 * Bearer-token authentication: 401 for a missing, unknown or revoked token. The device row
 * (with its scope) is attached to the request for the scope checks of each route.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { type SyncScope, SyncScope as SyncScopeSchema } from '../shared/sync/syncScope';
import type { ServerDatabase } from './db/schema';
import { HttpError } from './httpError';
import { findDeviceByToken } from './store/deviceStore';

export interface AuthedDevice {
  readonly id: string;
  readonly name: string;
  readonly scope: SyncScope;
}

export const BEARER = /^Bearer ([A-Za-z0-9_-]{16,128})$/;

export async function authenticate(db: Kysely<ServerDatabase>, request: FastifyRequest): Promise<AuthedDevice> {
  const header = request.headers.authorization;
  if (!header) throw new HttpError(401, 'unauthorized', 'missing bearer token');
  const match = BEARER.exec(header);
  const token = match?.[1];
  if (!token) throw new HttpError(401, 'unauthorized', 'malformed bearer token');
  const row = await findDeviceByToken(db, token);
  if (!row) throw new HttpError(401, 'unauthorized', 'unknown or revoked token');
  const scope = SyncScopeSchema.parse(row.scope);
  return { id: row.id, name: row.name, scope };
}
