import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { canonicalHash } from '../../../shared/domain/hash';
import {
  AUDIT_HEAD_KEY,
  listAuditLog,
  readAuditContext,
  verifyStoredAuditLog,
  writeAudit,
} from '../../../src-renderer/db/auditLog';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import {
  createDraftInspection,
  deleteDraft,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { listOutbox } from '../../../src-renderer/db/outboxRepository';
import { makeInspector, makeSite, testDeviceId } from '../../fixtures/builders';
import { freshDatabase } from '../testDatabase';

let db: AppDatabase;
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

async function newDraft() {
  return createDraftInspection(db, {
    type: 'dust',
    template: { id: 'dust', version: 1 },
    site: makeSite({ kind: 'construction', name: '兴县“蔚汾河”治理工程（标段三）' }),
    inspectors: [makeInspector()],
    deviceId: testDeviceId,
  });
}

describe('audit log of inspection writes', () => {
  it('appends one chained entry per create, save and delete, hashed like the outbox', async () => {
    db = freshDatabase();
    const draft = await newDraft();
    const saved = await saveDraft(db, { ...draft, place: '东门 🚧' });
    const [queued] = await listOutbox(db);
    await deleteDraft(db, draft.id);
    const log = await listAuditLog(db);
    const { deviceId } = await getDeviceIdentity(db);
    expect(log.map((e) => [e.seq, e.action, e.rev])).toEqual([
      [1, 'create', 1],
      [2, 'update', 2],
      [3, 'delete', 2],
    ]);
    expect(log[1]?.contentHash).toBe(queued?.contentHash);
    expect(log[2]?.contentHash).toBe(canonicalHash(saved));
    expect(
      log.every(
        (e) => e.deviceId === deviceId && e.recordKind === 'inspection' && e.recordId === draft.id,
      ),
    ).toBe(true);
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
    expect(await listAuditLog(db, draft.id)).toHaveLength(3);
  });

  it('writes no entry when the write is refused', async () => {
    db = freshDatabase();
    const draft = await newDraft();
    await expect(
      saveDraft(db, { ...draft, inspectors: [{ ...makeInspector(), certificateNumber: '证号' }] }),
    ).rejects.toBeInstanceOf(ZodError);
    expect(await listAuditLog(db)).toHaveLength(1);
  });

  it('detects an edited, a removed and a cut-off entry in the store', async () => {
    db = freshDatabase();
    const draft = await newDraft();
    for (let i = 0; i < 3; i++) await saveDraft(db, { ...draft, place: `第${i}次` });
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });

    await db.auditLog.update(2, { action: 'create' });
    expect(await verifyStoredAuditLog(db)).toMatchObject({
      ok: false,
      brokenAt: 1,
      reason: 'hash-mismatch',
    });
    await db.auditLog.update(2, { action: 'update' });
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });

    const second = await db.auditLog.get(2);
    await db.auditLog.delete(2);
    expect(await verifyStoredAuditLog(db)).toMatchObject({
      ok: false,
      brokenAt: 1,
      reason: 'prev-hash-mismatch',
    });
    if (second) await db.auditLog.put(second);

    await db.auditLog.delete(4);
    expect(await verifyStoredAuditLog(db)).toMatchObject({ ok: false, reason: 'head-mismatch' });
  });

  it('notices a removed chain head', async () => {
    db = freshDatabase();
    await newDraft();
    await db.settings.delete(AUDIT_HEAD_KEY);
    expect(await verifyStoredAuditLog(db)).toMatchObject({ ok: false, reason: 'head-mismatch' });
  });

  it('flags a device clock that went backwards', async () => {
    db = freshDatabase();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-15T02:00:00.000Z'));
    const draft = await newDraft();
    vi.setSystemTime(new Date('2026-03-15T01:00:00.000Z')); // the laptop's clock was set back
    await saveDraft(db, { ...draft, place: '西门' });
    vi.setSystemTime(new Date('2026-03-15T01:05:00.000Z'));
    await saveDraft(db, { ...draft, place: '北门' });
    const log = await listAuditLog(db);
    expect(log.map((e) => e.clockBackwards ?? false)).toEqual([false, true, false]);
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
  });

  it("appends several entries in one call, chained in order, inside the caller's transaction", async () => {
    db = freshDatabase();
    await db.transaction('rw', db.machines, db.auditLog, db.settings, async () => {
      const context = await readAuditContext(db);
      await writeAudit(db, context, [
        {
          recordId: 'm-1',
          recordKind: 'machine',
          action: 'pull',
          rev: 1,
          contentHash: canonicalHash({ pin: 'SY0215' }),
        },
        {
          recordId: 'm-1',
          recordKind: 'machine',
          action: 'rebase',
          rev: 1,
          contentHash: canonicalHash({ pin: 'SY0216' }),
        },
      ]);
    });
    expect((await listAuditLog(db)).map((e) => [e.seq, e.action])).toEqual([
      [1, 'pull'],
      [2, 'rebase'],
    ]);
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
  });

  it('signs with the stored identity after the write that first created one was rolled back', async () => {
    db = freshDatabase();
    // The very first write creates the device identity inside its transaction, then fails.
    const fail = () => {
      throw new Error('simulated outbox failure');
    };
    db.outbox.hook('creating', fail);
    await expect(newDraft()).rejects.toThrow('simulated outbox failure');
    db.outbox.hook('creating').unsubscribe(fail);
    expect(await db.settings.toArray()).toEqual([]);
    const draft = await newDraft();
    await saveDraft(db, { ...draft, place: '南门 🚧' });
    const { deviceId } = await getDeviceIdentity(db);
    expect((await listAuditLog(db)).map((e) => e.deviceId)).toEqual([deviceId, deviceId]);
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
  });

  it('asks for the identity again after the database was deleted and recreated', async () => {
    db = freshDatabase();
    await newDraft();
    const first = (await getDeviceIdentity(db)).deviceId;
    await db.delete();
    await db.open();
    await newDraft();
    const second = (await getDeviceIdentity(db)).deviceId;
    expect(second).not.toBe(first);
    expect((await listAuditLog(db)).map((e) => e.deviceId)).toEqual([second]);
  });
});
