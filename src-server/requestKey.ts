/**
 * Who a request counts against for the rate limit and the heavy-request gate (docs/sync.md
 * "Limits"): the device, when the bearer token names one that is enrolled and not revoked;
 * otherwise the client address. A fresh junk token per request thus still spends the
 * address's budget, and enrolment guesses (no token) are counted per address.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from './db/schema';
import { BEARER } from './auth';
import { findDeviceByToken } from './store/deviceStore';

const keys = new WeakMap<FastifyRequest, string>();

export async function resolveRequestKey(
  db: Kysely<ServerDatabase>,
  request: FastifyRequest,
): Promise<void> {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  const device = token === undefined ? undefined : await findDeviceByToken(db, token);
  keys.set(request, device ? `device:${device.id}` : `address:${request.ip}`);
}

export function requestKey(request: FastifyRequest): string {
  return keys.get(request) ?? `address:${request.ip}`;
}
