// Issue 12, one writer for records: a record written by every path the app has (UI save and
// autosave, evidence patch, finalise, amend, pull, file import, receipt rebase, conflict
// resolution, delete) leaves one chained audit entry per write, hashed like the body it
// stored, and the chain still verifies. And a failure in the middle of any of the sync
// paths' writes leaves every table as it was (docs/architecture.md "Write path").
import { afterEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../shared/bundle/buildBundle';
import { buildReceipt } from '../../../shared/bundle/buildReceipt';
import type { ReceiptRecord } from '../../../shared/bundle/receiptSchema';
import { recordBodyHash } from '../../../shared/bundle/recordBodyHash';
import { canonicalHash } from '../../../shared/domain/hash';
import { DeviceId } from '../../../shared/domain/ids';
import type { Inspection } from '../../../shared/domain/inspection';
import type { ChangesResponse, RecordChange } from '../../../shared/sync/wireSchemas';
import { applyChangesPage } from '../../../src-renderer/db/applyPulledChanges';
import { applyReceipt } from '../../../src-renderer/db/applyReceipt';
import { storeAttachment } from '../../../src-renderer/db/attachmentRepository';
import { listAuditLog, verifyStoredAuditLog } from '../../../src-renderer/db/auditLog';
import type { AppDatabase } from '../../../src-renderer/db/database';
import { getDeviceIdentity } from '../../../src-renderer/db/deviceRepository';
import { importSyncFile } from '../../../src-renderer/db/importSyncFile';
import {
  amendInspection,
  createDraftInspection,
  deleteDraft,
  finaliseInspectionRecord,
  getInspection,
  patchDraft,
  saveDraft,
} from '../../../src-renderer/db/inspectionRepository';
import { getMachine } from '../../../src-renderer/db/machineRepository';
import { getConflictCopy } from '../../../src-renderer/db/recordSyncState';
import { resolveConflict } from '../../../src-renderer/db/resolveConflict';
import { makeInspection, makeInspector, makeMachine, makeSite } from '../../fixtures/builders';
import { attachmentBytesOf, makeFinalisable } from '../../unit/records/recordFixtures';
import { dumpTables, freshDatabase } from '../testDatabase';

const OFFICE_DEVICE = DeviceId.parse('0190f5a4-7c1e-7d2a-9b3c-4d5e6f708192');
const ME_AT_SERVER = '0190f5a4-7c1e-7d2a-9b3c-aaaaaaaaaaaa';
const OTHER_LAPTOP = {
  id: DeviceId.parse('0190f5a4-7c1e-7d2a-9b3c-bbbbbbbbbbbb'),
  name: '孝义分局 笔记本 07',
};

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

let seq = 0;
function recordChange(body: Inspection, serverRev: number): RecordChange {
  return {
    type: 'record',
    seq: ++seq,
    kind: 'inspection',
    id: body.id,
    serverRev,
    hash: recordBodyHash(body),
    status: body.status,
    deviceId: OFFICE_DEVICE,
    receivedAt: new Date().toISOString(),
    body: { ...body },
  };
}

const page = (changes: RecordChange[]): ChangesResponse => ({
  changes,
  cursor: String(seq),
  more: false,
});

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
    deviceId: DeviceId.parse(ME_AT_SERVER),
    bundleChecksum: 'a'.repeat(64),
    serverTime: new Date().toISOString(),
    records,
  });

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** A draft made through the repository, as the checklist screen makes one. */
async function newDraft(name: string): Promise<Inspection> {
  const { deviceId } = await getDeviceIdentity(db);
  return createDraftInspection(db, {
    type: 'dust',
    template: { id: 'dust-six-100', version: 1 },
    site: makeSite({ kind: 'construction', name, countyCode: '141102' }),
    inspectors: [makeInspector()],
    deviceId,
  });
}

/** A complete draft saved through the repository, with its attachment bytes stored. */
async function finalisableDraft(): Promise<Inspection> {
  const { deviceId } = await getDeviceIdentity(db);
  const saved = await saveDraft(db, makeFinalisable({ deviceId }));
  const meta = new Map(saved.attachments.map((a) => [a.sha256, a]));
  for (const [sha256, bytes] of attachmentBytesOf()) {
    const attachment = meta.get(sha256);
    if (!attachment) continue;
    await storeAttachment(db, {
      recordId: saved.id,
      kind: attachment.kind,
      mime: attachment.mime,
      blob: new Blob([bytes.slice()]),
    });
  }
  return saved;
}

