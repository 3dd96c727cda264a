/**
 * Where main keeps the enrolment: one JSON file in userData holding the server URL, the
 * server's device id, the scope and the token ENCRYPTED with Electron's safeStorage (the
 * OS keychain / DPAPI / libsecret). The renderer never gets the token (docs/design.md "Sync HTTP").
 */
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../shared/errors/appError';
import { SyncLink } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomicWrite';

/** The parts of Electron's safeStorage we use, injected so tests run in Node. */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

const StoredLink = SyncLink.extend({ tokenEncrypted: z.string().min(1).max(4000) });

export interface StoredEnrolment {
  readonly link: SyncLink;
  readonly token: string;
}

export interface SyncLinkStore {
  read(): Promise<StoredEnrolment | null>;
  write(link: SyncLink, token: string): Promise<void>;
  clear(): Promise<boolean>;
}

export function createSyncLinkStore(filePath: string, box: SecretBox): SyncLinkStore {
  return {
    async read() {
      let text: string;
      try {
        text = await readFile(filePath, 'utf8');
      } catch {
        return null;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return null;
      }
      const parsed = StoredLink.safeParse(json);
      if (!parsed.success || !box.isEncryptionAvailable()) return null;
      const { tokenEncrypted, ...link } = parsed.data;
      return { link, token: box.decryptString(Buffer.from(tokenEncrypted, 'base64')) };
    },
    async write(link, token) {
      // A token written in clear text would be readable by any program of this user.
      if (!box.isEncryptionAvailable()) throw new AppError('sync.noSecureStorage');
      const tokenEncrypted = box.encryptString(token).toString('base64');
      const stored = StoredLink.parse({ ...link, tokenEncrypted });
      await writeFileAtomic(filePath, new TextEncoder().encode(JSON.stringify(stored)));
    },
    async clear() {
      try {
        await rm(filePath);
        return true;
      } catch {
        return false;
      }
    },
  };
}
