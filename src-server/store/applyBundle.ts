/**
 * Writes one verified bundle in ONE transaction (docs/design.md "Office server storage"): scope
 * and attachment checks first (any failure rolls everything back), then each record's
 * outcome by the pure rule (shared/sync/decideRecordOutcome.ts), the append-only revision,
 * the head, the change log, and the receipt kept for replays.
 */
import type { Kysely, Transaction } from 'kysely';
import { buildReceipt } from '../../shared/bundle/buildReceipt';
import type { Bundle } from '../../shared/bundle/bundleSchema';
import type { Receipt, ReceiptRecord } from '../../shared/bundle/receiptSchema';
import { decideRecordOutcome } from '../../shared/sync/decideRecordOutcome';
import { isInScope, recordCountyCode, type SyncScope } from '../../shared/sync/syncScope';
import { DeviceId } from '../../shared/domain/ids';
import type { Engine } from '../db/openDatabase';
import type { ChangesTable, RecordHeadsTable, ServerDatabase } from '../db/schema';
import { isWireErrorCode } from '../../shared/errors/errorCodes';
import { HttpError } from '../httpError';
import { nativeSha256Hex } from '../nativeSha256';
import { referencedAttachments } from './attachmentRefs';
import { appendChanges, CITY_ONLY, lockChangeLog, nextSeq } from './changeLog';
import { storedRevisions } from './recordQueries';

export interface BundleDevice {
  readonly id: string;
  readonly scope: SyncScope;
}

export interface ApplyResult {
  readonly receipt: Receipt;
  readonly replay: boolean;
}

