/** Reads photo and signature bytes for the PDF from the local attachment store. */
import type { AppDatabase } from '../../db/database';

export function dexieImageLoader(
  db: AppDatabase,
): (sha256: string) => Promise<Uint8Array | undefined> {
  return async (sha256) => {
    const row = await db.attachments.get(sha256);
    if (row === undefined) return undefined;
    return new Uint8Array(await row.blob.arrayBuffer());
  };
}
