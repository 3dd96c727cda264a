// listInspectionPage + countInspections (the list split so a screen can draw the page before
// the total) against an in-memory oracle, over enough records that a common search word takes
// the newest-first walk (candidates ten times the page's end: small pages here) and a rare
// one the direct read.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { counties, type CountyCode } from '../../shared/domain/counties';
import type { Inspection, InspectionType } from '../../shared/domain/inspection';
import type { AppDatabase } from '../../src-renderer/db/database';
import {
  countInspections,
  listInspectionPage,
  listInspections,
  type InspectionFilter,
} from '../../src-renderer/db/inspectionRepository';
import { normalizeForSearch } from '../../src-renderer/db/searchTokens';
import { makeInspection, makeSite } from '../fixtures/builders';
import { freshDatabase, storeAsIs } from './testDatabase';

const names = [
  '孝义市鑫磊化工有限公司',
  '汾阳市宏泰精细化工有限责任公司',
  '离石区凤山路棚户区改造项目',
  '交城县ＡＢＣ涂装有限公司',
  '兴县🏭恒源焦化有限公司',
  '文水县𠀀字号化工厂',
];
const types: InspectionType[] = ['vocs', 'dust', 'machinery'];
const COUNT = 420;

let db: AppDatabase;
const all: Inspection[] = [];

beforeAll(async () => {
  db = freshDatabase();
  for (let i = 0; i < COUNT; i++) {
    const county = counties[i % counties.length]?.code as CountyCode;
    // Every 7th pair shares a timestamp, so ties must come out in the same order both ways.
    const minute = i % 7 === 0 ? i - 1 : i;
    all.push(
      makeInspection({
        type: types[i % 3],
        status: i % 4 === 0 ? 'finalized' : 'draft',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: new Date(Date.UTC(2026, 0, 1) + minute * 3_600_000).toISOString(),
        site: makeSite({ name: names[i % names.length], countyCode: county }),
      }),
    );
  }
  await storeAsIs(db, ...all);
});
afterAll(async () => {
  await db.delete();
});

/** What the list must show, computed without the store. */
function expected(filter: InspectionFilter): string[] {
  const query = normalizeForSearch(filter.search ?? '');
  const lower = filter.from ? new Date(`${filter.from}T00:00:00+08:00`).toISOString() : '';
  const upper = filter.to
    ? new Date(Date.parse(`${filter.to}T00:00:00+08:00`) + 86_400_000).toISOString()
    : '\uffff';
  return all
    .filter(
      (r) =>
        (!filter.status || r.status === filter.status) && (!filter.type || r.type === filter.type),
    )
    .filter((r) => !filter.countyCode || r.site.countyCode === filter.countyCode)
    .filter((r) => r.updatedAt >= lower && r.updatedAt < upper)
    .filter((r) => normalizeForSearch(r.site.name).includes(query))
    .sort((a, b) =>
      a.updatedAt !== b.updatedAt ? (a.updatedAt < b.updatedAt ? 1 : -1) : a.id < b.id ? 1 : -1,
    )
    .map((r) => r.id);
}

const filters: [string, InspectionFilter][] = [
  ['no filter', {}],
  ['drafts', { status: 'draft' }],
  ['one county', { countyCode: '141181' }],
  ['one type', { type: 'dust' }],
  ['county + type', { countyCode: '141102', type: 'vocs' }],
  ['status + county + type', { status: 'draft', countyCode: '141128', type: 'machinery' }],
  ['a date range', { from: '2026-01-05', to: '2026-01-09' }],
  ['common word (walk)', { search: '化工' }],
  ['common word, second page', { search: '化工', offset: 50, limit: 50 }],
  ['common word past the end', { search: '化工', offset: 400 }],
  ['rare word', { search: '凤山路' }],
  ['full-width query for half-width name', { search: 'ａｂｃ' }],
  ['rare CJK Ext. B character', { search: '𠀀字号' }],
  ['emoji only (no index token)', { search: '🏭' }],
  ['common word + status', { search: '化工', status: 'finalized' }],
  ['common word + date range', { search: '化工', from: '2026-01-03', to: '2026-01-06' }],
  ['common word, small page (walk)', { search: '化工', limit: 10 }],
  ['common word, third small page (walk)', { search: '化工', offset: 20, limit: 10 }],
  ['one common character (walk)', { search: '化', limit: 12 }],
  ['common word + status, small page (walk)', { search: '化工', status: 'draft', limit: 8 }],
  ['common word + county, small page', { search: '化工', countyCode: '141181', limit: 3 }],
  ['common word + date range, small page', { search: '化工', from: '2026-01-03', limit: 5 }],
  ['three characters, small page', { search: '精细化工', limit: 5 }],
  ['no match', { search: '上海不存在公司' }],
];

describe('listInspectionPage and countInspections', () => {
  it('has more than 200 matches for the common word, so the walk is exercised', () => {
    expect(expected({ search: '化工' }).length).toBeGreaterThan(200);
    expect(expected({ search: '凤山路' }).length).toBeLessThan(200);
  });

  it.each(filters)(
    '%s: page and total match the oracle and listInspections',
    async (_name, filter) => {
      const want = expected(filter);
      const offset = filter.offset ?? 0;
      const page = await listInspectionPage(db, filter);
      expect(page.map((r) => r.id)).toEqual(want.slice(offset, offset + (filter.limit ?? 50)));
      expect(await countInspections(db, filter)).toBe(want.length);
      const both = await listInspections(db, filter);
      expect(both.items).toEqual(page);
      expect(both.total).toBe(want.length);
    },
  );

  it('a common word reads only the page it shows, and its total without reading rows', async () => {
    const bulkGet = vi.spyOn(db.inspectionIndex, 'bulkGet');
    try {
      const page = await listInspectionPage(db, { search: '化工', limit: 10 });
      expect(page.map((r) => r.id)).toEqual(expected({ search: '化工' }).slice(0, 10));
      expect(await countInspections(db, { search: '化工' })).toBe(
        expected({ search: '化工' }).length,
      );
      const both = await listInspections(db, { search: '化工', limit: 10 });
      expect(both.items).toEqual(page);
      expect(bulkGet).not.toHaveBeenCalled();
      // Three characters are not one token: the total needs the rows.
      await countInspections(db, { search: '精细化工' });
      expect(bulkGet).toHaveBeenCalledTimes(1);
    } finally {
      bulkGet.mockRestore();
    }
  });

  it('a limit of 0 gives no rows but the full total', async () => {
    expect(await listInspectionPage(db, { search: '化工', limit: 0 })).toEqual([]);
    expect((await listInspections(db, { search: '化工', limit: 0 })).total).toBe(
      expected({ search: '化工' }).length,
    );
    expect((await listInspections(db, { limit: 0 })).total).toBe(COUNT);
  });

  it('refuses a rolled-over date in both halves', async () => {
    await expect(listInspectionPage(db, { from: '2026-02-30' })).rejects.toThrow(RangeError);
    await expect(countInspections(db, { to: '2026-13-01' })).rejects.toThrow(RangeError);
  });
});
