/**
 * Opens the server's database: PostgreSQL when DATABASE_URL is set, otherwise a SQLite file
 * in the data dir (WAL, so readers never wait for the one writer). Runs migrations.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import * as m001 from '../migrations/m001_initial';
import * as m002 from '../migrations/m002_bundle_body_digest';
import * as m003 from '../migrations/m003_checklist_templates';
import * as m004 from '../migrations/m004_device_admin';
import type { ServerDatabase } from './schema';
import { SQLITE_FILE } from './describeDatabase';

export type Engine = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  readonly db: Kysely<ServerDatabase>;
  readonly engine: Engine;
  readonly close: () => Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connection string; unset means SQLite. */
  readonly databaseUrl?: string | undefined;
  /** Directory of the SQLite file (created if absent). */
  readonly dataDir?: string;
  /** SQLite file name inside dataDir. */
  readonly fileName?: string;
}

export async function openDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  let db: Kysely<ServerDatabase>;
  let engine: Engine;
  if (options.databaseUrl) {
    engine = 'postgres';
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    db = new Kysely<ServerDatabase>({ dialect: new PostgresDialect({ pool }) });
  } else {
    engine = 'sqlite';
    const dir = options.dataDir ?? './data';
    mkdirSync(dir, { recursive: true });
    const file = new SqliteDatabase(join(dir, options.fileName ?? SQLITE_FILE));
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = NORMAL');
    file.pragma('busy_timeout = 5000');
    db = new Kysely<ServerDatabase>({ dialect: new SqliteDialect({ database: file }) });
  }
  await migrate(db);
  return { db, engine, close: () => db.destroy() };
}

export async function migrate(db: Kysely<ServerDatabase>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: () =>
        Promise.resolve({
          m001_initial: m001,
          m002_bundle_body_digest: m002,
          m003_checklist_templates: m003,
          m004_device_admin: m004,
        }),
    },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
}
