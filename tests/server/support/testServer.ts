/**
 * Starts the REAL office server (buildApp + listen on 127.0.0.1, port 0) on a temporary
 * SQLite file, or on the PostgreSQL of DATABASE_URL (tables dropped first, so each suite
 * starts empty). Tests talk to it with fetch, like a client.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src-server/app';
import {
  type Engine,
  openDatabase,
  type OpenedDatabase,
} from '../../../src-server/db/openDatabase';
import { createEnrolCode } from '../../../src-server/store/deviceStore';
import type { ServerLimits } from '../../../src-server/serverLimits';
import { type DeviceRole, EnrolResponse } from '../../../shared/sync/wireSchemas';
import type { SyncScope } from '../../../shared/sync/syncScope';

export interface TestServer {
  /** The API root, `http://127.0.0.1:PORT/api/v1`. */
  readonly url: string;
  /** What a device is enrolled with: `http://127.0.0.1:PORT`. */
  readonly baseUrl: string;
  readonly opened: OpenedDatabase;
  readonly app: FastifyInstance;
  enrol(scope: SyncScope, deviceName?: string, role?: DeviceRole): Promise<EnrolResponse>;
  close(): Promise<void>;
}

export const TABLES = [
  'devices',
  'enrol_codes',
  'records',
  'record_heads',
  'conflicts',
  'attachments',
  'record_attachments',
  'bundles',
  'changes',
  'enterprises',
  'registry_machines',
  'limit_tables',
  'checklist_templates',
] as const;

/** SQLite always; PostgreSQL too when DATABASE_URL is set (CI starts one). */
export const engines: readonly Engine[] = process.env.DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export async function openTestDatabase(
  engine: Engine = 'sqlite',
): Promise<{ opened: OpenedDatabase; cleanup: () => void }> {
  const databaseUrl = process.env.DATABASE_URL;
  if (engine === 'postgres') {
    if (!databaseUrl) throw new Error('DATABASE_URL is not set');
    const first = await openDatabase({ databaseUrl });
    for (const t of [...TABLES, 'kysely_migration', 'kysely_migration_lock'])
      await sql`drop table if exists ${sql.table(t)} cascade`.execute(first.db);
    await first.close();
    return { opened: await openDatabase({ databaseUrl }), cleanup: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bluesky-server-'));
  return {
    opened: await openDatabase({ dataDir: dir }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function startTestServer(
  engine: Engine = 'sqlite',
  options: { limits?: Partial<ServerLimits>; now?: () => Date; corsOrigins?: string[] } = {},
): Promise<TestServer> {
  const { opened, cleanup } = await openTestDatabase(engine);
  const app = await buildApp({
    db: opened.db,
    engine: opened.engine,
    limits: { rateLimitPerMinute: 100_000, ...options.limits },
    ...(options.now ? { now: options.now } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `${url}/api/v1`,
    baseUrl: url,
    opened,
    app,
    async enrol(scope, deviceName = '孝义分局 笔记本 01', role = 'field') {
      const { code } = await createEnrolCode(opened.db, scope, 24, new Date(), role);
      const res = await fetch(`${url}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName }),
      });
      if (res.status !== 201) throw new Error(`enrol failed: ${res.status} ${await res.text()}`);
      return EnrolResponse.parse(await res.json());
    },
    async close() {
      await app.close();
      await opened.close();
      cleanup();
    },
  };
}

/** Every row of every table, sorted, bytes as hex: compared before and after bad input. */
export async function dumpTables(opened: OpenedDatabase): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      opened.db,
    );
    out[table] = rows
      // When a device was last seen or synced is bookkeeping, not data: a refused request
      // still shows the device was there (docs/deploy.md "Devices").
      .map((row) =>
        table === 'devices'
          ? { ...row, last_seen_at: null, last_sync_at: null, last_outbox_size: null }
          : row,
      )
      .map((row) =>
        JSON.stringify(row, (_k, v: unknown) =>
          v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
        ),
      )
      .sort();
  }
  return out;
}
