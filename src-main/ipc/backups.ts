/**
 * The rolling backup of unsynced work (DESIGN: durability): one file per write in
 * <userData>/backups, named by UTC time so names sort in time order, newest 10 kept.
 */
import { join } from 'node:path';
import { access, mkdir, readdir, rm } from 'node:fs/promises';
import { writeFileAtomic } from './atomicWrite';

export const BACKUPS_KEPT = 10;

const BACKUP_NAME = /^backup-\d{8}-\d{6}-\d{3}\.json(\.gz)?$/;

/** `backup-20261128-225300-123.json`: fixed width, so string order is time order. */
export function backupFileName(at: Date, gzipped: boolean): string {
  const iso = at.toISOString(); // 2026-11-28T22:53:00.123Z
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
  return `backup-${stamp}.json${gzipped ? '.gz' : ''}`;
}

/** Bundles are JSON, optionally gzipped (DESIGN: bundle format); the name says which. */
const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Writes one backup atomically, then deletes all but the newest `BACKUPS_KEPT`. */
export async function writeRollingBackup(
  dir: string,
  bytes: Uint8Array,
  now: Date,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const gzipped = isGzip(bytes);
  // Two writes within one millisecond: move the second name on by a millisecond rather
  // than overwrite the first or break the sort order with a suffix.
  let at = now;
  while (await exists(join(dir, backupFileName(at, gzipped)))) at = new Date(at.getTime() + 1);
  const path = join(dir, backupFileName(at, gzipped));
  await writeFileAtomic(path, bytes);
  await pruneBackups(dir);
  return path;
}

/** Deletes the oldest backups beyond `keep`; other files in the folder are left alone. */
export async function pruneBackups(dir: string, keep = BACKUPS_KEPT): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => BACKUP_NAME.test(n));
  // Sort on the time part only, so `.json` and `.json.gz` backups interleave correctly.
  const stamp = (n: string) => n.slice('backup-'.length, 'backup-'.length + 19);
  const oldestFirst = names.sort((a, b) => stamp(a).localeCompare(stamp(b)));
  const doomed = oldestFirst.slice(0, Math.max(0, oldestFirst.length - keep));
  await Promise.all(doomed.map((n) => rm(join(dir, n), { force: true })));
  return doomed;
}