export async function applyBundle(
  db: Kysely<ServerDatabase>,
  engine: Engine,
  device: BundleDevice,
  bundle: Bundle,
  attachmentBytes: ReadonlyMap<string, Uint8Array>,
  now: Date,
  /** SHA-256 of the body as received (after gunzip), kept for exact replays; see findExactReplay. */
  bodySha256: string | null = null,
  /** Problems of records pushed as finalised, by index (shared/sync/finalisedRecordIssues.ts). */
  finalisedIssues: ReadonlyMap<
    number,
    readonly { code: string; message: string; path: string }[]
  > = new Map(),
): Promise<ApplyResult> {
  return db.transaction().execute(async (trx) => {
    await lockChangeLog(trx, engine);
    const ids = bundle.records.map((r) => r.id);
    const { heads, hashes } = await storedRevisions(trx, ids);
    // Scope first, even for a replay: a bundle's receipt names records, hashes and a device.
    const counties = bundle.records.map((record, i) => {
      const head = heads.get(record.id);
      const county = recordCountyCode(
        record.body,
        head ? head.county_code : undefined,
        device.scope,
      );
      if (
        !isInScope(device.scope, county) ||
        (head && !isInScope(device.scope, head.county_code))
      ) {
        throw new HttpError(
          403,
          'out_of_scope',
          `records[${i}] (${record.id}) is outside this device's scope ${device.scope}`,
        );
      }
      return county;
    });
    const replay = await findReplay(trx, bundle.bundleId, bundle.checksum);
    if (replay) return { receipt: replay, replay: true };
    bundle.records.forEach((record, i) => {
      const head = heads.get(record.id);
      // An id names one record of one kind for good: the pull would serve it as both.
      if (head && head.kind !== record.kind) {
        throw new HttpError(
          409,
          'record_kind_changed',
          `records[${i}] (${record.id}) is a ${head.kind} on the server, not a ${record.kind}`,
        );
      }
    });
    // A forged finalised record is refused with its reasons, unless the id is already
    // finalised here: then it is rejected as immutable below, like any other body for it.
    const refused = [...finalisedIssues.entries()]
      .filter(([i]) => heads.get(bundle.records[i]?.id ?? '')?.status !== 'finalized')
      .flatMap(([, issues]) => issues);
    const first = refused[0];
    if (first)
      throw new HttpError(
        400,
        isWireErrorCode(first.code) ? first.code : 'invalid_bundle',
        `${first.path}: ${first.message}`,
        { errors: refused },
      );
    await checkAttachments(trx, bundle, attachmentBytes);

    const nowIso = now.toISOString();
    for (const a of bundle.attachments) {
      const bytes = attachmentBytes.get(a.sha256);
      if (!bytes) continue;
      await trx
        .insertInto('attachments')
        .values({ sha256: a.sha256, mime: a.mime, size: bytes.length, bytes, received_at: nowIso })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
    }

    let seq = await nextSeq(trx);
    const changes: ChangesTable[] = [];
    const results: ReceiptRecord[] = [];
    const revisions = [];
    const refs = [];
    const newHeads: RecordHeadsTable[] = [];
    for (const [i, record] of bundle.records.entries()) {
      const head = heads.get(record.id);
      const county = counties[i] ?? null;
      const outcome = decideRecordOutcome(
        head && {
          serverRev: head.server_rev,
          hash: head.hash,
          status: head.status === 'finalized' ? 'finalized' : 'draft',
        },
        record,
        hashes.get(record.id),
      );
      const base = { kind: record.kind, id: record.id, rev: record.rev, hash: record.hash };
      if (outcome.result === 'accepted' || outcome.result === 'conflict') {
        const accepted = outcome.result === 'accepted';
        const serverRev = accepted ? outcome.serverRev : (head?.server_rev ?? 0);
        revisions.push({
          kind: record.kind,
          id: record.id,
          hash: record.hash,
          rev: record.rev,
          base_rev: record.baseRev,
          server_rev: serverRev,
          outcome: outcome.result,
          status: record.status,
          body: JSON.stringify(record.body),
          device_id: device.id,
          county_code: county,
          received_at: nowIso,
          bundle_id: bundle.bundleId,
        });
        for (const sha256 of referencedAttachments(record))
          refs.push({ sha256, record_id: record.id, county_code: county });
        changes.push({
          seq: seq++,
          type: accepted ? 'record' : 'conflict',
          kind: record.kind,
          id: record.id,
          hash: record.hash,
          county_code: county ?? CITY_ONLY,
        });
        if (accepted) {
          const next: RecordHeadsTable = {
            id: record.id,
            kind: record.kind,
            server_rev: serverRev,
            hash: record.hash,
            status: record.status,
            county_code: county,
          };
          if (head) await updateHead(trx, next);
          else newHeads.push(next);
          results.push({ ...base, result: 'accepted', serverRev, serverHash: record.hash });
        } else {
          await trx
            .insertInto('conflicts')
            .values({
              id: record.id,
              hash: record.hash,
              head_server_rev: serverRev,
              head_hash: head?.hash ?? record.hash,
              device_id: device.id,
              created_at: nowIso,
              resolved_at: null,
            })
            .execute();
          results.push({
            ...base,
            result: 'conflict',
            reason: outcome.reason,
            serverRev,
            serverHash: head?.hash ?? record.hash,
          });
        }
      } else {
        results.push({
          ...base,
          result: outcome.result,
          reason: outcome.reason,
          serverRev: head?.server_rev ?? 0,
          serverHash: head?.hash ?? record.hash,
        });
      }
    }
    for (let i = 0; i < newHeads.length; i += 150)
      await trx
        .insertInto('record_heads')
        .values(newHeads.slice(i, i + 150))
        .execute();
    for (let i = 0; i < revisions.length; i += 100)
      await trx
        .insertInto('records')
        .values(revisions.slice(i, i + 100))
        .execute();
    for (let i = 0; i < refs.length; i += 300) {
      await trx
        .insertInto('record_attachments')
        .values(refs.slice(i, i + 300))
        .onConflict((oc) => oc.columns(['sha256', 'record_id']).doNothing())
        .execute();
    }
    await appendChanges(trx, changes);

    const receipt = buildReceipt(
      {
        bundleId: bundle.bundleId,
        deviceId: DeviceId.parse(device.id),
        bundleChecksum: bundle.checksum,
        serverTime: nowIso,
        records: results,
      },
      nativeSha256Hex,
    );
    await trx
      .insertInto('bundles')
      .values({
        bundle_id: bundle.bundleId,
        checksum: bundle.checksum,
        device_id: device.id,
        received_at: nowIso,
        receipt: JSON.stringify(receipt),
        body_sha256: bodySha256,
      })
      .execute();
    return { receipt, replay: false };
  });
}

