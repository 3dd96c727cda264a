/**
 * The office server as a Fastify instance, built from its parts so tests run the real thing
 * on a temporary database (tests/server). main.ts adds the listening and the CLI.
 */
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { API_PREFIX } from '../shared/sync/wireSchemas';
import type { Engine } from './db/openDatabase';
import type { ServerDatabase } from './db/schema';
import { installCors } from './cors';
import { sendError, toErrorReply } from './errorReply';
import { attachmentRoutes } from './routes/attachmentRoutes';
import { bundleRoutes } from './routes/bundleRoutes';
import { changesRoutes } from './routes/changesRoutes';
import { deviceRoutes } from './routes/deviceRoutes';
import { enrolRoutes } from './routes/enrolRoutes';
import { healthRoutes } from './routes/healthRoutes';
import type { RouteDeps } from './routes/routeDeps';
import { HeavyGate } from './heavyGate';
import { requestKey, resolveRequestKey } from './requestKey';
import { defaultServerLimits, type ServerLimits } from './serverLimits';

export interface AppOptions {
  readonly db: Kysely<ServerDatabase>;
  readonly engine: Engine;
  /** Fastify logger option: `false` in tests, pino JSON in production. */
  readonly logger?: FastifyServerOptions['logger'];
  readonly limits?: Partial<ServerLimits>;
  /** Injected clock for expiring codes and receipts. */
  readonly now?: () => Date;
  /** Exact web origins allowed by CORS (web mode only; see cors.ts). Empty: no CORS. */
  readonly corsOrigins?: readonly string[];
  /**
   * Addresses of the reverse proxy whose X-Forwarded-For is believed (Fastify trustProxy),
   * so the rate limit sees the client and not the proxy (docs/deploy.md). Unset: none.
   */
  readonly trustProxy?: string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const limits: ServerLimits = { ...defaultServerLimits, ...options.limits };
  const gate = new HeavyGate(limits.heavy);
  const deps: RouteDeps = {
    db: options.db,
    engine: options.engine,
    limits,
    now: options.now ?? (() => new Date()),
    heavyGate: gate.hook,
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.bodyLimitBytes,
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    // Fastify's request log holds method, url and status only: no headers (tokens), no bodies.
  });

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorReply(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: body.error.code, status }, 'request refused');
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'not_found', 'no such route'));
  // Before the rate limit and the routes: a preflight carries no token and has no route.
  installCors(app, options.corsOrigins ?? []);

  // Before the rate limit's own onRequest hook: the key is the device a valid token names,
  // else the address (requestKey.ts), so an office NAT does not share one budget and a
  // fresh junk token per request does not buy a fresh one.
  app.addHook('onRequest', (request) => resolveRequestKey(options.db, request));
  await app.register(rateLimit, {
    max: limits.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: requestKey,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: { code: 'rate_limited', message: `too many requests, retry in ${context.after}` },
    }),
  });

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(enrolRoutes(deps));
      await api.register(deviceRoutes(deps));
      await api.register(attachmentRoutes(deps));
      await api.register(bundleRoutes(deps));
      await api.register(changesRoutes(deps));
    },
    { prefix: API_PREFIX },
  );
  return app;
}
