/**
 * Gzip request bodies inflated as they stream in (a Fastify preParsing hook), so the body
 * limit counts INFLATED bytes: a gzip bomb stops at the plain body cap, and memory never
 * holds more than that (docs/sync.md "Limits"). Content-Encoding is read case-insensitively;
 * an encoding other than gzip or identity is refused with 415 before a byte is read.
 */
import { PassThrough, pipeline, Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './httpError';

/** 'gzip', 'identity', or the encoding named (refused by the caller). */
export function requestEncoding(request: FastifyRequest): string {
  const header = request.headers['content-encoding'];
  const named = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim().toLowerCase();
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (named === '' || named === 'identity')
    return contentType === 'application/gzip' ? 'gzip' : 'identity';
  if (named === 'gzip' || named === 'x-gzip') return 'gzip';
  return named;
}

/** A stream Fastify reads the body from, with the compressed length it saw (for Content-Length). */
type CountedStream = PassThrough & { receivedEncodedLength: number };

/**
 * preParsing: the payload as is, or piped through gunzip with a cap. The cap's error carries
 * Fastify's own body-too-large code, so the reply is the same 413 as for a plain body.
 */
export function inflateOnTheWay(maxInflatedBytes: number) {
  return (
    request: FastifyRequest,
    _reply: unknown,
    payload: Readable,
    done: (err: Error | null, stream?: Readable) => void,
  ): void => {
    const encoding = requestEncoding(request);
    if (encoding === 'identity') {
      done(null, payload);
      return;
    }
    if (encoding !== 'gzip') {
      done(
        new HttpError(
          415,
          'unsupported_encoding',
          `Content-Encoding ${encoding} is not supported: send gzip or nothing`,
        ),
      );
      return;
    }
    let inflated = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _enc, next) {
        inflated += chunk.length;
        if (inflated > maxInflatedBytes) {
          next(
            Object.assign(new Error(`body inflates past ${maxInflatedBytes} bytes`), {
              statusCode: 413,
              code: 'FST_ERR_CTP_BODY_TOO_LARGE',
            }),
          );
          return;
        }
        next(null, chunk);
      },
    });
    const out: CountedStream = Object.assign(new PassThrough(), { receivedEncodedLength: 0 });
    payload.on('data', (chunk: Buffer) => {
      out.receivedEncodedLength += chunk.length;
    });
    const gunzip = createGunzip();
    // Before pipeline's own listener, so the error Fastify receives is already the client's
    // 400: zlib's errors (bad header, truncated stream, bad checksum) come from the body sent.
    gunzip.on('error', (error: Error) => {
      if ((error as { statusCode?: unknown }).statusCode !== undefined) return; // the cap's 413, passed back
      Object.assign(error, {
        statusCode: 400,
        code: 'bad_gzip',
        message: `body is not valid gzip data: ${error.message}`,
      });
    });
    pipeline(payload, gunzip, cap, out, () => undefined);
    done(null, out);
  };
}
