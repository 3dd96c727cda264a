// applyReceipt over many records at once (reads and the rebase batched per table): every
// draft is rebased and dequeued, a record saved again during the push keeps its place, the
// summary and search rows stay as they were, and a receipt naming one id twice still ends
// in the state of its last entry.
import { describe, expect, it } from 'vitest';
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
import { getSyncState } from '../../../src-renderer/db/recordSyncState';
import { snapshotOutbox } from '../../../src-renderer/db/outboxSnapshot';
import { makeInspector, makeSite, testDeviceId } from '../../fixtures/builders';
import { freshDatabase } from '../testDatabase';

type Db = ReturnType<typeof freshDatabase>;

async function draft(db: Db, name: string): Promise<Inspection> {
  const d = await createDraftInspection(db, {
    type: 'dust',
    template: { id: 'dust-six-100', version: 1 },
    site: makeSite({ name, kind: 'construction' }),
    inspectors: [makeInspector()],
    deviceId: testDeviceId,
  });
  return saveDraft(db, { ...d, place: `${name}东门` });
}

function accepted(record: Inspection, serverRev: number): ReceiptRecord {
  const hash = recordBodyHash(record);
  return {
    kind: 'inspection',
    id: record.id,
    rev: record.rev,
    hash,
    result: 'accepted',
    serverRev,
    serverHash: hash,
  };
}

const receiptOf = (records: ReceiptRecord[]) =>
  buildReceipt({
    bundleId: crypto.randomUUID(),
    deviceId: DeviceId.parse(crypto.randomUUID()),
    bundleChecksum: 'a'.repeat(64),
    serverTime: new Date().toISOString(),
    records,
  });

describe('applyReceipt, many records', () => {
  it('rebases and dequeues every draft, keeps one saved again during the push queued', async () => {
    const db = freshDatabase();
    const sent = [];
    for (let i = 0; i < 30; i++) sent.push(await draft(db, `吕梁工地${i}号 🏗️`));
    expect((await snapshotOutbox(db)).records.map((r) => r.id)).toEqual(sent.map((s) => s.id));
    const indexBefore = await db.inspectionIndex.toArray();
    const searchBefore = await db.inspectionSearch.toArray();
    const later = await saveDraft(db, { ...sent[7]!, place: '推送期间又改了' });

    const summary = await applyReceipt(db, receiptOf(sent.map((s, i) => accepted(s, i + 1))));

    expect(summary).toEqual({ synced: 30, conflicts: 0, rejected: 0, stillQueued: 1 });
    for (const [i, s] of sent.entries()) {
      expect((await getInspection(db, s.id))?.baseRev).toBe(i + 1);
      expect(await getSyncState(db, s.id)).toMatchObject({ state: 'synced', serverRev: i + 1 });
    }
    expect((await getInspection(db, later.id))?.place).toBe('推送期间又改了');
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ recordId: later.id, rev: later.rev, baseRev: 8 }),
    ]);
    // baseRev is in neither the summary row nor the search tokens: both untouched.
    expect(await db.inspectionSearch.toArray()).toEqual(searchBefore);
    const indexAfter = await db.inspectionIndex.toArray();
    expect(indexAfter.filter((r) => r.id !== later.id)).toEqual(
      indexBefore.filter((r) => r.id !== later.id),
    );
  });

  it('an id named twice ends in the state of its last entry', async () => {
    const db = freshDatabase();
    const one = await draft(db, '孝义市焦化厂');
    const first = accepted(one, 3);
    const second: ReceiptRecord = {
      ...first,
      result: 'conflict',
      serverRev: 5,
      reason: 'stale_base_rev',
    };
    const summary = await applyReceipt(db, receiptOf([first, second]));
    expect(summary).toMatchObject({ synced: 1, conflicts: 1 });
    expect(await getSyncState(db, one.id)).toMatchObject({ state: 'conflict', serverRev: 5 });
    expect((await getInspection(db, one.id))?.baseRev).toBe(3);
  });
});
