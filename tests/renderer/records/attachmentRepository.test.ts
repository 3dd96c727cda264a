import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { sha256Hex } from '../../../shared/domain/hash';
import {
  AttachmentInUseError,
  getAttachment,
  loadAttachmentBytes,
  removeAttachment,
  storeAttachment,
} from '../../../src-renderer/db/attachmentRepository';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { saveDraft } from '../../../src-renderer/db/inspectionRepository';
import { RecordStateError } from '../../../src-renderer/db/recordStateError';
import { makeInspection } from '../../fixtures/builders';
import { fixturePhotoDir, fixturePhotos } from '../../fixtures/photos/fixturePhotos';
import { dumpTables, freshDatabase } from '../testDatabase';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

const photo = new Uint8Array(readFileSync(join(fixturePhotoDir, fixturePhotos[0]?.file ?? '')));
const thumbnail = new Blob([photo.subarray(0, 500)], { type: 'image/jpeg' });

describe('attachment repository', () => {
  it('stores the bytes under their SHA-256 with kind, thumbnail and the original hash', async () => {
    db = freshDatabase();
    const draft = await saveDraft(db, makeInspection());
    const original = { sha256: sha256Hex(new Uint8Array([1, 2, 3])), size: 3_145_728 };
    // The Blob's own type is ignored: the stored type is the declared mime.
    const stored = await storeAttachment(db, {
      recordId: draft.id,
      kind: 'photo',
      mime: 'image/jpeg',
      blob: new Blob([photo]),
      thumbnail,
      original,
    });
    expect(stored).toEqual({
      sha256: sha256Hex(photo),
      kind: 'photo',
      mime: 'image/jpeg',
      size: photo.length,
      originalSha256: original.sha256,
    });
    const row = await getAttachment(db, stored.sha256);
    expect(row).toMatchObject({
      recordId: draft.id,
      recordIds: [draft.id],
      kind: 'photo',
      size: photo.length,
      originalSha256: original.sha256,
      originalSize: original.size,
    });
    expect(row?.blob.type).toBe('image/jpeg');
    expect(row?.thumbnail?.size).toBe(500);
    expect((await loadAttachmentBytes(db, [stored.sha256])).get(stored.sha256)).toEqual(photo);
  });

  it('keeps one row for the same bytes from two drafts, and frees them when neither lists them', async () => {
    db = freshDatabase();
    const a = await saveDraft(db, makeInspection());
    const b = await saveDraft(db, makeInspection());
    await storeAttachment(db, {
      recordId: a.id,
      kind: 'photo',
      mime: 'image/jpeg',
      blob: new Blob([photo]),
    });
    const { sha256 } = await storeAttachment(db, {
      recordId: b.id,
      kind: 'photo',
      mime: 'image/jpeg',
      blob: new Blob([photo]),
    });
    expect(await db.attachments.count()).toBe(1);
    expect((await getAttachment(db, sha256))?.recordIds).toEqual([a.id, b.id]);
    await removeAttachment(db, a.id, sha256);
    expect((await getAttachment(db, sha256))?.recordIds).toEqual([b.id]);
    await removeAttachment(db, b.id, sha256);
    expect(await getAttachment(db, sha256)).toBeUndefined();
  });

  it('refuses to remove bytes a draft still lists, or any of a finalised record', async () => {
    db = freshDatabase();
    const draft = await saveDraft(db, makeInspection());
    const stored = await storeAttachment(db, {
      recordId: draft.id,
      kind: 'photo',
      mime: 'image/jpeg',
      blob: new Blob([photo]),
    });
    const listing = await saveDraft(db, {
      ...draft,
      attachments: [{ ...stored, caption: '东门冲洗平台', itemId: 'dust.washing.platform' }],
    });
    await expect(removeAttachment(db, draft.id, stored.sha256)).rejects.toBeInstanceOf(
      AttachmentInUseError,
    );
    await db.inspections.put({ ...listing, status: 'finalized', attachments: [] });
    await expect(removeAttachment(db, draft.id, stored.sha256)).rejects.toBeInstanceOf(
      RecordStateError,
    );
    await expect(
      storeAttachment(db, {
        recordId: draft.id,
        kind: 'photo',
        mime: 'image/jpeg',
        blob: new Blob(['签名']),
      }),
    ).rejects.toMatchObject({ problem: 'finalized' });
    expect(await getAttachment(db, stored.sha256)).toBeDefined();
  });

  it('refuses bad input before writing anything', async () => {
    db = freshDatabase();
    const draft = await saveDraft(db, makeInspection());
    const before = await dumpTables(db);
    await expect(
      storeAttachment(db, {
        recordId: draft.id,
        kind: 'photo',
        mime: 'image/jpeg',
        blob: new Blob([]),
      }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      storeAttachment(db, {
        recordId: draft.id,
        kind: 'photo',
        mime: 'image/gif' as 'image/jpeg',
        blob: new Blob([photo]),
      }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      storeAttachment(db, {
        recordId: draft.id,
        kind: 'photo',
        mime: 'image/jpeg',
        blob: new Blob([photo]),
        original: { sha256: 'ABC', size: 1 },
      }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      storeAttachment(db, {
        recordId: 'no-such-record',
        kind: 'photo',
        mime: 'image/jpeg',
        blob: new Blob([photo]),
      }),
    ).rejects.toMatchObject({ problem: 'not-found' });
    await expect(removeAttachment(db, draft.id, 'not-a-hash')).rejects.toBeInstanceOf(ZodError);
    expect(await dumpTables(db)).toEqual(before);
  });
});
