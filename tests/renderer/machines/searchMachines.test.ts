// Registry search by each key an inspector has in hand: code, PIN, owner, engine number.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Machine } from '../../../shared/domain/machine';
import type { AppDatabase } from '../../../src-renderer/db/database';
import {
  listMachines,
  registerMachine,
  searchMachines,
  updateMachine,
} from '../../../src-renderer/db/machineRepository';
import { testDeviceId } from '../../fixtures/builders';
import { freshDatabase } from '../testDatabase';
import { machineFields } from './machineFixtures';

let db: AppDatabase;
let sany: Machine;
let liugong: Machine;
let xcmg: Machine;

beforeEach(async () => {
  db = freshDatabase();
  const options = { deviceId: testDeviceId };
  sany = await registerMachine(
    db,
    machineFields({
      registrationCode: 'LL1411020001',
      pin: 'SY215C10K8J21034',
      engineNumber: '1619K003456',
      owner: '吕梁市某建筑工程有限公司',
    }),
    options,
  );
  liugong = await registerMachine(
    db,
    machineFields({
      machineType: 'loader',
      brand: '柳工',
      model: 'CLG856H',
      registrationCode: 'LL1411810007',
      pin: 'CLG856HXKJ012345',
      engineNumber: 'B7L0028877',
      owner: '孝义市“鑫磊”土石方工程队（个体）',
    }),
    options,
  );
  xcmg = await registerMachine(
    db,
    machineFields({
      machineType: 'roller',
      brand: '徐工',
      model: 'XS263J',
      registrationCode: '',
      pin: 'XUG0263JCNA000777',
      engineNumber: 'D6114ZG9B',
      owner: '张建军',
    }),
    options,
  );
});

afterEach(async () => {
  await db.delete();
});

const ids = (machines: Machine[]) => machines.map((m) => m.id);

describe('searchMachines', () => {
  it.each([
    { key: 'registration code prefix', query: 'LL141102', expected: () => [sany] },
    { key: 'registration code fragment', query: '1810007', expected: () => [liugong] },
    { key: 'PIN prefix in lower case', query: 'sy215c', expected: () => [sany] },
    { key: 'PIN fragment', query: 'KJ0123', expected: () => [liugong] },
    { key: 'PIN in full-width letters', query: 'ＸＵＧ０２６３', expected: () => [xcmg] },
    { key: 'engine number', query: '1619K003456', expected: () => [sany] },
    { key: 'engine number fragment', query: 'zg9', expected: () => [xcmg] },
    { key: 'owner, Chinese fragment', query: '建筑工程', expected: () => [sany] },
    { key: 'owner, one character', query: '鑫', expected: () => [liugong] },
    { key: 'owner, a person', query: '建军', expected: () => [xcmg] },
    { key: 'brand', query: '柳工', expected: () => [liugong] },
  ])('finds by $key ($query)', async ({ query, expected }) => {
    expect(ids(await searchMachines(db, query))).toEqual(ids(expected()));
  });

  it('finds several, most recently changed first, and nothing for a stranger', async () => {
    expect(ids(await searchMachines(db, 'LL1411'))).toEqual([liugong.id, sany.id]);
    await updateMachine(db, sany.id, machineFields({ ...sany, contactName: '刘强' }));
    expect(ids(await searchMachines(db, 'LL1411'))).toEqual([sany.id, liugong.id]);
    expect(await searchMachines(db, '不存在的公司')).toEqual([]);
    expect(await searchMachines(db, 'SY215C10K8J21035')).toEqual([]);
  });

  it('an emoji-only query scans without error; an empty query lists the newest', async () => {
    expect(await searchMachines(db, '🚜')).toEqual([]);
    expect(ids(await searchMachines(db, '   '))).toEqual([xcmg.id, liugong.id, sany.id]);
    expect(ids(await listMachines(db, 2))).toEqual([xcmg.id, liugong.id]);
  });

  it('follows an edit of the owner', async () => {
    await updateMachine(db, xcmg.id, machineFields({ ...xcmg, owner: '方山县交通建设有限公司' }));
    expect(ids(await searchMachines(db, '交通建设'))).toEqual([xcmg.id]);
    expect(await searchMachines(db, '建军')).toEqual([]);
  });
});
