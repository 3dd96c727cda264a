/**
 * Devices (docs/deploy.md "Devices"): GET /devices/me for the calling device (its
 * server-assigned short id, docs/records.md "Device short ids"); GET /admin/devices and
 * POST /admin/devices/:id/revoke for admin devices only.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DeviceId } from '../../shared/domain/ids';
import {
  type DeviceListResponse,
  DeviceRole,
  type DeviceSelfResponse,
} from '../../shared/sync/wireSchemas';
import { SyncScope } from '../../shared/sync/syncScope';
import type { RouteDeps } from './routeDeps';
import { authenticate, type AuthedDevice } from '../auth';
import { HttpError } from '../httpError';
import { listDevices, revokeDevice } from '../store/deviceStore';

const RevokeParams = z.object({ id: DeviceId });

function requireAdmin(device: AuthedDevice): void {
  if (device.role !== 'admin')
    throw new HttpError(403, 'admin_only', 'only an admin device may manage devices');
}

export function deviceRoutes(deps: RouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/devices/me', async (request) => {
      const device = await authenticate(deps.db, request, deps.now());
      if (device.shortId === null)
        throw new HttpError(500, 'short_id_missing', 'this device has no short id');
      const body: DeviceSelfResponse = {
        deviceId: device.id as DeviceSelfResponse['deviceId'],
        name: device.name,
        scope: device.scope,
        role: device.role,
        shortId: device.shortId,
      };
      return body;
    });

    app.get('/admin/devices', async (request) => {
      requireAdmin(await authenticate(deps.db, request, deps.now()));
      const rows = await listDevices(deps.db);
      const body: DeviceListResponse = {
        devices: rows.map((r) => ({
          id: r.id,
          name: r.name,
          scope: SyncScope.parse(r.scope),
          role: DeviceRole.catch('field').parse(r.role),
          shortId: r.short_id,
          enrolledAt: r.created_at,
          revokedAt: r.revoked !== 0 ? (r.revoked_at ?? r.created_at) : null,
          lastSeenAt: r.last_seen_at,
          lastSyncAt: r.last_sync_at,
          outboxSize: r.last_outbox_size === null ? null : Number(r.last_outbox_size),
        })),
      };
      return body;
    });

    app.post('/admin/devices/:id/revoke', async (request) => {
      const admin = await authenticate(deps.db, request, deps.now());
      requireAdmin(admin);
      const { id } = RevokeParams.parse(request.params);
      // Revoking itself would lock the office out of this screen with no way back but the CLI.
      if (id === admin.id)
        throw new HttpError(409, 'cannot_revoke_self', 'an admin device cannot revoke itself');
      if (!(await revokeDevice(deps.db, id, deps.now())))
        throw new HttpError(404, 'device_not_found', 'no device with this id');
      request.log.info({ deviceId: id, by: admin.id }, 'device revoked');
      return { id, revoked: true };
    });
    return Promise.resolve();
  };
}
