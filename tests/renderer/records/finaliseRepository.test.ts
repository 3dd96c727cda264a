import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import { sha256Hex } from '../../../shared/domain/hash';
import type { Inspection } from '../../../shared/domain/inspection';
import { computeRecordHash } from '../../../shared/records/contentHash';
import {
  AttachmentInUseError,
  removeAttachment,
  storeAttachment,
} from '../../../src-renderer/db/attachmentRepository';
import { listAuditLog, verifyStoredAuditLog } from '../../../src-renderer/db/auditLog';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import {
  amendInspection,
  FinaliseBlockedError,
  finaliseInspectionRecord,
  verifyStoredRecord,
  deleteDraft,
  getInspection,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { listOutbox } from '../../../src-renderer/db/outboxRepository';
import { allocateRecordNumber } from '../../../src-renderer/db/recordNumberRepository';
import { RecordStateError } from '../../../src-renderer/db/recordStateError';
import { attachmentBytesOf, makeFinalisable, photoBytes } from '../../unit/records/recordFixtures';
import { dumpTables, freshDatabase } from '../testDatabase';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

/** A complete draft saved through the repository, with all its attachment bytes stored. */
async function storedDraft(overrides: Partial<Inspection> = {}): Promise<Inspection> {
  const draft = { ...makeFinalisable(), ...overrides };
  const saved = await saveDraft(db, draft);
  const kinds = new Map(saved.attachments.map((a) => [a.sha256, a]));
  for (const [sha256, bytes] of attachmentBytesOf()) {
    const meta = kinds.get(sha256);
    if (!meta) continue;
    await storeAttachment(db, {
      recordId: saved.id,
      kind: meta.kind,
      mime: meta.mime,
      blob: new Blob([bytes.slice()]),
    });
  }
  return saved;
}

describe('finaliseInspectionRecord', () => {
  it('numbers, hashes and stores the record read-only, with outbox and audit entries', async () => {
    db = freshDatabase();
    const draft = await storedDraft();
    const { shortId } = await getDeviceIdentity(db);
    const done = await finaliseInspectionRecord(db, draft.id, '2026-03-15T02:45:00.000Z');
    expect(done).toMatchObject({
      status: 'finalized',
      recordNumber: `离石-2026-${shortId}-0001`,
      rev: draft.rev + 1,
    });
    expect(done.hash).toBe(computeRecordHash(done));
    expect(await getInspection(db, draft.id)).toEqual(done);
    expect((await listOutbox(db)).find((o) => o.recordId === draft.id)?.rev).toBe(done.rev);
    expect((await listAuditLog(db, draft.id)).map((e) => e.action)).toEqual(['create', 'finalise']);
    expect(await verifyStoredRecord(db, draft.id)).toEqual({ ok: true, problems: [] });
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });

    await expect(saveDraft(db, { ...done, status: 'draft', place: '改' })).rejects.toBeInstanceOf(
      RecordStateError,
    );
    await expect(deleteDraft(db, draft.id)).rejects.toBeInstanceOf(RecordStateError);
    await expect(finaliseInspectionRecord(db, draft.id)).rejects.toMatchObject({
      problem: 'finalized',
    });
    expect(await getInspection(db, draft.id)).toEqual(done);
  });

  it('blocks with every problem, changes nothing and consumes no number', async () => {
    db = freshDatabase();
    const draft = await storedDraft({
      location: undefined,
      legal: { ...makeFinalisable().legal, certificatesShown: false },
    });
    const before = await dumpTables(db);
    const error: unknown = await finaliseInspectionRecord(db, draft.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FinaliseBlockedError);
    expect((error as FinaliseBlockedError).problems.map((p) => p.code)).toEqual([
      'certificates-not-shown',
      'location-missing',
    ]);
    expect(await dumpTables(db)).toEqual(before);
    expect((await allocateRecordNumber(db, '141102', 2026)).sequence).toBe(1);
  });

  it('blocks when a photo or signature file is missing from the store', async () => {
    db = freshDatabase();
    const draft = await storedDraft();
    await db.attachments.delete(sha256Hex(photoBytes));
    const error: unknown = await finaliseInspectionRecord(db, draft.id).catch((e: unknown) => e);
    expect((error as FinaliseBlockedError).problems).toEqual([
      expect.objectContaining({
        code: 'attachment-missing',
        path: ['attachments', sha256Hex(photoBytes)],
      }),
    ]);
  });

  it('is atomic: a failure in the last write leaves the draft and the sequence as they were', async () => {
    db = freshDatabase();
    const draft = await storedDraft();
    const before = await dumpTables(db);
    const fail = () => {
      throw new Error('disk full');
    };
    db.outbox.hook('updating', fail);
    await expect(finaliseInspectionRecord(db, draft.id)).rejects.toThrow('disk full');
    db.outbox.hook('updating').unsubscribe(fail);
    expect(await dumpTables(db)).toEqual(before);
    const done = await finaliseInspectionRecord(db, draft.id);
    expect(done.recordNumber).toMatch(/-0001$/);
  });

  it('commits with strict durability, and only that transaction', async () => {
    db = freshDatabase();
    const draft = await storedDraft();
    const seen: string[] = [];
    const record = () => {
      const trans = Dexie.currentTransaction as unknown as { idbtrans?: IDBTransaction } | null;
      seen.push(trans?.idbtrans?.durability ?? 'none');
    };
    db.outbox.hook('updating', record);
    db.outbox.hook('creating', record);
    await finaliseInspectionRecord(db, draft.id);
    await saveDraft(db, { ...makeFinalisable(), place: '另一份' });
    expect(seen).toEqual(['strict', 'default']);
  });
});

describe('amendInspection', () => {
  it('creates a linked draft, leaves the original byte-identical, and shares its photos', async () => {
    db = freshDatabase();
    const draft = await storedDraft();
    const original = await finaliseInspectionRecord(db, draft.id);
    const before = canonicalJson(await getInspection(db, draft.id));
    const amendment = await amendInspection(db, draft.id, '2026-03-16T01:00:00.000Z');
    expect(amendment).toMatchObject({
      status: 'draft',
      rev: 1,
      amends: { id: original.id, hash: original.hash },
      recordNumber: '',
    });
    expect(canonicalJson(await getInspection(db, draft.id))).toBe(before);
    expect(await getInspection(db, amendment.id)).toEqual(amendment);
    expect((await listAuditLog(db, amendment.id)).map((e) => e.action)).toEqual(['amend']);

    // The amendment drops the photo: its bytes stay, because the finalised original lists them.
    const photo = sha256Hex(photoBytes);
    await expect(removeAttachment(db, amendment.id, photo)).rejects.toBeInstanceOf(
      AttachmentInUseError,
    );
    await saveDraft(db, {
      ...amendment,
      attachments: amendment.attachments.filter((a) => a.sha256 !== photo),
    });
    await removeAttachment(db, amendment.id, photo);
    expect(await db.attachments.get(photo)).toMatchObject({ recordIds: [original.id] });
    expect(await verifyStoredRecord(db, original.id)).toEqual({ ok: true, problems: [] });
    await expect(removeAttachment(db, original.id, photo)).rejects.toMatchObject({
      problem: 'finalized',
    });
  });

  it('refuses to amend a draft or a record that does not exist', async () => {
    db = freshDatabase();
    const draft = await storedDraft();
    await expect(amendInspection(db, draft.id)).rejects.toMatchObject({ problem: 'not-finalized' });
    await expect(amendInspection(db, '019c2f5e-8a00-7000-8000-00000000dead')).rejects.toMatchObject(
      { problem: 'not-found' },
    );
  });
});
