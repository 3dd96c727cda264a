// USB import: a bundle is verified in full before anything is written, written in one
// transaction, and a second import of the same file changes nothing; a receipt file marks
// the records synced; a bad file says what is wrong and where and writes nothing.
import { describe, expect, it } from 'vitest';
import { buildReceipt } from '../../../shared/bundle/buildReceipt';
import { recordBodyHash } from '../../../shared/bundle/recordBodyHash';
import { DeviceId } from '../../../shared/domain/ids';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import {
  createDraftInspection,
  getInspection,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { importSyncFile } from '../../../src-renderer/db/importSyncFile';
import {
  getBadgeStates,
  getConflictCopy,
  getSyncState,
} from '../../../src-renderer/db/recordSyncState';
import { buildOutboxBundle } from '../../../src-renderer/sync/syncFiles';
import { makeInspector, makeSite } from '../../fixtures/builders';
import { dumpTables, freshDatabase } from '../testDatabase';
import { encode, gzipped, otherDevice, photoBytes, resealed, sampleBundle } from './importFixtures';

describe('bundle import', () => {
  it('stores another device’s records read-only with their photo, and the same file twice changes nothing', async () => {
    const db = freshDatabase();
    const me = await getDeviceIdentity(db);
    const { bundle, inspection } = sampleBundle();
    const file = gzipped(bundle);
    const first = await importSyncFile(db, file, me.deviceId);
    expect(first).toMatchObject({
      ok: true,
      kind: 'bundle',
      added: 2,
      unchanged: 0,
      attachments: 1,
    });
    expect(await getInspection(db, inspection.id)).toEqual(inspection);
    expect(await db.outbox.count()).toBe(0);
    expect(await getSyncState(db, inspection.id)).toMatchObject({
      origin: 'foreign',
      state: 'received',
      fromDevice: otherDevice.id,
    });
    expect((await getBadgeStates(db, [inspection.id])).get(inspection.id)).toBe('foreign');
    const photo = await db.attachments.get(inspection.attachments[0]?.sha256 ?? '');
    expect(new Uint8Array(await (photo?.blob ?? new Blob()).arrayBuffer())).toEqual(photoBytes);

    const before = await dumpTables(db);
    const second = await importSyncFile(db, encode(bundle), me.deviceId);
    expect(second).toMatchObject({ ok: true, added: 0, unchanged: 2, attachments: 0 });
    expect(await dumpTables(db)).toEqual(before);
  });

  it('this device’s own backup goes back into the outbox', async () => {
    const source = freshDatabase();
    const me = await getDeviceIdentity(source);
    const draft = await createDraftInspection(source, {
      type: 'vocs',
      template: { id: 'vocs-general', version: 1 },
      site: makeSite(),
      inspectors: [makeInspector()],
      deviceId: me.deviceId,
    });
    await saveDraft(source, { ...draft, place: '备份测试' });
    const built = await buildOutboxBundle(source, { id: me.deviceId, name: me.name });
    if (!built) throw new Error('nothing to back up');
    // A wiped profile: a new database that keeps the identity.
    const restored = freshDatabase();
    await restored.settings.put({ key: 'deviceIdentity', value: me });
    expect(await importSyncFile(restored, built.bytes, me.deviceId)).toMatchObject({
      ok: true,
      added: 1,
    });
    expect((await restored.outbox.toArray()).map((r) => r.recordId)).toEqual([draft.id]);
    expect((await getInspection(restored, draft.id))?.place).toBe('备份测试');
  });

  it('a version that differs from ours is kept beside it as a conflict, never over it', async () => {
    const db = freshDatabase();
    const me = await getDeviceIdentity(db);
    const { bundle, inspection } = sampleBundle();
    await importSyncFile(db, encode(bundle), me.deviceId);
    const changed = { ...inspection, rev: inspection.rev + 1, place: '喷漆房（西侧，复查）' };
    const next = resealed(bundle, (doc) => {
      const record = doc.records[0];
      if (!record || record.kind !== 'inspection') throw new Error('fixture');
      doc.records[0] = {
        ...record,
        rev: changed.rev,
        body: changed,
        hash: recordBodyHash(changed),
      };
    });
    expect(await importSyncFile(db, encode(next), me.deviceId)).toMatchObject({
      ok: true,
      conflicts: 1,
    });
    expect((await getInspection(db, inspection.id))?.place).toBe('喷漆房（东侧）');
    expect((await getConflictCopy(db, inspection.id))?.body).toMatchObject({
      place: '喷漆房（西侧，复查）',
    });
    const before = await dumpTables(db);
    await importSyncFile(db, encode(next), me.deviceId);
    expect(await dumpTables(db)).toEqual(before);
  });

  it.each([
    [
      'checksum_mismatch',
      'checksum',
      (b: ReturnType<typeof sampleBundle>['bundle']) => ({ ...b, checksum: '0'.repeat(64) }),
    ],
    [
      'record_hash_mismatch',
      'records[0].hash',
      (b: ReturnType<typeof sampleBundle>['bundle']) =>
        resealed(b, (d) => void ((d.records[0] ?? { hash: '' }).hash = 'f'.repeat(64))),
    ],
    [
      'attachment_hash_mismatch',
      'attachments[0].sha256',
      (b: ReturnType<typeof sampleBundle>['bundle']) =>
        resealed(b, (d) => void ((d.attachments[0] ?? { sha256: '' }).sha256 = 'e'.repeat(64))),
    ],
    [
      'unsupported_version',
      'version',
      (b: ReturnType<typeof sampleBundle>['bundle']) => ({ ...b, version: 2 }),
    ],
  ])('%s at %s: named, and nothing written', async (code, path, corrupt) => {
    const db = freshDatabase();
    const me = await getDeviceIdentity(db);
    const before = await dumpTables(db);
    const result = await importSyncFile(db, encode(corrupt(sampleBundle().bundle)), me.deviceId);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ code, path }));
    expect(await dumpTables(db)).toEqual(before);
  });
});

