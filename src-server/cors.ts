/**
 * A minimal, strict CORS hook for web mode (the same UI in a browser at another origin, as in
 * dev:web and the e2e tests). The Electron app needs none: its requests leave from main.
 *
 * Only origins named exactly in the allow-list (CORS_ORIGINS, comma-separated, e.g.
 * `http://127.0.0.1:5173`) get CORS headers; any other origin gets none, so the browser
 * refuses to hand it the answer. Preflights from an allowed origin are answered here with
 * the methods and headers the client uses, before auth and the rate limit (a preflight
 * carries no token). No credentials mode: the token travels in Authorization, not cookies.
 */
import type { FastifyInstance } from 'fastify';

const ALLOWED_METHODS = 'GET, POST, PUT';
const ALLOWED_HEADERS =
  'authorization, content-type, content-encoding, x-bundle-id, x-bundle-checksum';

/** `a, b` → exact origins; anything that is not a plain http(s) origin is dropped. */
export function parseCorsOrigins(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => {
      try {
        const url = new URL(s);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === s;
      } catch {
        return false;
      }
    });
}

export function installCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (typeof origin !== 'string' || !allowed.has(origin)) return;
    void reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    if (
      request.method === 'OPTIONS' &&
      request.headers['access-control-request-method'] !== undefined
    ) {
      await reply
        .header('access-control-allow-methods', ALLOWED_METHODS)
        .header('access-control-allow-headers', ALLOWED_HEADERS)
        .header('access-control-max-age', '600')
        .status(204)
        .send();
    }
  });
}
