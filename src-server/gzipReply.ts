/**
 * JSON answers gzip-compressed when the client accepts gzip: a full pull is megabytes of
 * repetitive JSON over field links (docs/sync.md "Limits"). fetch, in the laptop's main
 * process and in browsers alike, inflates it before the client reads it.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const gzipAsync = promisify(gzip);

/** Below this, the gzip header and a round of zlib cost more than they save. */
const MIN_GZIP_BYTES = 1024;

/** True when Accept-Encoding lists gzip (any case) without q=0. */
export function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  const text = (Array.isArray(header) ? header.join(',') : (header ?? '')).toLowerCase();
  return text.split(',').some((part) => {
    const [coding = '', ...params] = part.split(';').map((p) => p.trim());
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') return false;
    return !params.some((p) => /^q=0(\.0+)?$/.test(p));
  });
}

export async function sendJsonMaybeGzipped(
  request: FastifyRequest,
  reply: FastifyReply,
  body: unknown,
): Promise<FastifyReply> {
  const text = JSON.stringify(body);
  reply.header('content-type', 'application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (text.length < MIN_GZIP_BYTES || !acceptsGzip(request)) return reply.send(text);
  // level 6: most of the size win for a fraction of level 9's CPU.
  return reply.header('content-encoding', 'gzip').send(await gzipAsync(text, { level: 6 }));
}
