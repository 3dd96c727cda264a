import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { InspectionType } from '../../shared/domain/inspection';
import type { RecordStatus } from '../../shared/domain/record';
import type { CountyCode } from '../../shared/domain/counties';
import type { AppDatabase } from '../../src-renderer/db/database';
import {
  listInspections,
  saveDraft,
  type InspectionFilter,
} from '../../src-renderer/db/inspectionRepository';
import { makeInspection, makeSite } from '../fixtures/builders';
import { freshDatabase, storeAsIs } from './testDatabase';

interface Row {
  name: string;
  type: InspectionType;
  status: RecordStatus;
  county: CountyCode;
  updatedAt: string;
}

// Times in UTC; Shanghai is +8, so 16:00Z is local midnight.
const rows: Row[] = [
  {
    name: '孝义市ABC化工有限公司',
    type: 'vocs',
    status: 'draft',
    county: '141181',
    updatedAt: '2026-03-01T15:59:59.999Z',
  },
  {
    name: '孝义市鹏飞焦化有限公司',
    type: 'vocs',
    status: 'finalized',
    county: '141181',
    updatedAt: '2026-03-01T16:00:00.000Z',
  },
  {
    name: '离石区滨河北路安置房项目',
    type: 'dust',
    status: 'draft',
    county: '141102',
    updatedAt: '2026-03-02T02:00:00.000Z',
  },
  {
    name: '汾阳市杏花村汽修喷漆中心',
    type: 'vocs',
    status: 'draft',
    county: '141182',
    updatedAt: '2026-03-02T15:59:59.999Z',
  },
  {
    name: '交城县🌟星光建材厂',
    type: 'machinery',
    status: 'finalized',
    county: '141122',
    updatedAt: '2026-03-02T16:00:00.000Z',
  },
  {
    name: '吕梁　钢铁（集团）“东区”项目',
    type: 'dust',
    status: 'draft',
    county: '141102',
    updatedAt: '2026-02-28T16:00:00.000Z',
  },
  {
    name: '文水县𠀀字号化工厂',
    type: 'vocs',
    status: 'draft',
    county: '141121',
    updatedAt: '2026-02-27T00:00:00.000Z',
  },
  {
    name: `孝义${'长'.repeat(90)}化工有限公司`,
    type: 'vocs',
    status: 'draft',
    county: '141181',
    updatedAt: '2026-02-26T00:00:00.000Z',
  },
];

let db: AppDatabase;
const idByName = new Map<string, string>();

beforeAll(async () => {
  db = freshDatabase();
  for (const row of rows) {
    const inspection = makeInspection({
      type: row.type,
      status: row.status,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: row.updatedAt,
      site: makeSite({ name: row.name, countyCode: row.county }),
    });
    idByName.set(row.name, inspection.id);
    await storeAsIs(db, inspection);
  }
});
afterAll(async () => {
  await db.delete();
});

async function names(filter: InspectionFilter): Promise<string[]> {
  const { items, total } = await listInspections(db, filter);
  expect(total).toBeGreaterThanOrEqual(items.length);
  return items.map((s) => s.siteName);
}

const newestFirst = [...rows]
  .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
  .map((r) => r.name);
const pick = (pred: (r: Row) => boolean) =>
  newestFirst.filter((n) => pred(rows.find((r) => r.name === n) ?? rows[0]!));

describe('listInspections filters', () => {
  it('lists everything newest first with a total', async () => {
    const result = await listInspections(db, {});
    expect(result.total).toBe(rows.length);
    expect(result.items.map((s) => s.siteName)).toEqual(newestFirst);
    expect(result.items[0]).toMatchObject({
      type: 'machinery',
      status: 'finalized',
      countyCode: '141122',
      templateId: 'vocs-general',
    });
  });

  it.each<[string, InspectionFilter, (r: Row) => boolean]>([
    ['type', { type: 'vocs' }, (r) => r.type === 'vocs'],
    ['status', { status: 'finalized' }, (r) => r.status === 'finalized'],
    ['county', { countyCode: '141102' }, (r) => r.county === '141102'],
    [
      'type + status',
      { type: 'vocs', status: 'draft' },
      (r) => r.type === 'vocs' && r.status === 'draft',
    ],
    [
      'status + county',
      { status: 'draft', countyCode: '141181' },
      (r) => r.status === 'draft' && r.county === '141181',
    ],
    [
      'all three',
      { type: 'dust', status: 'draft', countyCode: '141102' },
      (r) => r.type === 'dust' && r.county === '141102',
    ],
    ['a county with nothing', { countyCode: '141127' }, () => false],
    ['empty strings mean no filter', { from: '', to: '', search: '  ' }, () => true],
  ])('%s', async (_name, filter, pred) => {
    const expected = pick(pred);
    expect(await names(filter)).toEqual(expected);
    expect((await listInspections(db, filter)).total).toBe(expected.length);
  });

  it.each<[string, InspectionFilter, string[]]>([
    [
      'one day holds 00:00 to 23:59:59.999 local',
      { from: '2026-03-02', to: '2026-03-02' },
      ['汾阳市杏花村汽修喷漆中心', '离石区滨河北路安置房项目', '孝义市鹏飞焦化有限公司'],
    ],
    [
      'the day before ends at 15:59:59.999Z',
      { to: '2026-03-01' },
      ['孝义市ABC化工有限公司', rows[5]!.name, rows[6]!.name, rows[7]!.name],
    ],
    ['from is inclusive at 16:00Z the day before', { from: '2026-03-03' }, ['交城县🌟星光建材厂']],
    [
      'range and filter combine',
      { from: '2026-03-01', to: '2026-03-02', type: 'vocs' },
      ['汾阳市杏花村汽修喷漆中心', '孝义市鹏飞焦化有限公司', '孝义市ABC化工有限公司'],
    ],
    [
      'local 1 March starts 28 Feb 16:00Z',
      { from: '2026-03-01', to: '2026-03-01', status: 'draft' },
      ['孝义市ABC化工有限公司', rows[5]!.name],
    ],
  ])('date range: %s', async (_name, filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });

  it.each(['2026-3-1', '2026-02-30', '2026-13-01', 'yesterday'])(
    'rejects the date %j',
    async (from) => {
      await expect(listInspections(db, { from })).rejects.toBeInstanceOf(RangeError);
    },
  );
});