describe('every write path of a record', () => {
  it('appends one chained audit entry per write, hashed like what it stored, and the chain verifies', async () => {
    db = freshDatabase();
    const expected: [string, string, string][] = [];
    const expectLast = async (id: string, kind: 'inspection' | 'machine', action: string) => {
      const entry = (await listAuditLog(db, id)).at(-1);
      const body = kind === 'inspection' ? await getInspection(db, id) : await getMachine(db, id);
      expect(entry).toMatchObject({
        recordKind: kind,
        action,
        rev: body?.rev,
        contentHash: canonicalHash(body),
      });
      expected.push([id, kind, action]);
    };

    // The checklist screen: a new draft, an autosave, an evidence patch (ui save paths).
    const draft = await newDraft('离石区“滨河”安置房🏗️项目');
    await expectLast(draft.id, 'inspection', 'create');
    const saved = await saveDraft(db, { ...draft, place: '东门 🚧' });
    await expectLast(draft.id, 'inspection', 'update');
    await patchDraft(db, draft.id, (current) => ({
      ...current,
      place: `${current.place}（北侧）`,
    }));
    await expectLast(draft.id, 'inspection', 'update');

    // Finalise and amend.
    const complete = await finalisableDraft();
    await expectLast(complete.id, 'inspection', 'create');
    const finalised = await finaliseInspectionRecord(db, complete.id, '2026-03-15T02:45:00.000Z');
    expect(finalised.status).toBe('finalized');
    await expectLast(complete.id, 'inspection', 'finalise');
    const amendment = await amendInspection(db, complete.id, '2026-03-16T08:00:00.000Z');
    await expectLast(amendment.id, 'inspection', 'amend');

    // Pull: another device's record arrives from the office.
    const pulled = makeInspection({
      deviceId: OFFICE_DEVICE,
      site: makeSite({ name: '柳林县联盛煤化工有限公司' }),
    });
    expect(await applyChangesPage(db, page([recordChange(pulled, 1)]), ME_AT_SERVER)).toMatchObject(
      { stored: 1 },
    );
    await expectLast(pulled.id, 'inspection', 'pull');

    // File import: another laptop's inspection and machine from a USB stick.
    const imported = makeInspection({
      deviceId: OTHER_LAPTOP.id,
      site: makeSite({ name: '孝义市“金达”精细化工 😷 有限公司' }),
    });
    const machine = makeMachine({ deviceId: OTHER_LAPTOP.id, owner: '汾阳市路桥工程有限公司' });
    const bundle = buildBundle({
      device: OTHER_LAPTOP,
      records: [imported, machine],
      attachments: [],
    });
    expect(
      await importSyncFile(db, encode(bundle), (await getDeviceIdentity(db)).deviceId),
    ).toMatchObject({ ok: true, added: 2 });
    await expectLast(imported.id, 'inspection', 'import');
    await expectLast(machine.id, 'machine', 'import');

    // Receipt: the office accepted the pushed draft; its baseRev moves on (rebase).
    const pushed = (await getInspection(db, draft.id)) ?? saved;
    expect(await applyReceipt(db, receiptOf([accepted(pushed, 4)]))).toMatchObject({ synced: 1 });
    expect((await getInspection(db, draft.id))?.baseRev).toBe(4);
    expect(await db.outbox.get(draft.id)).toBeUndefined();
    await expectLast(draft.id, 'inspection', 'rebase');

    // Conflict: edited here while the office got a newer head; a person resolves it.
    const mine = await saveDraft(db, { ...pushed, baseRev: 4, place: '东门（本机改）' });
    const theirs = { ...mine, rev: mine.rev + 1, place: '东门（办公室改）', baseRev: 4 };
    expect(await applyChangesPage(db, page([recordChange(theirs, 6)]), ME_AT_SERVER)).toMatchObject(
      { conflicts: 1 },
    );
    expect(await getConflictCopy(db, draft.id)).toBeDefined();
    const resolved = await resolveConflict(db, { ...mine, place: '东门（两边合并）' });
    expect(resolved).toMatchObject({ baseRev: 6, place: '东门（两边合并）' });
    await expectLast(draft.id, 'inspection', 'resolve');

    // Deleting a draft is a write too.
    const doomed = await newDraft('交城县临时工地');
    await deleteDraft(db, doomed.id);
    const last = (await listAuditLog(db, doomed.id)).at(-1);
    expect(last).toMatchObject({
      action: 'delete',
      rev: doomed.rev,
      contentHash: canonicalHash(doomed),
    });

    const log = await listAuditLog(db);
    for (const [id, kind, action] of expected)
      expect(
        log.some((e) => e.recordId === id && e.recordKind === kind && e.action === action),
      ).toBe(true);
    expect(new Set(log.map((e) => e.action))).toEqual(
      new Set([
        'create',
        'update',
        'finalise',
        'amend',
        'pull',
        'import',
        'rebase',
        'resolve',
        'delete',
      ]),
    );
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
  });
});

