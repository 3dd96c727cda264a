// The evidence writes of the screens against a real Dexie store: changes land on the record as
// stored (never a stale copy), signatures replace their earlier image and drop its bytes,
// removing a photo unlists it before the bytes go, and amendments are found from the original.
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/domain/hash';
import { getAttachment, storeAttachment } from '../../../src-renderer/db/attachmentRepository';
import type { AppDatabase } from '../../../src-renderer/db/database';
import {
  amendInspection,
  finaliseInspectionRecord,
  getInspection,
  saveDraft,
  patchDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { RecordStateError } from '../../../src-renderer/db/recordStateError';
import { withPhotoDetails } from '../../../src-renderer/features/evidence/evidenceChanges';
import {
  clearSignatureFromDraft,
  removePhotoFromDraft,
  saveSignatureToDraft,
} from '../../../src-renderer/features/evidence/evidenceStore';
import { findAmendmentsOf } from '../../../src-renderer/features/evidence/findAmendments';
import { makeInspection } from '../../fixtures/builders';
import { attachmentBytesOf, fakeBytes, makeFinalisable } from '../../unit/records/recordFixtures';
import { freshDatabase } from '../testDatabase';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

function png(seed: number) {
  const bytes = fakeBytes(seed, 500);
  return {
    blob: new Blob([bytes.slice()], { type: 'image/png' }),
    sha256: sha256Hex(bytes),
    size: bytes.length,
  };
}

describe('patchDraft', () => {
  it('changes the record as stored, keeping what another writer saved meanwhile', async () => {
    db = freshDatabase();
    const draft = await saveDraft(db, makeInspection());
    // The checklist saved a note after this screen read the record.
    await saveDraft(db, {
      ...draft,
      answers: { 'dust.x': { result: 'pass', note: '东侧已覆盖' } },
    });
    const patched = await patchDraft(db, draft.id, (current) => ({
      ...current,
      place: '项目东门 🚧',
    }));
    expect(patched.place).toBe('项目东门 🚧');
    expect(patched.answers['dust.x']?.note).toBe('东侧已覆盖');
    expect(await getInspection(db, draft.id)).toEqual(patched);
  });

  it('writes nothing when nothing changed, and refuses a finalised record', async () => {
    db = freshDatabase();
    const draft = await saveDraft(db, makeInspection());
    const same = await patchDraft(db, draft.id, (current) => current);
    expect(same.rev).toBe(draft.rev);
    await expect(patchDraft(db, 'missing-id', (c) => c)).rejects.toBeInstanceOf(RecordStateError);
  });
});

describe('signatures in a draft', () => {
  it('stores the PNG, lists it with the signature, replaces it on re-signing and clears it', async () => {
    db = freshDatabase();
    const draft = await saveDraft(db, makeInspection());
    const first = png(41);
    await saveSignatureToDraft(db, draft.id, {
      role: 'inspector',
      name: '刘文静',
      captured: first,
    });
    let stored = await getInspection(db, draft.id);
    expect(stored?.signatures.map((s) => [s.role, s.name, s.attachmentSha256])).toEqual([
      ['inspector', '刘文静', first.sha256],
    ]);
    expect(stored?.attachments.map((a) => [a.kind, a.sha256])).toEqual([
      ['signature', first.sha256],
    ]);
    expect((await getAttachment(db, first.sha256))?.size).toBe(first.size);

    const second = png(42);
    await saveSignatureToDraft(db, draft.id, {
      role: 'inspector',
      name: ' 刘文静 ',
      captured: second,
    });
    stored = await getInspection(db, draft.id);
    expect(stored?.signatures.map((s) => s.attachmentSha256)).toEqual([second.sha256]);
    expect(stored?.attachments.map((a) => a.sha256)).toEqual([second.sha256]);
    expect(await getAttachment(db, first.sha256)).toBeUndefined();

    await clearSignatureFromDraft(db, draft.id, 'inspector', '刘文静');
    stored = await getInspection(db, draft.id);
    expect(stored?.signatures).toEqual([]);
    expect(stored?.attachments).toEqual([]);
    expect(await getAttachment(db, second.sha256)).toBeUndefined();
  });

  it('stores the suggested confirmation with the party signature when none was typed', async () => {
    db = freshDatabase();
    const draft = await saveDraft(db, makeInspection());
    await saveSignatureToDraft(db, draft.id, {
      role: 'party',
      name: '赵建国',
      captured: png(43),
      alongside: (c) => ({
        ...c,
        legal: { ...c.legal, partyConfirmation: '以上记录已阅，与事实相符' },
      }),
    });
    expect((await getInspection(db, draft.id))?.legal.partyConfirmation).toBe(
      '以上记录已阅，与事实相符',
    );
  });
});

describe('photos in a draft', () => {
  it('sets caption and item, then removes the photo: unlisted first, bytes after', async () => {
    db = freshDatabase();
    const draft = await saveDraft(db, makeInspection());
    const bytes = fakeBytes(50, 4000);
    const { sha256, size } = await storeAttachment(db, {
      recordId: draft.id,
      kind: 'photo',
      mime: 'image/jpeg',
      blob: new Blob([bytes.slice()]),
    });
    await patchDraft(db, draft.id, (c) => ({
      ...c,
      attachments: [{ sha256, kind: 'photo', mime: 'image/jpeg', size, caption: '' }],
    }));
    await patchDraft(db, draft.id, (c) =>
      withPhotoDetails(c, sha256, {
        caption: '西侧裸土未覆盖，约 500 m²',
        itemId: 'dust.cover.bare-soil',
      }),
    );
    expect((await getInspection(db, draft.id))?.attachments[0]).toMatchObject({
      caption: '西侧裸土未覆盖，约 500 m²',
      itemId: 'dust.cover.bare-soil',
    });
    await patchDraft(db, draft.id, (c) => withPhotoDetails(c, sha256, { itemId: undefined }));
    expect((await getInspection(db, draft.id))?.attachments[0]?.itemId).toBeUndefined();

    await removePhotoFromDraft(db, draft.id, sha256);
    expect((await getInspection(db, draft.id))?.attachments).toEqual([]);
    expect(await getAttachment(db, sha256)).toBeUndefined();
  });
});

describe('findAmendmentsOf', () => {
  it('finds the amendment of a finalised record, and nothing for others', async () => {
    db = freshDatabase();
    const draft = await saveDraft(db, makeFinalisable());
    for (const [sha256, bytes] of attachmentBytesOf()) {
      const meta = draft.attachments.find((a) => a.sha256 === sha256);
      if (meta)
        await storeAttachment(db, {
          recordId: draft.id,
          kind: meta.kind,
          mime: meta.mime,
          blob: new Blob([bytes.slice()]),
        });
    }
    await finaliseInspectionRecord(db, draft.id);
    expect(await findAmendmentsOf(db, draft.id)).toEqual([]);
    const amendment = await amendInspection(db, draft.id);
    expect(await findAmendmentsOf(db, draft.id)).toEqual([
      { id: amendment.id, status: 'draft', recordNumber: '', createdAt: amendment.createdAt },
    ]);
    expect(await findAmendmentsOf(db, amendment.id)).toEqual([]);
  });
});