async function updateHead(trx: Transaction<ServerDatabase>, head: RecordHeadsTable): Promise<void> {
  await trx
    .updateTable('record_heads')
    .set({
      server_rev: head.server_rev,
      hash: head.hash,
      status: head.status,
      county_code: head.county_code,
    })
    .where('id', '=', head.id)
    .execute();
}

/** Every referenced attachment must be in the bundle or already on the server. */
async function checkAttachments(
  trx: Transaction<ServerDatabase>,
  bundle: Bundle,
  inBundle: ReadonlyMap<string, Uint8Array>,
): Promise<void> {
  const wanted = new Set<string>();
  for (const r of bundle.records)
    for (const h of referencedAttachments(r)) if (!inBundle.has(h)) wanted.add(h);
  if (wanted.size === 0) return;
  const list = [...wanted];
  const held = new Set<string>();
  for (let i = 0; i < list.length; i += 500) {
    const rows = await trx
      .selectFrom('attachments')
      .select('sha256')
      .where('sha256', 'in', list.slice(i, i + 500))
      .execute();
    for (const row of rows) held.add(row.sha256);
  }
  const missing = list.filter((h) => !held.has(h));
  if (missing.length > 0) {
    throw new HttpError(
      409,
      'attachments_missing',
      `${missing.length} referenced attachment(s) not on the server: upload them first`,
      { missing },
    );
  }
}

/**
 * The same bundle again (same id and checksum, verified) gets its first receipt back with
 * every record that was stored then answered `duplicate`; nothing is written. The same id
 * with another checksum is refused: bundle ids are never reused. Call only with a bundle
 * that passed verification and the scope check (docs/sync.md "Replays").
 */
export async function findReplay(
  db: Kysely<ServerDatabase>,
  bundleId: string,
  checksum: string,
): Promise<Receipt | null> {
  const row = await db
    .selectFrom('bundles')
    .selectAll()
    .where('bundle_id', '=', bundleId)
    .executeTakeFirst();
  if (!row) return null;
  if (row.checksum !== checksum) {
    throw new HttpError(
      409,
      'bundle_id_reused',
      `bundle ${bundleId} was received before with other content`,
    );
  }
  return duplicateReceipt(row.receipt);
}

/**
 * The shortcut before verification: the stored receipt, but only for the device that sent
 * the bundle and only for the very body it sent then (same SHA-256). Anything else (another
 * device, a changed body under an old id and checksum) answers null and is verified in full.
 */
export async function findExactReplay(
  db: Kysely<ServerDatabase>,
  bundleId: string,
  deviceId: string,
  bodySha256: string,
): Promise<Receipt | null> {
  const row = await db
    .selectFrom('bundles')
    .selectAll()
    .where('bundle_id', '=', bundleId)
    .executeTakeFirst();
  if (
    !row ||
    row.device_id !== deviceId ||
    row.body_sha256 === null ||
    row.body_sha256 !== bodySha256
  )
    return null;
  return duplicateReceipt(row.receipt);
}

function duplicateReceipt(stored: string): Receipt {
  // Written by applyBundle above; not re-validated, as the replay answer has 30 ms.
  const first = JSON.parse(stored) as Receipt;
  return buildReceipt(
    {
      bundleId: first.bundleId,
      deviceId: first.deviceId,
      bundleChecksum: first.bundleChecksum,
      serverTime: first.serverTime,
      records: first.records.map((r) =>
        r.result === 'accepted' ? { ...r, result: 'duplicate', reason: 'already_stored' } : r,
      ),
    },
    nativeSha256Hex,
  );
}
