/**
 * Saving a file that arrives in chunks (the laptop's bundle export, docs/sync.md "Exporting"):
 * the chunks are appended to a temp file beside the target, which is fsynced and renamed
 * over the target only when the renderer says the file is complete. An abandoned or failed
 * save removes the temp file: the target is either the old file or the whole new one.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors/appError';
import { basename, dirname, join } from 'node:path';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';

interface OpenSave {
  readonly handle: FileHandle;
  readonly temp: string;
  readonly target: string;
  size: number;
}

export class StreamSaves {
  private readonly open = new Map<string, OpenSave>();

  /** Opens the temp file for `target`; answers the id the chunks name. */
  async begin(target: string): Promise<string> {
    const temp = join(
      dirname(target),
      `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
    );
    const handle = await open(temp, 'wx');
    const id = randomBytes(16).toString('hex');
    this.open.set(id, { handle, temp, target, size: 0 });
    return id;
  }

  async write(id: string, bytes: Uint8Array): Promise<number> {
    const save = this.get(id);
    try {
      await save.handle.write(bytes);
    } catch (error) {
      await this.end(id, false);
      throw error;
    }
    save.size += bytes.length;
    return save.size;
  }

  /** Commits (fsync, rename) or abandons (remove) the save; answers the saved path or null. */
  async end(id: string, commit: boolean): Promise<string | null> {
    const save = this.get(id);
    this.open.delete(id);
    try {
      if (commit) await save.handle.sync();
      await save.handle.close();
      if (!commit) {
        await rm(save.temp, { force: true });
        return null;
      }
      await rename(save.temp, save.target);
      return save.target;
    } catch (error) {
      await rm(save.temp, { force: true });
      throw error;
    }
  }

  /** Saves still open (tests; a window closed mid-export leaves them until the app quits). */
  get pending(): number {
    return this.open.size;
  }

  private get(id: string): OpenSave {
    const save = this.open.get(id);
    // A chunk for a save that was never begun or already ended: a fault of the caller.
    if (!save) throw new AppError('file.unreadable', undefined, `no open save ${id}`);
    return save;
  }
}
