/**
 * POST /bundles: a bundle as JSON, or gzip (Content-Encoding: gzip or Content-Type
 * application/gzip). A replay (same id and checksum) is answered from the stored receipt
 * before the costly checks; anything else is verified in full (shared/bundle/verifyBundle)
 * before one transaction writes it (store/applyBundle). 200 with the receipt; 409 with the
 * receipt in `details` when a record was rejected as immutable (the rest is stored).
 */
import type { FastifyInstance } from 'fastify';
import { gunzipSync } from 'node:zlib';
import { bytesToText } from '../../shared/bundle/gzipBundle';
import { BUNDLE_CHECKSUM_HEADER, BUNDLE_ID_HEADER } from '../../shared/sync/wireSchemas';
import { verifyBundle } from '../../shared/bundle/verifyBundle';
import type { RouteDeps } from '../app';
import { authenticate } from '../auth';
import { HttpError } from '../httpError';
import { nativeSha256Hex } from '../nativeSha256';
import { applyBundle, findReplay } from '../store/applyBundle';

export function bundleRoutes(deps: RouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    // Bytes, not Fastify's JSON parser: gzip, the inflate limit and our own error codes.
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser(['application/json', 'application/gzip'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

    app.post('/bundles', async (request, reply) => {
      const device = await authenticate(deps.db, request);
      const raw = request.body;
      if (!(raw instanceof Uint8Array)) throw new HttpError(400, 'bad_request', 'send the bundle as application/json or gzip');
      const named = namedInHeaders(request.headers);
      const early = named && (await findReplay(deps.db, named.bundleId, named.checksum, device.id).catch(() => null));
      if (early) return reply.status(early.records.some((r) => r.result === 'rejected') ? 409 : 200).send(replayBody(early));

      const gzipped = request.headers['content-encoding'] === 'gzip' || request.headers['content-type'] === 'application/gzip';
      const bytes = gzipped ? gunzipOrThrow(raw, deps.limits.bundle.maxDecompressedBytes) : raw;
      let json: unknown;
      try {
        json = JSON.parse(bytesToText(bytes));
      } catch (error) {
        throw new HttpError(400, 'bad_json', `not JSON: ${error instanceof Error ? error.message : 'unreadable'}`);
      }

      const claimed = claimedIdentity(json);
      const replay = claimed && (await findReplay(deps.db, claimed.bundleId, claimed.checksum));
      if (replay) return reply.status(replay.records.some((r) => r.result === 'rejected') ? 409 : 200).send(replayBody(replay));

      const verified = verifyBundle(json, deps.limits.bundle, nativeSha256Hex);
      if (!verified.ok) {
        const first = verified.errors[0];
        // The first problem's code (e.g. checksum_mismatch); zod's schema issues read invalid_bundle.
        const code = !first || first.code === 'schema' || first.code === 'not_a_bundle' ? 'invalid_bundle' : first.code;
        const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid bundle';
        throw new HttpError(400, code, message, { errors: verified.errors });
      }
      // A bundle may arrive through another device in scope (an office relaying a USB
      // stick): scope is checked per record, and each body keeps its own deviceId.
      const { receipt } = await applyBundle(deps.db, deps.engine, device, verified.bundle, verified.attachmentBytes, deps.now());
      const rejected = receipt.records.filter((r) => r.result === 'rejected');
      request.log.info({ bundleId: receipt.bundleId, records: receipt.records.length, rejected: rejected.length }, 'bundle received');
      return reply.status(rejected.length > 0 ? 409 : 200).send(rejected.length > 0 ? replayBody(receipt) : receipt);
    });
    return Promise.resolve();
  };
}

/** A 409 keeps the error shape and still hands back the receipt. */
function replayBody(receipt: { records: readonly { result: string }[] }): unknown {
  const rejected = receipt.records.filter((r) => r.result === 'rejected').length;
  if (rejected === 0) return receipt;
  return { error: { code: 'record_immutable', message: `${rejected} finalised record(s) sent with another body were rejected; the rest is in the receipt`, details: { receipt } } };
}

/** node:zlib here (native, bounded by maxOutputLength); shared/bundle uses fflate elsewhere. */
function gunzipOrThrow(raw: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(raw, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError) throw new HttpError(413, 'too_large', `bundle inflates past ${maxBytes} bytes`);
    throw new HttpError(400, 'bad_gzip', 'body is not valid gzip data');
  }
}

function namedInHeaders(headers: Record<string, string | string[] | undefined>): { bundleId: string; checksum: string } | null {
  const bundleId = headers[BUNDLE_ID_HEADER];
  const checksum = headers[BUNDLE_CHECKSUM_HEADER];
  return typeof bundleId === 'string' && typeof checksum === 'string' ? { bundleId, checksum } : null;
}

function claimedIdentity(json: unknown): { bundleId: string; checksum: string } | null {
  if (typeof json !== 'object' || json === null) return null;
  const bundleId: unknown = Reflect.get(json, 'bundleId');
  const checksum: unknown = Reflect.get(json, 'checksum');
  return typeof bundleId === 'string' && typeof checksum === 'string' ? { bundleId, checksum } : null;
}
