// Applying the office's receipt: one transaction, per record synced / conflict / rejected,
// and a record saved again during the push stays queued (its later change is not lost).
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { buildReceipt } from '../../../shared/bundle/buildReceipt';
import { recordBodyHash } from '../../../shared/bundle/recordBodyHash';
import type { ReceiptRecord } from '../../../shared/bundle/receiptSchema';
import { DeviceId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import {
  createDraftInspection,
  getInspection,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { applyReceipt } from '../../../src-renderer/db/applyReceipt';
import { getBadgeStates, getSyncState } from '../../../src-renderer/db/recordSyncState';
import { snapshotOutbox } from '../../../src-renderer/db/outboxSnapshot';
import { makeInspector, makeSite, testDeviceId } from '../../fixtures/builders';
import { dumpTables, freshDatabase, storeAsIs } from '../testDatabase';
import { makeInspection } from '../../fixtures/builders';

async function draft(db: ReturnType<typeof freshDatabase>, name: string): Promise<Inspection> {
  const d = await createDraftInspection(db, {
    type: 'dust',
    template: { id: 'dust-six-100', version: 1 },
    site: makeSite({ name, kind: 'construction' }),
    inspectors: [makeInspector()],
    deviceId: testDeviceId,
  });
  return saveDraft(db, { ...d, place: '东门（主入口）' });
}

function resultFor(
  record: Inspection,
  result: ReceiptRecord['result'],
  serverRev: number,
  extra: Partial<ReceiptRecord> = {},
): ReceiptRecord {
  const hash = recordBodyHash(record);
  return {
    kind: 'inspection',
    id: record.id,
    rev: record.rev,
    hash,
    result,
    serverRev,
    serverHash: hash,
    ...extra,
  };
}

function receiptOf(records: ReceiptRecord[]) {
  return buildReceipt({
    bundleId: crypto.randomUUID(),
    deviceId: DeviceId.parse(crypto.randomUUID()),
    bundleChecksum: 'a'.repeat(64),
    serverTime: new Date().toISOString(),
    records,
  });
}

describe('applyReceipt', () => {
  it('accepted: synced, dequeued, and the draft rebased on the server revision', async () => {
    const db = freshDatabase();
    const sent = await draft(db, '离石区“滨河”安置房🏗️项目');
    const summary = await applyReceipt(db, receiptOf([resultFor(sent, 'accepted', 4)]), [
      'b'.repeat(64),
    ]);
    expect(summary).toEqual({ synced: 1, conflicts: 0, rejected: 0, stillQueued: 0 });
    expect(await db.outbox.get(sent.id)).toBeUndefined();
    expect((await getInspection(db, sent.id))?.baseRev).toBe(4);
    expect(await getSyncState(db, sent.id)).toMatchObject({
      state: 'synced',
      serverRev: 4,
      heldAttachments: ['b'.repeat(64)],
    });
    expect((await getBadgeStates(db, [sent.id])).get(sent.id)).toBe('office');
  });

  it('a record saved again during the push stays queued with the new baseRev', async () => {
    const db = freshDatabase();
    const sent = await draft(db, '孝义市梧桐镇工地');
    const later = await saveDraft(db, { ...sent, place: '西门——推送期间修改' });
    const summary = await applyReceipt(db, receiptOf([resultFor(sent, 'accepted', 1)]));
    expect(summary.stillQueued).toBe(1);
    const queued = await db.outbox.get(sent.id);
    expect(queued).toMatchObject({ rev: later.rev, baseRev: 1 });
    expect((await getInspection(db, sent.id))?.place).toBe('西门——推送期间修改');
    expect((await getBadgeStates(db, [sent.id])).get(sent.id)).toBe('local');
    expect((await snapshotOutbox(db)).records.map((r) => r.id)).toEqual([sent.id]);
  });

  it('conflict: held (not resent unchanged) and shown; nothing overwritten', async () => {
    const db = freshDatabase();
    const sent = await draft(db, '中阳县钢铁厂');
    await applyReceipt(
      db,
      receiptOf([
        resultFor(sent, 'conflict', 2, { reason: 'stale_base_rev', serverHash: 'c'.repeat(64) }),
      ]),
    );
    expect((await getBadgeStates(db, [sent.id])).get(sent.id)).toBe('conflict');
    expect(await getInspection(db, sent.id)).toEqual(sent);
    expect(await db.outbox.get(sent.id)).toBeDefined();
    expect((await snapshotOutbox(db)).records).toEqual([]);
    expect((await snapshotOutbox(db, true)).records.map((r) => r.id)).toEqual([sent.id]);
  });

  it('rejected: the reason is kept and the record leaves the queue', async () => {
    const db = freshDatabase();
    const final = makeInspection({
      status: 'finalized',
      recordNumber: '孝义-2026-D7K-0042',
      hash: 'd'.repeat(64),
    });
    await storeAsIs(db, final);
    await db.outbox.put({
      recordId: final.id,
      kind: 'inspection',
      rev: final.rev,
      baseRev: 0,
      contentHash: 'x',
      queuedAt: new Date().toISOString(),
    });
    await applyReceipt(
      db,
      receiptOf([
        resultFor(final, 'rejected', 1, {
          reason: 'finalized_immutable',
          serverHash: 'e'.repeat(64),
        }),
      ]),
    );
    expect(await getSyncState(db, final.id)).toMatchObject({
      state: 'rejected',
      reason: 'finalized_immutable',
    });
    expect((await getBadgeStates(db, [final.id])).get(final.id)).toBe('rejected');
    expect(await db.outbox.get(final.id)).toBeUndefined();
    // A finalised body is never rewritten by sync: its hash must stay the office's.
    expect(await getInspection(db, final.id)).toEqual(final);
  });

  it('all results of one receipt land together or not at all', async () => {
    const db = freshDatabase();
    const a = await draft(db, '文水县化工厂');
    const b = await draft(db, '岚县建筑工地');
    const before = await dumpTables(db);
    const put = db.settings.put.bind(db.settings);
    let calls = 0;
    // The sync state of the second record fails to write (a full disk, say).
    const spy = vi.spyOn(db.settings, 'put').mockImplementation((row, key) => {
      calls++;
      if (String(row.key).startsWith('sync.state.') && calls > 1)
        return Dexie.Promise.reject(new Error('QuotaExceededError'));
      return put(row, key);
    });
    await expect(
      applyReceipt(db, receiptOf([resultFor(a, 'accepted', 1), resultFor(b, 'accepted', 1)])),
    ).rejects.toThrow('QuotaExceededError');
    spy.mockRestore();
    expect(await dumpTables(db)).toEqual(before);
  });
});
