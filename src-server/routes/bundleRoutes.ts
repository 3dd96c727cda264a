/**
 * POST /bundles: a bundle as JSON, or gzip (Content-Encoding: gzip, any case, or Content-Type
 * application/gzip), inflated as it streams in under the plain body cap (inflateBody.ts).
 * Nothing a client claims is trusted (docs/sync.md "What the server refuses"):
 *
 * 1. a replay is answered from the stored receipt before verification only to the device
 *    that sent the bundle, for the very same body (store/applyBundle findExactReplay);
 * 2. otherwise the document's shape (checks/jsonShape.ts), the bundle (shared/bundle/
 *    verifyBundle), unknown keys in record bodies (checks/droppedKeys.ts) and every record
 *    pushed as finalised (shared/sync/finalisedRecordIssues.ts) are checked in full;
 * 3. one transaction checks scope and kinds and writes it (store/applyBundle).
 *
 * 200 with the receipt; 409 with the receipt in `details` when a record was rejected as
 * immutable (the rest is stored).
 */
import type { FastifyInstance } from 'fastify';
import { bytesToText } from '../../shared/bundle/gzipBundle';
import type { BundleIssue } from '../../shared/bundle/bundleIssue';
import type { Bundle } from '../../shared/bundle/bundleSchema';
import { BUNDLE_CHECKSUM_HEADER, BUNDLE_ID_HEADER } from '../../shared/sync/wireSchemas';
import { finalisedRecordIssues } from '../../shared/sync/finalisedRecordIssues';
import { registerReferencedTemplates } from '../templates/publishTemplate';
import { verifyBundle } from '../../shared/bundle/verifyBundle';
import type { RouteDeps } from './routeDeps';
import { authenticate } from '../auth';
import { findDroppedKeys } from '../checks/droppedKeys';
import { findJsonShapeIssue } from '../checks/jsonShape';
import { HttpError } from '../httpError';
import { inflateOnTheWay } from '../inflateBody';
import { nativeSha256Hex } from '../nativeSha256';
import { applyBundle, findExactReplay } from '../store/applyBundle';
import { isWireErrorCode } from '../../shared/errors/errorCodes';

export function bundleRoutes(deps: RouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    // Bytes, not Fastify's JSON parser: gzip, the inflate limit and our own error codes.
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser(
      ['application/json', 'application/gzip'],
      { parseAs: 'buffer' },
      (_req, body, done) => done(null, body),
    );

    app.post(
      '/bundles',
      { onRequest: deps.heavyGate, preParsing: inflateOnTheWay(deps.limits.bodyLimitBytes) },
      async (request, reply) => {
        const device = await authenticate(deps.db, request, deps.now());
        const bytes = request.body;
        if (!(bytes instanceof Uint8Array))
          throw new HttpError(
            415,
            'unsupported_media_type',
            'send the bundle as application/json or application/gzip',
          );
        const bodySha256 = nativeSha256Hex(bytes);
        const named = namedInHeaders(request.headers);
        const early =
          named && (await findExactReplay(deps.db, named.bundleId, device.id, bodySha256));
        if (early)
          return reply
            .status(early.records.some((r) => r.result === 'rejected') ? 409 : 200)
            .send(replayBody(early));

        let json: unknown;
        try {
          json = JSON.parse(bytesToText(bytes));
        } catch (error) {
          throw new HttpError(
            400,
            'bad_json',
            `not JSON: ${error instanceof Error ? error.message : 'unreadable'}`,
          );
        }
        const shape = findJsonShapeIssue(json);
        if (shape)
          throw new HttpError(
            400,
            shape.code,
            `${shape.path ? `${shape.path}: ` : ''}${shape.message}`,
            { errors: [shape] },
          );

        const claimed = claimedIdentity(json);
        const replay =
          claimed && (await findExactReplay(deps.db, claimed.bundleId, device.id, bodySha256));
        if (replay)
          return reply
            .status(replay.records.some((r) => r.result === 'rejected') ? 409 : 200)
            .send(replayBody(replay));

        const verified = verifyBundle(json, deps.limits.bundle, nativeSha256Hex);
        if (!verified.ok) refuse(verified.errors);
        const unknownKeys = droppedKeyIssues(json, verified.bundle);
        if (unknownKeys.length > 0) refuse(unknownKeys);
        await registerReferencedTemplates(
          deps.db,
          verified.bundle.records.flatMap((r) =>
            r.kind === 'inspection' ? [r.body.template] : [],
          ),
        );
        const finalisedIssues = finalisedRecordIssuesOf(verified.bundle);
        // A bundle may arrive through another device in scope (an office relaying a USB
        // stick): scope is checked per record, and each body keeps its own deviceId.
        const { receipt } = await applyBundle(
          deps.db,
          deps.engine,
          device,
          verified.bundle,
          verified.attachmentBytes,
          deps.now(),
          bodySha256,
          finalisedIssues,
        );
        const rejected = receipt.records.filter((r) => r.result === 'rejected');
        request.log.info(
          {
            bundleId: receipt.bundleId,
            records: receipt.records.length,
            rejected: rejected.length,
          },
          'bundle received',
        );
        return reply
          .status(rejected.length > 0 ? 409 : 200)
          .send(rejected.length > 0 ? replayBody(receipt) : receipt);
      },
    );
    return Promise.resolve();
  };
}