type Table =
  'inspections' | 'inspectionIndex' | 'inspectionSearch' | 'outbox' | 'auditLog' | 'machines';

/** Makes every new or changed row of `table` throw, as a full disk or a bug would. */
function failOn(table: Table): () => void {
  const fail = () => {
    throw new Error(`simulated ${table} failure`);
  };
  db.table(table).hook('creating', fail);
  db.table(table).hook('updating', fail);
  return () => {
    db.table(table).hook('creating').unsubscribe(fail);
    db.table(table).hook('updating').unsubscribe(fail);
  };
}

/**
 * Each sync path's write: the tables it writes, and `prepare`, which sets up a fresh store
 * and returns the write under test.
 */
const paths: Record<string, { tables: Table[]; prepare: () => Promise<() => Promise<unknown>> }> = {
  pull: {
    tables: ['inspections', 'inspectionIndex', 'inspectionSearch', 'auditLog'],
    prepare: async () => {
      await newDraft('兴县蔚汾镇工地'); // a store with work in it, and an audit chain to extend
      const pulled = makeInspection({ deviceId: OFFICE_DEVICE });
      return () => applyChangesPage(db, page([recordChange(pulled, 1)]), ME_AT_SERVER);
    },
  },
  'file import': {
    tables: ['inspections', 'inspectionIndex', 'inspectionSearch', 'machines', 'auditLog'],
    prepare: async () => {
      const bundle = buildBundle({
        device: OTHER_LAPTOP,
        records: [
          makeInspection({ deviceId: OTHER_LAPTOP.id }),
          makeMachine({ deviceId: OTHER_LAPTOP.id }),
        ],
        attachments: [],
      });
      const me = (await getDeviceIdentity(db)).deviceId;
      return () => importSyncFile(db, encode(bundle), me);
    },
  },
  'receipt rebase': {
    tables: ['inspections', 'inspectionIndex', 'auditLog'],
    prepare: async () => {
      const draft = await saveDraft(db, { ...(await newDraft('文水县化工园区')), place: '南门' });
      return () => applyReceipt(db, receiptOf([accepted(draft, 3)]));
    },
  },
  'conflict resolution': {
    tables: ['inspections', 'inspectionIndex', 'outbox', 'auditLog'],
    prepare: async () => {
      const mine = await saveDraft(db, { ...(await newDraft('汾阳市杏花村工地')), place: '西门' });
      const theirs = { ...mine, rev: mine.rev + 1, place: '西门（办公室）' };
      await applyChangesPage(db, page([recordChange(theirs, 5)]), ME_AT_SERVER);
      return () => resolveConflict(db, { ...mine, place: '西门（合并）' });
    },
  },
};

describe('a failure in the middle of a sync write leaves nothing half-written', () => {
  const cases = Object.entries(paths).flatMap(([name, path]) =>
    path.tables.map((table) => [name, table] as const),
  );
  it.each(cases)('%s, failing %s', async (name, table) => {
    db = freshDatabase();
    const path = paths[name];
    if (!path) throw new Error(`no path ${name}`);
    const run = await path.prepare();
    const before = await dumpTables(db);
    const restore = failOn(table);
    await expect(run()).rejects.toThrow(`simulated ${table} failure`);
    restore();
    expect(await dumpTables(db)).toEqual(before);
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
    // The same write succeeds once the failure is gone: the failure was the only reason.
    await run();
    expect(await dumpTables(db)).not.toEqual(before);
    expect(await verifyStoredAuditLog(db)).toEqual({ ok: true });
  });
});
