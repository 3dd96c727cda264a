import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { AppDatabase } from '../../src-renderer/db/database';
import {
  findSiteByCreditCode,
  getSite,
  saveSite,
  searchSites,
} from '../../src-renderer/db/siteRepository';
import { makeSite, validCreditCodes } from '../fixtures/builders';
import { dumpTables, freshDatabase } from './testDatabase';

let db: AppDatabase;
afterEach(async () => {
  await db.delete();
});

describe('siteRepository', () => {
  it('round-trips a site without its index fields, normalised', async () => {
    db = freshDatabase();
    const site = makeSite();
    const saved = await saveSite(db, {
      ...site,
      name: `  ${site.name} `,
      creditCode: '9144 0300 7084 6113 6t',
    });
    expect(saved).toEqual({ ...site, creditCode: validCreditCodes[0] });
    expect(await getSite(db, site.id)).toEqual(saved);
    expect(await findSiteByCreditCode(db, '91440300708461136t')).toEqual(saved);
    expect(await findSiteByCreditCode(db, validCreditCodes[1])).toBeUndefined();
  });

  it('refuses an invalid site and writes nothing', async () => {
    db = freshDatabase();
    await saveSite(db, makeSite());
    const before = await dumpTables(db);
    await expect(
      saveSite(db, { ...makeSite(), creditCode: '91440300708461136X' }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(saveSite(db, { ...makeSite(), name: '' })).rejects.toBeInstanceOf(ZodError);
    expect(await dumpTables(db)).toEqual(before);
  });

  it('searches by name fragment and credit-code prefix, closest names first', async () => {
    db = freshDatabase();
    const a = await saveSite(db, makeSite({ name: '孝义市ABC化工有限公司' }));
    const b = await saveSite(db, makeSite({ name: '孝义市化工厂' }));
    const c = await saveSite(
      db,
      makeSite({ name: '汾阳市建筑工地', creditCode: validCreditCodes[2] }),
    );
    expect(await searchSites(db, '化工')).toEqual([b, a]);
    expect(await searchSites(db, '孝义 ')).toEqual([b, a]);
    expect(await searchSites(db, 'abc')).toEqual([a]);
    expect(await searchSites(db, '9144 0300 19')).toEqual([c]);
    expect(await searchSites(db, '化工', 1)).toEqual([b]);
    expect(await searchSites(db, '')).toHaveLength(3);
    expect(await searchSites(db, '不存在')).toEqual([]);
  });
});
