// Applying pulled pages: each page and its cursor in one transaction; other devices' records
// read-only; reference data into sites and machines; a conflicting head kept beside ours.
import { describe, expect, it, vi } from 'vitest';
import { recordBodyHash } from '../../../shared/bundle/recordBodyHash';
import type { Inspection } from '../../../shared/domain/inspection';
import { DeviceId } from '../../../shared/domain/ids';
import type { ChangesResponse, RecordChange } from '../../../shared/sync/wireSchemas';
import { getInspection, saveDraft } from '../../../src-renderer/db/inspectionRepository';
import { applyChangesPage, registryId } from '../../../src-renderer/db/applyPulledChanges';
import {
  getBadgeStates,
  getConflictCopy,
  getSyncState,
} from '../../../src-renderer/db/recordSyncState';
import { getCursor } from '../../../src-renderer/db/syncCursor';
import { makeInspection, makeSite, validCreditCodes } from '../../fixtures/builders';
import { dumpTables, freshDatabase } from '../testDatabase';

const OTHER_DEVICE = '0190f5a4-7c1e-7d2a-9b3c-4d5e6f708192';
const ME = '0190f5a4-7c1e-7d2a-9b3c-aaaaaaaaaaaa';
let seq = 0;

function recordChange(
  body: Inspection,
  serverRev: number,
  overrides: Partial<RecordChange> = {},
): RecordChange {
  return {
    type: 'record',
    seq: ++seq,
    kind: 'inspection',
    id: body.id,
    serverRev,
    hash: recordBodyHash(body),
    status: body.status,
    deviceId: DeviceId.parse(OTHER_DEVICE),
    receivedAt: new Date().toISOString(),
    body: { ...body },
    ...overrides,
  };
}

const page = (
  changes: ChangesResponse['changes'],
  cursor: string,
  more = false,
): ChangesResponse => ({ changes, cursor, more });

describe('applyChangesPage', () => {
  it('stores other devices’ records read-only, never in the outbox, and moves the cursor', async () => {
    const db = freshDatabase();
    const theirs = makeInspection({
      site: makeSite({ name: '柳林县联盛煤化工有限公司', countyCode: '141125' }),
    });
    const summary = await applyChangesPage(db, page([recordChange(theirs, 1)], '17'), ME);
    expect(summary.stored).toBe(1);
    expect(await getCursor(db)).toBe('17');
    expect((await getInspection(db, theirs.id))?.site.name).toBe('柳林县联盛煤化工有限公司');
    expect(await db.outbox.count()).toBe(0);
    expect(await getSyncState(db, theirs.id)).toMatchObject({
      origin: 'foreign',
      fromDevice: OTHER_DEVICE,
      serverRev: 1,
    });
    expect((await getBadgeStates(db, [theirs.id])).get(theirs.id)).toBe('foreign');
    // The same page again changes nothing.
    const before = await dumpTables(db);
    await applyChangesPage(db, page([recordChange(theirs, 1)], '17'), ME);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('a failing write leaves the cursor and every row of the page as they were', async () => {
    const db = freshDatabase();
    await applyChangesPage(db, page([], '5'), ME);
    const before = await dumpTables(db);
    const a = makeInspection();
    const enterprise = {
      type: 'reference' as const,
      seq: ++seq,
      table: 'enterprise' as const,
      key: validCreditCodes[0] ?? '',
      data: {
        name: '交城县“义望”铁合金厂',
        county_code: '141122',
        address: '交城县夏家营镇',
        legal_representative: '赵强',
      },
    };
    const spy = vi.spyOn(db.sites, 'put').mockRejectedValue(new Error('disk full'));
    await expect(
      applyChangesPage(db, page([recordChange(a, 1), enterprise], '9'), ME),
    ).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await getCursor(db)).toBe('5');
    expect(await dumpTables(db)).toEqual(before);
    // Fetched again, the page applies in full.
    await applyChangesPage(db, page([recordChange(a, 1), enterprise], '9'), ME);
    expect(await getCursor(db)).toBe('9');
    expect((await db.sites.where('creditCode').equals(enterprise.key).first())?.name).toBe(
      '交城县“义望”铁合金厂',
    );
  });

  it('a newer head of a record changed here becomes a conflict copy; ours is untouched', async () => {
    const db = freshDatabase();
    const base = makeInspection({ deviceId: makeInspection().deviceId });
    await applyChangesPage(
      db,
      page([recordChange(base, 1, { deviceId: DeviceId.parse(ME) })], '1'),
      ME,
    );
    const mine = await saveDraft(db, { ...base, place: '本机修改：三号车间' });
    const head = { ...base, rev: 3, baseRev: 1, place: '另一台设备：一号车间' };
    const summary = await applyChangesPage(db, page([recordChange(head, 2)], '2'), ME);
    expect(summary.conflicts).toBe(1);
    expect((await getInspection(db, base.id))?.place).toBe(mine.place);
    expect((await getConflictCopy(db, base.id))?.body).toMatchObject({
      place: '另一台设备：一号车间',
    });
    expect((await getBadgeStates(db, [base.id])).get(base.id)).toBe('conflict');
  });

  it('a newer head of a record not changed here replaces it, rebased on the server revision', async () => {
    const db = freshDatabase();
    const base = makeInspection();
    await applyChangesPage(db, page([recordChange(base, 1)], '1'), ME);
    const head = { ...base, rev: 2, baseRev: 1, place: '复查：整改完成' };
    await applyChangesPage(db, page([recordChange(head, 2)], '2'), ME);
    expect(await getInspection(db, base.id)).toMatchObject({ place: '复查：整改完成', baseRev: 2 });
    expect(await db.outbox.count()).toBe(0);
  });

  it('a body the domain schema refuses is skipped and counted, the rest applies', async () => {
    const db = freshDatabase();
    const good = makeInspection();
    const bad = recordChange(makeInspection(), 1);
    const summary = await applyChangesPage(
      db,
      page([{ ...bad, body: { ...bad.body, site: { name: '' } } }, recordChange(good, 1)], '3'),
      ME,
    );
    expect(summary).toMatchObject({ stored: 1, skipped: 1 });
    expect(await db.inspections.count()).toBe(1);
  });

  it('registry machines land read-only under a stable id; a machine registered here is kept', async () => {
    const db = freshDatabase();
    const data = {
      pin: 'LGSY215C10K8J00001',
      registration_code: '141181-2026-000777',
      machine_type: 'excavator',
      brand: '三一重工',
      model: 'SY215C',
      engine_model: 'WP6G150E330',
      engine_number: '1619K000001',
      emission_stage: 'china3',
      fuel: 'diesel',
      rated_power_kw: 110,
      manufacture_date: '2021-05-01',
      owner: '孝义市宏达土石方工程有限公司',
      owner_credit_code: '',
      site_of_use: '孝义市梧桐镇',
      county_code: '141181',
    };
    await applyChangesPage(
      db,
      page(
        [{ type: 'reference', seq: ++seq, table: 'registry-machine', key: data.pin, data }],
        '4',
      ),
      ME,
    );
    const id = registryId('registry-machine', data.pin);
    expect(await db.machines.get(id)).toMatchObject({
      pin: data.pin,
      owner: data.owner,
      status: 'finalized',
    });
    expect((await getBadgeStates(db, [id])).get(id)).toBe('foreign');
    expect(await db.outbox.count()).toBe(0);
  });
});
