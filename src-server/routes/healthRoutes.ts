/** GET /health: the one route without auth, for the client's "is the office reachable". */
import type { FastifyInstance } from 'fastify';
import { PACKAGE_VERSION, SERVER_VERSION } from '../serverVersion';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health', () => ({
    ok: true,
    version: SERVER_VERSION,
    packageVersion: PACKAGE_VERSION,
  }));
  return Promise.resolve();
}
