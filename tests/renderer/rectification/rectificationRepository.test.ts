import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/domain/hash';
import { newRecordId } from '../../../shared/domain/ids';
import type { Finding, Inspection } from '../../../shared/domain/inspection';
import { storeAttachment } from '../../../src-renderer/db/attachmentRepository';
import type { AppDatabase } from '../../../src-renderer/db/database';
import {
  FinaliseBlockedError,
  finaliseInspectionRecord,
  patchDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { saveDraft } from '../../../src-renderer/db/inspectionRepository';
import { listOutbox } from '../../../src-renderer/db/outboxRepository';
import {
  findRechecksOf,
  listRectificationItems,
  startRecheck,
} from '../../../src-renderer/db/rectificationRepository';
import { RecordStateError } from '../../../src-renderer/db/recordStateError';
import { makeInspector } from '../../fixtures/builders';
import { attachmentBytesOf, fakeBytes, makeFinalisable } from '../../unit/records/recordFixtures';
import { freshDatabase } from '../testDatabase';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

const finding = (description: string, deadline: string): Finding => ({
  id: newRecordId(),
  description,
  rule: 'HJ/T 393-2007 第 5.2 条',
  requirement: `${description}：限期整改`,
  deadline,
});

async function storeBytes(record: Inspection): Promise<void> {
  const meta = new Map(record.attachments.map((a) => [a.sha256, a]));
  for (const [sha256, bytes] of attachmentBytesOf()) {
    const a = meta.get(sha256);
    if (a)
      await storeAttachment(db, {
        recordId: record.id,
        kind: a.kind,
        mime: a.mime,
        blob: new Blob([bytes.slice()]),
      });
  }
}

async function finalisedOriginal(): Promise<Inspection> {
  const draft = await saveDraft(
    db,
    makeFinalisable({ findings: [finding('甲', '2026-03-20'), finding('乙', '2026-03-22')] }),
  );
  await storeBytes(draft);
  return finaliseInspectionRecord(db, draft.id, '2026-03-15T02:45:00.000Z');
}

describe('rectification repository', () => {
  it('lists the items of finalised records by deadline, as the clock says', async () => {
    db = freshDatabase();
    await saveDraft(db, makeFinalisable({ findings: [finding('草稿', '2026-03-18')] }));
    const original = await finalisedOriginal();
    const items = await listRectificationItems(db, new Date('2026-03-19T00:00:00.000Z'));
    expect(items.map((i) => [i.description, i.state, i.recordNumber])).toEqual([
      ['甲', 'due-soon', original.recordNumber],
      ['乙', 'due-soon', original.recordNumber],
    ]);
    expect(
      (await listRectificationItems(db, new Date('2026-03-21T00:00:00.000Z'))).map((i) => i.state),
    ).toEqual(['overdue', 'due-soon']);
  });

  it('starts a 复查 draft through the draft write path and refuses drafts', async () => {
    db = freshDatabase();
    const original = await finalisedOriginal();
    const inspector = makeInspector({ name: '王五' });
    const draft = await startRecheck(
      db,
      original.id,
      [inspector],
      new Date('2026-03-21T01:00:00.000Z'),
    );
    expect(draft.recheck?.items.map((i) => i.description)).toEqual(['甲', '乙']);
    expect(draft.startedAt).toBe('2026-03-21T01:00:00.000Z');
    expect((await listOutbox(db)).map((o) => o.recordId)).toContain(draft.id);
    expect((await findRechecksOf(db, original.id)).map((r) => r.id)).toEqual([draft.id]);
    await expect(startRecheck(db, draft.id, [inspector])).rejects.toBeInstanceOf(RecordStateError);
  });

  it('finalises a 复查 that closes one item with a photo and refers the other', async () => {
    db = freshDatabase();
    const original = await finalisedOriginal();
    const draft = await startRecheck(
      db,
      original.id,
      [makeInspector()],
      new Date('2026-03-21T01:00:00.000Z'),
    );
    const base = makeFinalisable();
    await patchDraft(db, draft.id, (current) => ({
      ...current,
      inspectors: base.inspectors,
      recorder: base.recorder,
      signatures: base.signatures,
      legal: base.legal,
      location: base.location,
      endedAt: '2026-03-21T02:00:00.000Z',
      attachments: base.attachments.filter((a) => a.kind === 'signature'),
    }));
    await storeBytes({
      ...draft,
      attachments: base.attachments.filter((a) => a.kind === 'signature'),
    });
    await expect(finaliseInspectionRecord(db, draft.id)).rejects.toBeInstanceOf(
      FinaliseBlockedError,
    );
    const photo = fakeBytes(77, 900);
    await storeAttachment(db, {
      recordId: draft.id,
      kind: 'photo',
      mime: 'image/jpeg',
      blob: new Blob([photo.slice()]),
    });
    await patchDraft(db, draft.id, (current) => ({
      ...current,
      attachments: [
        ...current.attachments,
        {
          sha256: sha256Hex(photo),
          kind: 'photo',
          mime: 'image/jpeg',
          size: photo.length,
          caption: '',
        },
      ],
      recheck: current.recheck && {
        ...current.recheck,
        items: current.recheck.items.map((item, i) =>
          i === 0
            ? { ...item, outcome: 'rectified', photos: [sha256Hex(photo)] }
            : { ...item, outcome: 'referred' },
        ),
      },
    }));
    const done = await finaliseInspectionRecord(db, draft.id, '2026-03-21T02:05:00.000Z');
    expect(done.recheck?.of.recordNumber).toBe(original.recordNumber);
    const items = await listRectificationItems(db, new Date('2026-04-01T00:00:00.000Z'));
    expect(items.map((i) => [i.description, i.state, i.settledOn])).toEqual([
      ['甲', 'closed', '2026-03-21'],
      ['乙', 'referred', '2026-03-21'],
    ]);
  });
});
