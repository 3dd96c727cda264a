/**
 * Attachments by content hash: ask which are missing, PUT the bytes (the server re-hashes;
 * a second PUT of the same bytes stores nothing), GET them back when a record in the
 * device's scope references them.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AttachmentMime, Sha256Hex } from '../../shared/domain/attachment';
import { CITY_SCOPE } from '../../shared/sync/syncScope';
import {
  AttachmentsMissingRequest,
  type PutAttachmentResponse,
} from '../../shared/sync/wireSchemas';
import type { RouteDeps } from './routeDeps';
import { authenticate } from '../auth';
import { HttpError } from '../httpError';

export function attachmentRoutes(deps: RouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    // Raw bytes for PUT, whatever image type the client names (checked below).
    app.addContentTypeParser(
      ['image/jpeg', 'image/png', 'application/pdf', 'application/octet-stream'],
      { parseAs: 'buffer' },
      (_req, body, done) => done(null, body),
    );

    app.post('/attachments/missing', async (request) => {
      await authenticate(deps.db, request, deps.now());
      const { hashes } = AttachmentsMissingRequest.parse(request.body);
      const unique = [...new Set(hashes)];
      const held = new Set<string>();
      for (let i = 0; i < unique.length; i += 500) {
        const rows = await deps.db
          .selectFrom('attachments')
          .select('sha256')
          .where('sha256', 'in', unique.slice(i, i + 500))
          .execute();
        for (const r of rows) held.add(r.sha256);
      }
      return { missing: unique.filter((h) => !held.has(h)) };
    });

    app.put<{ Params: { sha256: string } }>('/attachments/:sha256', async (request, reply) => {
      await authenticate(deps.db, request, deps.now());
      const sha256 = Sha256Hex.parse(request.params.sha256);
      const mime = AttachmentMime.safeParse(request.headers['content-type']?.split(';')[0]?.trim());
      if (!mime.success)
        throw new HttpError(
          400,
          'bad_mime',
          'Content-Type must be image/jpeg, image/png or application/pdf',
        );
      const bytes = request.body;
      if (!(bytes instanceof Uint8Array) || bytes.length === 0)
        throw new HttpError(400, 'empty_body', 'no bytes sent');
      if (bytes.length > deps.limits.bundle.maxAttachmentBytes)
        throw new HttpError(
          413,
          'attachment_too_large',
          `attachment larger than ${deps.limits.bundle.maxAttachmentBytes} bytes`,
        );
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== sha256)
        throw new HttpError(400, 'hash_mismatch', `bytes hash to ${actual}, not ${sha256}`);
      const inserted = await deps.db
        .insertInto('attachments')
        .values({
          sha256,
          mime: mime.data,
          size: bytes.length,
          bytes,
          received_at: deps.now().toISOString(),
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .executeTakeFirst();
      const body: PutAttachmentResponse = {
        sha256,
        size: bytes.length,
        stored: Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0,
      };
      return reply.status(body.stored ? 201 : 200).send(body);
    });

    app.get<{ Params: { sha256: string } }>('/attachments/:sha256', async (request, reply) => {
      const device = await authenticate(deps.db, request, deps.now());
      const sha256 = Sha256Hex.parse(request.params.sha256);
      let refs = deps.db
        .selectFrom('record_attachments')
        .select('record_id')
        .where('sha256', '=', sha256);
      if (device.scope !== CITY_SCOPE) refs = refs.where('county_code', '=', device.scope);
      const ref = await refs.executeTakeFirst();
      // The same 404 for "absent" and "not yours": the hash of a photo is not itself a secret
      // to leak, but which county holds it is.
      const row =
        ref &&
        (await deps.db
          .selectFrom('attachments')
          .select(['mime', 'bytes'])
          .where('sha256', '=', sha256)
          .executeTakeFirst());
      if (!row) throw new HttpError(404, 'not_found', "no such attachment in this device's scope");
      return reply
        .header('content-type', row.mime)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(Buffer.from(row.bytes));
    });
    return Promise.resolve();
  };
}
