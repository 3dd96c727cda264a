import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { canonicalHash } from '../../shared/domain/hash';
import type { Inspection } from '../../shared/domain/inspection';
import type { AppDatabase } from '../../src-renderer/db/database';
import {
  createDraftInspection,
  deleteDraft,
  getInspection,
  listInspections,
  saveDraft,
} from '../../src-renderer/db/inspectionRepository';
import { countOutbox, listOutbox } from '../../src-renderer/db/outboxRepository';
import { RecordStateError } from '../../src-renderer/db/recordStateError';
import { getSite } from '../../src-renderer/db/siteRepository';
import { makeInspection, makeInspector, makeSite, testDeviceId } from '../fixtures/builders';
import { dumpTables, freshDatabase, storeAsIs } from './testDatabase';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

async function newDraft(): Promise<Inspection> {
  return createDraftInspection(db, {
    type: 'dust',
    template: { id: 'dust-six-100', version: 1 },
    site: makeSite({ kind: 'construction', name: '离石区滨河北路安置房项目' }),
    inspectors: [makeInspector()],
    deviceId: testDeviceId,
  });
}

describe('createDraftInspection', () => {
  it('stores body, summary, outbox entry and the site together', async () => {
    db = freshDatabase();
    const draft = await newDraft();
    expect(draft).toMatchObject({
      rev: 1,
      baseRev: 0,
      status: 'draft',
      kind: 'inspection',
      type: 'dust',
    });
    expect(draft.createdAt).toBe(draft.updatedAt);
    expect(await getInspection(db, draft.id)).toEqual(draft);
    expect((await listInspections(db)).items.map((s) => s.id)).toEqual([draft.id]);
    expect(await listOutbox(db)).toEqual([
      expect.objectContaining({
        recordId: draft.id,
        kind: 'inspection',
        rev: 1,
        baseRev: 0,
        contentHash: canonicalHash(draft),
      }),
    ]);
    expect(await getSite(db, draft.site.id)).toEqual(draft.site);
  });

  it('refuses an invalid site and writes nothing', async () => {
    db = freshDatabase();
    const before = await dumpTables(db);
    const site = { ...makeSite(), creditCode: '91440300708461136X' };
    await expect(
      createDraftInspection(db, {
        type: 'vocs',
        template: { id: 'v', version: 1 },
        site,
        inspectors: [],
        deviceId: testDeviceId,
      }),
    ).rejects.toBeInstanceOf(ZodError);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('stores a machine id and facts given at the start, and refuses bad facts', async () => {
    db = freshDatabase();
    const machineId = '0193a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b';
    const start = {
      type: 'machinery' as const,
      template: { id: 'machinery-check', version: 1 },
      site: makeSite({ kind: 'construction', name: '孝义市“鑫磊”土石方工程 🚜' }),
      inspectors: [makeInspector()],
      deviceId: testDeviceId,
      machineId,
    };
    const draft = await createDraftInspection(db, {
      ...start,
      facts: { emissionStage: 'china3', ratedPowerKw: 110, registrationCode: 'LL1411020023' },
    });
    expect(await getInspection(db, draft.id)).toMatchObject({
      machineId,
      facts: { emissionStage: 'china3', ratedPowerKw: 110, registrationCode: 'LL1411020023' },
    });
    const before = await dumpTables(db);
    await expect(
      createDraftInspection(db, { ...start, facts: { ratedPowerKw: Number.NaN } }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      createDraftInspection(db, { ...start, facts: { owner: '吕'.repeat(501) } }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      createDraftInspection(db, { ...start, machineId: '挖掘机-1' }),
    ).rejects.toBeInstanceOf(ZodError);
    expect(await dumpTables(db)).toEqual(before);
  });
});

describe('saveDraft', () => {
  it('rewrites the search tokens when the site name changes, and only then', async () => {
    db = freshDatabase();
    const draft = await newDraft();
    let searchWrites = 0;
    const count = () => {
      searchWrites += 1;
    };
    db.inspectionSearch.hook('creating', count);
    db.inspectionSearch.hook('updating', count);
    const noted = await saveDraft(db, { ...draft, place: '东门 🚧' });
    expect(searchWrites).toBe(0);
    const renamed = await saveDraft(db, {
      ...noted,
      site: { ...noted.site, name: '汾阳市杏花村酒业“东区”扩建项目' },
    });
    expect(searchWrites).toBe(1);
    expect((await listInspections(db, { search: '杏花村' })).items.map((s) => s.id)).toEqual([
      draft.id,
    ]);
    expect((await listInspections(db, { search: '滨河北路' })).total).toBe(0);
    await saveDraft(db, { ...renamed, place: '西门' });
    expect(searchWrites).toBe(1);
    expect((await listInspections(db, { search: '杏花村' })).total).toBe(1);
  });

  it('raises rev, stamps updatedAt and replaces the outbox entry in place', async () => {
    db = freshDatabase();
    const draft = await newDraft();
    const [queued] = await listOutbox(db);
    const saved = await saveDraft(db, { ...draft, place: '东门' });
    expect(saved.rev).toBe(2);
    expect(saved.updatedAt >= draft.updatedAt).toBe(true);
    expect(await getInspection(db, draft.id)).toEqual(saved);
    expect(await listOutbox(db)).toEqual([
      { ...queued, rev: 2, contentHash: canonicalHash(saved) },
    ]);
  });

  it('keeps the stored envelope when given a stale copy', async () => {
    db = freshDatabase();
    const draft = await newDraft();
    await saveDraft(db, draft);
    await saveDraft(db, draft);
    const third = await saveDraft(db, {
      ...draft,
      createdAt: '2000-01-01T00:00:00.000Z',
      baseRev: 7,
    });
    expect(third).toMatchObject({ rev: 4, baseRev: 0, createdAt: draft.createdAt });
  });

  it('upserts a draft it has not seen (e.g. from an import)', async () => {
    db = freshDatabase();
    const draft = makeInspection();
    const saved = await saveDraft(db, draft);
    expect(saved.rev).toBe(2);
    expect(await countOutbox(db)).toBe(1);
  });

  it.each([
    ['a bad credit code', (i: Inspection) => ({ ...i, site: { ...i.site, creditCode: '123' } })],
    // Types are open to published checklists (docs/templates.md), but always kebab-case.
    ['a malformed type', (i: Inspection) => ({ ...i, type: 'Noise Check!' })],
    [
      'a control character in a name',
      (i: Inspection) => ({ ...i, site: { ...i.site, name: 'a\u0007b' } }),
    ],
    [
      'a non-numeric reading',
      (i: Inspection) => ({
        ...i,
        answers: { x: { note: '', reading: { values: ['3'], unit: 'm/s' } } },
      }),
    ],
    ['a missing id', (i: Inspection) => ({ ...i, id: undefined })],
  ])('refuses %s with a ZodError and writes nothing', async (_name, corrupt) => {
    db = freshDatabase();
    const draft = await newDraft();
    const before = await dumpTables(db);
    // The UI may hand over anything a form produced; the repository is the gate.
    const bad = corrupt(draft) as unknown as Inspection;
    await expect(saveDraft(db, bad)).rejects.toBeInstanceOf(ZodError);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('refuses a finalized record, stored or given, and writes nothing', async () => {
    db = freshDatabase();
    const final = makeInspection({ status: 'finalized', recordNumber: '孝义-2026-D7K-0001' });
    await storeAsIs(db, final);
    const before = await dumpTables(db);
    await expect(saveDraft(db, { ...final, status: 'draft' })).rejects.toMatchObject({
      problem: 'finalized',
    });
    await expect(saveDraft(db, final)).rejects.toBeInstanceOf(RecordStateError);
    await expect(deleteDraft(db, final.id)).rejects.toMatchObject({ problem: 'finalized' });
    expect(await dumpTables(db)).toEqual(before);
  });
});

describe('atomicity: a record and its outbox entry are written together or not at all', () => {
  function failOn(
    table: 'outbox' | 'inspectionIndex' | 'inspectionSearch' | 'auditLog' | 'settings',
  ) {
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

  it.each(['outbox', 'inspectionIndex', 'inspectionSearch', 'auditLog', 'settings'] as const)(
    'a failing %s write leaves the earlier version intact',
    async (table) => {
      db = freshDatabase();
      const draft = await newDraft();
      const before = await dumpTables(db);
      const restore = failOn(table);
      // A new site name, so the search row is written too.
      await expect(
        saveDraft(db, {
          ...draft,
          place: 'changed',
          site: { ...draft.site, name: '柳林县“金家庄”煤矿 ⛏️' },
        }),
      ).rejects.toThrow(`simulated ${table} failure`);
      restore();
      expect(await dumpTables(db)).toEqual(before);
      expect(await getInspection(db, draft.id)).toEqual(draft);
    },
  );

  it.each(['outbox', 'inspectionIndex', 'inspectionSearch', 'auditLog', 'settings'] as const)(
    'a failing %s write on create stores neither record nor entry',
    async (table) => {
      db = freshDatabase();
      const restore = failOn(table);
      await expect(newDraft()).rejects.toThrow(`simulated ${table} failure`);
      restore();
      const dump = await dumpTables(db);
      expect(Object.values(dump).flat()).toEqual([]);
    },
  );
});

describe('deleteDraft', () => {
  it('removes the draft, its summary, tokens and outbox entry; twice is harmless', async () => {
    db = freshDatabase();
    const keep = await newDraft();
    const draft = await newDraft();
    await deleteDraft(db, draft.id);
    await deleteDraft(db, draft.id);
    expect(await getInspection(db, draft.id)).toBeUndefined();
    expect(await db.inspectionSearch.get(draft.id)).toBeUndefined();
    expect((await listOutbox(db)).map((e) => e.recordId)).toEqual([keep.id]);
    expect((await listInspections(db)).total).toBe(1);
  });
});