type Issue = Pick<BundleIssue, 'message' | 'path'> & { readonly code: string };

/** 400 with the first problem's code (zod's schema issues read invalid_bundle) and all of them in details. */
function refuse(errors: readonly Issue[]): never {
  const first = errors[0];
  const code =
    !first ||
    first.code === 'schema' ||
    first.code === 'not_a_bundle' ||
    !isWireErrorCode(first.code)
      ? 'invalid_bundle'
      : first.code;
  const message = first
    ? `${first.path ? `${first.path}: ` : ''}${first.message}`
    : 'invalid bundle';
  throw new HttpError(400, code, message, { errors });
}

/** Unknown keys in record bodies (docs/sync.md "What the server refuses"). */
function droppedKeyIssues(json: unknown, bundle: Bundle): Issue[] {
  const sent = (json as { records: { body: unknown }[] }).records;
  const issues: Issue[] = [];
  bundle.records.forEach((record, i) => {
    const at = `records[${i}].body`;
    for (const path of findDroppedKeys(sent[i]?.body, record.body)) {
      issues.push({
        code: 'unknown_key',
        message: `${record.kind} records have no field ${path}`,
        path: `${at}.${path}`,
      });
    }
  });
  return issues;
}

/**
 * Records pushed as finalised that the laptop would not have finalised, by record index.
 * Refused by applyBundle unless the server already holds the id finalised: then the record
 * is rejected as immutable like any other body sent for it, and the rest of the bundle goes on.
 */
function finalisedRecordIssuesOf(bundle: Bundle): Map<number, Issue[]> {
  const out = new Map<number, Issue[]>();
  for (const [i, record] of bundle.records.entries()) {
    if (record.kind !== 'inspection') continue;
    const issues = finalisedRecordIssues(record.body, nativeSha256Hex).map((issue) => ({
      code: issue.code,
      message: issue.message,
      path: `records[${i}].body${issue.path ? `.${issue.path}` : ''}`,
    }));
    if (issues.length > 0) out.set(i, issues);
  }
  return out;
}

/** A 409 keeps the error shape and still hands back the receipt. */
function replayBody(receipt: { records: readonly { result: string }[] }): unknown {
  const rejected = receipt.records.filter((r) => r.result === 'rejected').length;
  if (rejected === 0) return receipt;
  return {
    error: {
      code: 'record_immutable',
      message: `${rejected} finalised record(s) sent with another body were rejected; the rest is in the receipt`,
      details: { receipt },
    },
  };
}

function namedInHeaders(
  headers: Record<string, string | string[] | undefined>,
): { bundleId: string; checksum: string } | null {
  const bundleId = headers[BUNDLE_ID_HEADER];
  const checksum = headers[BUNDLE_CHECKSUM_HEADER];
  return typeof bundleId === 'string' && typeof checksum === 'string'
    ? { bundleId, checksum }
    : null;
}

function claimedIdentity(json: unknown): { bundleId: string; checksum: string } | null {
  if (typeof json !== 'object' || json === null) return null;
  const bundleId: unknown = Reflect.get(json, 'bundleId');
  const checksum: unknown = Reflect.get(json, 'checksum');
  return typeof bundleId === 'string' && typeof checksum === 'string'
    ? { bundleId, checksum }
    : null;
}
