/** GET /changes?since&limit: records, conflicts and reference data in scope after a cursor. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { Change, ChangesQuery, type ChangesResponse } from '../../shared/sync/wireSchemas';
import type { RouteDeps } from './routeDeps';
import { authenticate } from '../auth';
import type { ChangesTable, ServerDatabase } from '../db/schema';
import { LIMIT_TABLE_CHANGE } from '../cli/importLimits';
import { nativeSha256Hex } from '../nativeSha256';
import { readChanges } from '../store/changeLog';
import { recordDeviceSync } from '../store/deviceStore';
import {
  loadTemplateRows,
  TEMPLATE_CHANGE,
  templateChangeData,
} from '../templates/publishTemplate';
import { sendJsonMaybeGzipped } from '../gzipReply';

export function changesRoutes(deps: RouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/changes', { onRequest: deps.heavyGate }, async (request, reply) => {
      const device = await authenticate(deps.db, request, deps.now());
      const query = ChangesQuery.parse(request.query);
      const page = await readChanges(deps.db, device.scope, Number(query.since), query.limit);
      const body: ChangesResponse = {
        changes: await loadChanges(deps.db, page.rows),
        cursor: String(page.cursor),
        more: page.more,
      };
      // The first page of a pull is the device's sync as the office's device list shows it.
      if (query.since === '0' || query.outbox !== undefined)
        await recordDeviceSync(deps.db, device.id, deps.now(), query.outbox);
      return sendJsonMaybeGzipped(request, reply, body);
    });
    return Promise.resolve();
  };
}

/** The content of each change row, fetched in a few queries rather than one per row. */
async function loadChanges(
  db: Kysely<ServerDatabase>,
  rows: readonly ChangesTable[],
): Promise<Change[]> {
  if (rows.length === 0) return [];
  const recordIds = rows
    .filter((r) => r.type === 'record' || r.type === 'conflict')
    .map((r) => r.id);
  const revisions = new Map<
    string,
    { server_rev: number; status: string; device_id: string; received_at: string; body: string }
  >();
  for (let i = 0; i < recordIds.length; i += 500) {
    const found = await db
      .selectFrom('records')
      .select(['id', 'hash', 'server_rev', 'status', 'device_id', 'received_at', 'body'])
      .where('id', 'in', recordIds.slice(i, i + 500))
      .execute();
    for (const r of found) revisions.set(`${r.id}/${r.hash}`, r);
  }
  const enterpriseKeys = rows.filter((r) => r.type === 'enterprise').map((r) => r.id);
  const enterprises = new Map<string, string>();
  if (enterpriseKeys.length > 0) {
    for (const e of await db
      .selectFrom('enterprises')
      .select(['credit_code', 'data'])
      .where('credit_code', 'in', enterpriseKeys)
      .execute())
      enterprises.set(e.credit_code, e.data);
  }
  const machineKeys = rows.filter((r) => r.type === 'registry-machine').map((r) => r.id);
  const machines = new Map<string, string>();
  if (machineKeys.length > 0) {
    for (const m of await db
      .selectFrom('registry_machines')
      .select(['pin', 'data'])
      .where('pin', 'in', machineKeys)
      .execute())
      machines.set(m.pin, m.data);
  }

  const limitTables = await loadLimitTables(db, rows);
  const templates = await loadTemplateRows(
    db,
    rows.filter((r) => r.type === TEMPLATE_CHANGE).map((r) => r.id),
  );

  return rows.flatMap((row): Change[] => {
    if (row.type === 'record' || row.type === 'conflict') {
      const rev = revisions.get(`${row.id}/${row.hash}`);
      if (!rev) return [];
      // Parsed on the way out too: the wire schema is the contract the client relies on.
      return [
        Change.parse({
          type: row.type,
          seq: row.seq,
          kind: row.kind,
          id: row.id,
          serverRev: rev.server_rev,
          hash: row.hash,
          status: rev.status,
          deviceId: rev.device_id,
          receivedAt: rev.received_at,
          body: JSON.parse(rev.body) as unknown,
        }),
      ];
    }
    if (row.type === TEMPLATE_CHANGE) {
      // Served as it is now: a replayed publication carries the later retired flag too.
      const template = templates.get(row.id);
      if (template === undefined) return [];
      return [
        Change.parse({
          type: 'reference',
          seq: row.seq,
          table: TEMPLATE_CHANGE,
          key: row.id,
          data: templateChangeData(template),
        }),
      ];
    }
    const data =
      row.type === 'enterprise'
        ? enterprises.get(row.id)
        : row.type === LIMIT_TABLE_CHANGE
          ? limitTables.get(row.hash)
          : machines.get(row.id);
    if (data === undefined) return [];
    return [
      Change.parse({
        type: 'reference',
        seq: row.seq,
        table: row.type,
        key: row.id,
        data: JSON.parse(data) as unknown,
      }),
    ];
  });
}

/**
 * Limit table versions by the content hash their change rows name: an older version in the
 * log is served as it was, so a device replaying the log ends on the newest.
 */
async function loadLimitTables(
  db: Kysely<ServerDatabase>,
  rows: readonly ChangesTable[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.filter((r) => r.type === LIMIT_TABLE_CHANGE).map((r) => r.id))];
  const byHash = new Map<string, string>();
  if (ids.length === 0) return byHash;
  for (const t of await db
    .selectFrom('limit_tables')
    .select(['data'])
    .where('id', 'in', ids)
    .execute())
    byHash.set(nativeSha256Hex(t.data), t.data);
  return byHash;
}
