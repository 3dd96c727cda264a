/**
 * Who a request counts against for the rate limit and the heavy-request gate (docs/sync.md
 * "Limits"): the device, when the bearer token names one that is enrolled and not revoked;
 * otherwise the client address. A fresh junk token per request thus still spends the
 * address's budget, and enrolment guesses (no token) are counted per address.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DeviceRow, ServerDatabase } from './db/schema';
import { BEARER } from './bearer';
import { findDeviceByToken } from './store/deviceStore';

const keys = new WeakMap<FastifyRequest, string>();
/** The row the token named (revoked or not), kept for auth.ts: one lookup per request. */
const rows = new WeakMap<FastifyRequest, DeviceRow | null>();

export async function resolveRequestKey(
  db: Kysely<ServerDatabase>,
  request: FastifyRequest,
): Promise<void> {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  const device = token === undefined ? undefined : await findDeviceByToken(db, token);
  if (token !== undefined) rows.set(request, device ?? null);
  keys.set(
    request,
    device && device.revoked === 0 ? `device:${device.id}` : `address:${request.ip}`,
  );
}

/** The device row resolveRequestKey found for this request's token; undefined if it did not look. */
export function resolvedDeviceRow(request: FastifyRequest): DeviceRow | null | undefined {
  return rows.get(request);
}

export function requestKey(request: FastifyRequest): string {
  return keys.get(request) ?? `address:${request.ip}`;
}
