/**
 * Writes a file so that a crash or a full disk leaves either the old file or the new one,
 * never half of the new one: temp file in the same folder, fsync, then rename.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { open, rename, rm } from 'node:fs/promises';

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  // Same folder as the target: rename is only atomic within one file system.
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      // Without fsync a power cut after the rename can leave an empty file under the new name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