describe('receipt import', () => {
  it('marks the records synced, twice changes nothing, a tampered receipt writes nothing', async () => {
    const db = freshDatabase();
    const me = await getDeviceIdentity(db);
    const draft = await createDraftInspection(db, {
      type: 'dust',
      template: { id: 'dust-six-100', version: 1 },
      site: makeSite({ kind: 'construction', name: '方山县北武当镇安置点' }),
      inspectors: [makeInspector()],
      deviceId: me.deviceId,
    });
    const saved = await saveDraft(db, { ...draft, place: '北门' });
    const built = await buildOutboxBundle(db, { id: me.deviceId, name: me.name });
    if (!built) throw new Error('nothing to export');
    const hash = recordBodyHash(saved);
    const receipt = buildReceipt({
      bundleId: built.bundle.bundleId,
      deviceId: DeviceId.parse(crypto.randomUUID()),
      bundleChecksum: built.bundle.checksum,
      serverTime: new Date().toISOString(),
      records: [
        {
          kind: 'inspection',
          id: saved.id,
          rev: saved.rev,
          hash,
          result: 'accepted',
          serverRev: 1,
          serverHash: hash,
        },
      ],
    });
    const tampered = { ...receipt, records: [{ ...receipt.records[0], serverRev: 9 }] };
    const before = await dumpTables(db);
    const bad = await importSyncFile(db, encode(tampered), me.deviceId);
    expect(bad).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ code: 'checksum_mismatch', path: 'checksum' })],
    });
    expect(await dumpTables(db)).toEqual(before);

    expect(await importSyncFile(db, encode(receipt), me.deviceId)).toMatchObject({
      ok: true,
      kind: 'receipt',
      summary: { synced: 1 },
    });
    expect(await db.outbox.count()).toBe(0);
    expect((await getBadgeStates(db, [saved.id])).get(saved.id)).toBe('office');
    const after = await dumpTables(db);
    await importSyncFile(db, encode(receipt), me.deviceId);
    expect(await dumpTables(db)).toEqual(after);
  });
});
