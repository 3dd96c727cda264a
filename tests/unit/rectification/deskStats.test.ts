import { describe, expect, it } from 'vitest';
import { Inspection } from '../../../shared/domain/inspection';
import { deskStats, median } from '../../../shared/rectification/deskStats';
import { deriveRectificationItems } from '../../../shared/rectification/rectificationState';
import { makeSite } from '../../fixtures/builders';
import { finding, original, recheck } from './rectificationFixtures';

const failing = (record: Inspection, itemIds: string[]): Inspection => ({
  ...record,
  answers: {
    ...record.answers,
    ...Object.fromEntries(itemIds.map((id) => [id, { result: 'fail' as const, note: '' }])),
  },
});

describe('desk statistics', () => {
  it('takes the median of odd and even counts, undefined for none', () => {
    expect(median([])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('counts inspections, non-compliance, most-failed items and items by state, filtered', () => {
    const a = failing(original([finding('2026-03-20'), finding('2026-03-21')]), ['x.1', 'x.2']);
    const b = failing(original([finding('2026-03-25')], '2026-03-16T01:00:00.000Z'), ['x.2']);
    const c = original([], '2026-04-02T01:00:00.000Z');
    const elsewhere = Inspection.parse({
      ...c,
      id: finding('').id,
      site: makeSite({ countyCode: '141181' }),
    });
    const check = recheck(a, [a], '2026-03-23T02:00:00.000Z', (_, i) =>
      i === 0 ? { outcome: 'rectified' } : { outcome: 'referred' },
    );
    const records = [a, b, c, elsewhere, check];
    const items = deriveRectificationItems(records, new Date('2026-03-30T00:00:00.000Z'));
    const all = deskStats(records, items);
    expect(all).toMatchObject({
      inspections: 4,
      nonCompliant: 2,
      nonComplianceRate: 0.5,
      mostFailed: [
        { itemId: 'x.2', count: 2 },
        { itemId: 'x.1', count: 1 },
      ],
      items: { open: 0, 'due-soon': 0, overdue: 1, closed: 1, referred: 1 },
      medianDaysToClosure: 8,
    });
    const march = deskStats(records, items, {
      from: '2026-03-01',
      to: '2026-03-31',
      countyCode: a.site.countyCode,
    });
    expect(march).toMatchObject({ inspections: 2, nonCompliant: 2, nonComplianceRate: 1 });
    expect(deskStats(records, items, { inspector: '没有此人' })).toMatchObject({
      inspections: 0,
      nonComplianceRate: 0,
      medianDaysToClosure: undefined,
    });
  });
});
