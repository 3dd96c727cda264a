/** Every error leaves the server as `{ error: { code, message } }` with a fitting status. */
import type { FastifyReply } from 'fastify';
import { ZodError } from 'zod';
import { isWireErrorCode, type WireErrorCode } from '../shared/errors/errorCodes';
import type { ErrorBody } from '../shared/sync/wireSchemas';
import { HttpError } from './httpError';

export function sendError(
  reply: FastifyReply,
  status: number,
  code: WireErrorCode,
  message: string,
  details?: unknown,
): FastifyReply {
  const body: ErrorBody = {
    error: details === undefined ? { code, message } : { code, message, details },
  };
  return reply.status(status).send(body);
}

/** A field of an error Fastify or a plugin threw, read without trusting its shape. */
function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null
    ? (Reflect.get(error, key) as unknown)
    : undefined;
}

export function toErrorReply(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) {
    const inner =
      error.details === undefined
        ? { code: error.code, message: error.message }
        : { code: error.code, message: error.message, details: error.details };
    return { status: error.statusCode, body: { error: inner } };
  }
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const where = first ? first.path.join('.') : '';
    return {
      status: 400,
      body: {
        error: {
          code: 'bad_request',
          message: `${where ? `${where}: ` : ''}${first?.message ?? 'invalid'}`,
          details: error.issues.slice(0, 20),
        },
      },
    };
  }
  const statusCode = field(error, 'statusCode');
  const status = typeof statusCode === 'number' ? statusCode : 500;
  const fastifyCode = field(error, 'code');
  const rawMessage = field(error, 'message');
  const message = typeof rawMessage === 'string' ? rawMessage : undefined;
  if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return {
      status: 413,
      body: { error: { code: 'body_too_large', message: 'request body too large' } },
    };
  }
  if (status === 429)
    return {
      status,
      body: { error: { code: 'rate_limited', message: message ?? 'too many requests' } },
    };
  if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
    return {
      status: 415,
      body: {
        error: { code: 'unsupported_media_type', message: message ?? 'unsupported media type' },
      },
    };
  }
  if (status >= 400 && status < 500) {
    // Our own wire codes (e.g. bad_gzip from inflateBody.ts) pass; Fastify's FST_… read bad_request.
    const code =
      typeof fastifyCode === 'string' && isWireErrorCode(fastifyCode) ? fastifyCode : 'bad_request';
    return { status, body: { error: { code, message: message ?? 'bad request' } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal server error' } } };
}
