/**
 * Which database a command works on, in words an admin can compare: the SQLite file's
 * absolute path, or the PostgreSQL URL without its password (docs/deploy.md).
 */
import { resolve } from 'node:path';

export const SQLITE_FILE = 'bluesky.sqlite';

export function describeDatabase(databaseUrl: string | undefined, dataDir: string): string {
  if (!databaseUrl) return `SQLite ${resolve(dataDir, SQLITE_FILE)}`;
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return `PostgreSQL ${url.toString()}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL unparsable)';
  }
}