describe('listInspections search', () => {
  it.each<[string, string[]]>([
    ['化工', ['孝义市ABC化工有限公司', '文水县𠀀字号化工厂', rows[7]!.name]],
    ['孝义', ['孝义市鹏飞焦化有限公司', '孝义市ABC化工有限公司', rows[7]!.name]],
    ['abc', ['孝义市ABC化工有限公司']],
    ['ＡＢＣ', ['孝义市ABC化工有限公司']],
    ['bc化', ['孝义市ABC化工有限公司']],
    ['义市Ab', ['孝义市ABC化工有限公司']],
    ['市abd', []],
    ['🌟', ['交城县🌟星光建材厂']],
    ['🌟星', ['交城县🌟星光建材厂']],
    ['吕梁 钢铁', [rows[5]!.name]],
    ['吕梁　钢铁', [rows[5]!.name]],
    ['“东区”', [rows[5]!.name]],
    ['(集团)', [rows[5]!.name]],
    ['𠀀字', ['文水县𠀀字号化工厂']],
    ['长长长长长长长长长长长长长长长长长长长长化工', [rows[7]!.name]],
    ['焦化 ', ['孝义市鹏飞焦化有限公司']],
    ['不存在', []],
  ])('%j finds exactly %j', async (search, expected) => {
    const { items, total } = await listInspections(db, { search });
    expect(items.map((s) => s.siteName)).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it('combines with filters and date ranges', async () => {
    expect(await names({ search: '孝义', status: 'draft' })).toEqual([
      '孝义市ABC化工有限公司',
      rows[7]!.name,
    ]);
    expect(await names({ search: '孝义', from: '2026-03-02' })).toEqual(['孝义市鹏飞焦化有限公司']);
  });

  it('follows a rename of the site in a draft', async () => {
    const id = idByName.get('汾阳市杏花村汽修喷漆中心');
    const stored = id ? await db.inspections.get(id) : undefined;
    if (!stored) throw new Error('fixture missing');
    await saveDraft(db, { ...stored, site: { ...stored.site, name: '汾阳市杏花村新汽修中心' } });
    expect(await names({ search: '喷漆' })).toEqual([]);
    expect(await names({ search: '新汽修' })).toEqual(['汾阳市杏花村新汽修中心']);
    await saveDraft(db, { ...stored, site: { ...stored.site, name: '汾阳市杏花村汽修喷漆中心' } });
  });
});

describe('listInspections paging', () => {
  let paged: AppDatabase;
  beforeAll(async () => {
    paged = freshDatabase();
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let i = 0; i < 120; i++) {
      vi.setSystemTime(Date.UTC(2026, 4, 1, 0, 0, i));
      const inspection = makeInspection({
        type: i % 3 === 0 ? 'dust' : 'vocs',
        site: makeSite({ name: `第${i}号化工厂` }),
      });
      await saveDraft(paged, inspection);
    }
    vi.useRealTimers();
  });
  afterAll(async () => {
    await paged.delete();
  });

  it('pages cover everything once, newest first, with stable totals', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 130; offset += 50) {
      const page = await listInspections(paged, { offset, limit: 50 });
      expect(page.total).toBe(120);
      seen.push(...page.items.map((s) => s.siteName));
    }
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => `第${119 - i}号化工厂`));
  });

  it('defaults to 50 and pages filtered and searched lists too', async () => {
    expect((await listInspections(paged, {})).items).toHaveLength(50);
    const dust = await listInspections(paged, { type: 'dust', offset: 30, limit: 50 });
    expect(dust.total).toBe(40);
    expect(dust.items.map((s) => s.siteName)).toEqual(
      Array.from({ length: 10 }, (_, i) => `第${(9 - i) * 3}号化工厂`),
    );
    const search = await listInspections(paged, { search: '1号', limit: 5, offset: 5 });
    // 1, 11, 21, …, 111: twelve names contain "1号".
    expect(search.total).toBe(12);
    expect(search.items.map((s) => s.siteName)).toEqual([
      '第61号化工厂',
      '第51号化工厂',
      '第41号化工厂',
      '第31号化工厂',
      '第21号化工厂',
    ]);
  });
});
