/**
 * PostgreSQL's client programs (pg_dump, pg_restore, createdb, dropdb) for the backup and
 * restore test: the commands of docs/deploy.md "Backups" and "Restore", run as written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DEBIAN_ROOT = '/usr/lib/postgresql';

function runs(file: string): boolean {
  try {
    execFileSync(file, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The program on PATH, else the newest of Debian's versioned bin dirs (not on PATH there):
 * pg_dump must be at least as new as the server it dumps. Undefined when not installed.
 */
export function findPgTool(name: string): string | undefined {
  if (runs(name)) return name;
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  const versions = readdirSync(DEBIAN_ROOT)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const file = join(DEBIAN_ROOT, version, 'bin', name);
    if (existsSync(file) && runs(file)) return file;
  }
  return undefined;
}

/** Runs a PostgreSQL program; its stderr becomes the error message when it fails. */
export function runPgTool(name: string, args: readonly string[]): void {
  const file = findPgTool(name);
  if (!file) throw new Error(`${name} is not installed (apt-get install postgresql-client)`);
  try {
    execFileSync(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    // A password in a connection string stays out of the test log.
    const shown = args.join(' ').replace(/(:\/\/[^:@/]+):[^@/]*@/g, '$1:***@');
    throw new Error(`${name} ${shown} failed: ${stderr || String(error)}`, { cause: error });
  }
}

/** The same connection string naming another database on the same cluster. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.href;
}

/** The database a connection string names. */
export function databaseOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
}
