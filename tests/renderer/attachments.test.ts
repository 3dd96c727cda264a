import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/domain/hash';
import type { AppDatabase } from '../../src-renderer/db/database';
import { freshDatabase } from './testDatabase';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

describe('attachments table', () => {
  it('stores Blobs and gives them back intact (Node structuredClone keeps Blob)', async () => {
    db = freshDatabase();
    const bytes = new Uint8Array(256 * 1024).map((_, i) => (i * 31) % 256);
    const sha256 = sha256Hex(bytes);
    await db.attachments.put({
      sha256,
      recordId: 'r1',
      mime: 'image/jpeg',
      size: bytes.length,
      blob: new Blob([bytes], { type: 'image/jpeg' }),
      createdAt: new Date().toISOString(),
    });
    db.close();
    await db.open();
    const [row] = await db.attachments.where('recordId').equals('r1').toArray();
    expect(row?.blob).toBeInstanceOf(Blob);
    expect(row?.blob.type).toBe('image/jpeg');
    const back = new Uint8Array(await (row?.blob ?? new Blob()).arrayBuffer());
    expect(sha256Hex(back)).toBe(sha256);
  });
});
