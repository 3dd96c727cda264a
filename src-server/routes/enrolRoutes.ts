/** POST /devices/enrol: a one-time code from the office → device id, token and scope. */
import type { FastifyInstance } from 'fastify';
import { DeviceRole, EnrolRequest, type EnrolResponse } from '../../shared/sync/wireSchemas';
import type { RouteDeps } from './routeDeps';
import { enrolDevice } from '../store/deviceStore';
import { SyncScope } from '../../shared/sync/syncScope';

export function enrolRoutes(deps: RouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    // Stricter than the global limit, per address: this is where codes would be guessed.
    app.post(
      '/devices/enrol',
      { config: { rateLimit: { max: deps.limits.enrolPerMinute, timeWindow: 60_000 } } },
      async (request, reply) => {
        const input = EnrolRequest.parse(request.body);
        const enrolment = await enrolDevice(
          deps.db,
          deps.engine,
          input.code,
          input.deviceName,
          deps.now(),
        );
        const body: EnrolResponse = {
          deviceId: enrolment.deviceId as EnrolResponse['deviceId'],
          token: enrolment.token,
          scope: SyncScope.parse(enrolment.scope),
          shortId: enrolment.shortId,
          role: DeviceRole.parse(enrolment.role),
        };
        request.log.info(
          {
            deviceId: enrolment.deviceId,
            scope: enrolment.scope,
            shortId: enrolment.shortId,
            role: enrolment.role,
          },
          'device enrolled',
        );
        return reply.status(201).send(body);
      },
    );
    return Promise.resolve();
  };
}
