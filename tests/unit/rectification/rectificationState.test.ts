import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, shanghaiToday } from '../../../shared/rectification/calendarDays';
import {
  daysToClosure,
  deriveRectificationItems,
  type RectificationItem,
} from '../../../shared/rectification/rectificationState';
import { amend, finding, original, recheck } from './rectificationFixtures';

const at = (iso: string) => new Date(iso);
const only = (items: RectificationItem[]): RectificationItem => {
  expect(items).toHaveLength(1);
  return items[0] as RectificationItem;
};

describe('calendar days in Asia/Shanghai', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('takes today from the Shanghai day, whatever the laptop clock zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
      process.env.TZ = tz;
      // 16:00 UTC is already midnight in Shanghai.
      expect(shanghaiToday(at('2026-03-20T15:59:59.999Z'))).toBe('2026-03-20');
      expect(shanghaiToday(at('2026-03-20T16:00:00.000Z'))).toBe('2026-03-21');
    }
  });

  it('counts across month ends, year ends and leap days', () => {
    expect(daysBetween('2026-01-31', '2026-02-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('refuses days that are not on the calendar', () => {
    expect(() => daysBetween('2026-02-29', '2026-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2026-13-01', '2026-03-01')).toThrow(RangeError);
    expect(() => addDays('20260301', 1)).toThrow(RangeError);
  });
});

describe('rectification states', () => {
  it('is open, due soon within three days, overdue the day after the deadline', () => {
    const record = original([finding('2026-03-31')]);
    const stateOn = (iso: string) => only(deriveRectificationItems([record], at(iso)));
    expect(stateOn('2026-03-27T15:00:00.000Z')).toMatchObject({ state: 'open', daysLeft: 4 });
    // 2026-03-27T16:00Z is 03-28 00:00 in Shanghai: three days left.
    expect(stateOn('2026-03-27T16:00:00.000Z')).toMatchObject({ state: 'due-soon', daysLeft: 3 });
    expect(stateOn('2026-03-31T15:59:00.000Z')).toMatchObject({ state: 'due-soon', daysLeft: 0 });
    expect(stateOn('2026-03-31T16:00:00.000Z')).toMatchObject({ state: 'overdue', daysLeft: -1 });
  });

  it('is the same whatever the zone of the clock that computes it', () => {
    const record = original([finding('2026-02-28')]);
    const zone = process.env.TZ;
    try {
      const states = ['UTC', 'America/New_York', 'Asia/Shanghai'].map((tz) => {
        process.env.TZ = tz;
        return only(deriveRectificationItems([record], at('2026-02-28T16:30:00.000Z'))).state;
      });
      expect(states).toEqual(['overdue', 'overdue', 'overdue']);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('counts a leap-day deadline as a real day', () => {
    const record = original([finding('2028-02-29')], '2028-02-20T01:00:00.000Z');
    expect(only(deriveRectificationItems([record], at('2028-02-28T02:00:00.000Z')))).toMatchObject({
      state: 'due-soon',
      daysLeft: 1,
    });
    expect(only(deriveRectificationItems([record], at('2028-03-01T02:00:00.000Z')))).toMatchObject({
      state: 'overdue',
      daysLeft: -1,
    });
  });

  it('ignores drafts and findings without a deadline', () => {
    const record = original([finding('2026-04-01'), { ...finding('2026-04-02'), deadline: '' }]);
    const draft = { ...record, id: finding('').id, status: 'draft' as const };
    expect(deriveRectificationItems([record, draft], at('2026-03-20T00:00:00.000Z'))).toHaveLength(
      1,
    );
  });

  it('closes an item rectified at a 复查 and refers another, keeping the history', () => {
    const record = original([finding('2026-03-25', '甲'), finding('2026-03-26', '乙')]);
    const check = recheck(record, [record], '2026-03-27T02:00:00.000Z', (_, i) =>
      i === 0 ? { outcome: 'rectified', photos: [] } : { outcome: 'referred' },
    );
    const items = deriveRectificationItems([check, record], at('2026-04-10T00:00:00.000Z'));
    expect(items.map((i) => [i.description, i.state, i.settledOn])).toEqual([
      ['甲', 'closed', '2026-03-27'],
      ['乙', 'referred', '2026-03-27'],
    ]);
    expect(items[0]?.history.map((e) => e.recordId)).toEqual([check.id]);
    expect(daysToClosure(items[0] as RectificationItem)).toBe(12);
    expect(daysToClosure(items[1] as RectificationItem)).toBeUndefined();
    // A draft 复查 changes nothing.
    const draftCheck = { ...check, status: 'draft' as const };
    expect(
      deriveRectificationItems([draftCheck, record], at('2026-04-10T00:00:00.000Z')).map(
        (i) => i.state,
      ),
    ).toEqual(['overdue', 'overdue']);
  });

  it('follows a 复查 of a 复查: not rectified with a new deadline, then rectified', () => {
    const record = original([finding('2026-03-20')]);
    const first = recheck(record, [record], '2026-03-22T02:00:00.000Z', () => ({
      outcome: 'not-rectified',
      newDeadline: '2026-04-30',
    }));
    const afterFirst = only(
      deriveRectificationItems([record, first], at('2026-04-28T00:00:00.000Z')),
    );
    expect(afterFirst).toMatchObject({ state: 'due-soon', deadline: '2026-04-30', daysLeft: 2 });
    expect(
      only(deriveRectificationItems([record, first], at('2026-05-01T00:00:00.000Z'))).state,
    ).toBe('overdue');
    // The second 复查 is started from the first and follows the same item.
    const second = recheck(first, [record, first], '2026-05-02T02:00:00.000Z', () => ({
      outcome: 'rectified',
    }));
    expect(second.recheck?.of.id).toBe(first.id);
    expect(second.recheck?.items[0]?.deadline).toBe('2026-04-30');
    const closed = only(
      deriveRectificationItems([second, record, first], at('2026-06-01T00:00:00.000Z')),
    );
    expect(closed).toMatchObject({ state: 'closed', settledOn: '2026-05-02', recordId: record.id });
    expect(closed.history.map((e) => e.outcome)).toEqual(['not-rectified', 'rectified']);
  });

  it('keeps a 复查 in force when the original is amended after it', () => {
    const kept = finding('2026-03-20', '甲');
    const other = finding('2026-03-21', '乙');
    const record = original([kept, other]);
    const check = recheck(record, [record], '2026-03-22T02:00:00.000Z', (_, i) =>
      i === 0 ? { outcome: 'rectified' } : { outcome: 'not-rectified', newDeadline: '2026-04-15' },
    );
    // The amendment corrects the wording of both findings; their ids stay.
    const amended = amend(
      record,
      (draft) => ({
        findings: draft.findings.map((f) => ({ ...f, description: `${f.description}（更正）` })),
      }),
      '2026-03-25T02:00:00.000Z',
    );
    const items = deriveRectificationItems(
      [record, check, amended],
      at('2026-04-01T00:00:00.000Z'),
    );
    expect(items.map((i) => [i.description, i.state, i.deadline, i.recordId])).toEqual([
      ['甲（更正）', 'closed', '2026-03-20', amended.id],
      ['乙（更正）', 'open', '2026-04-15', amended.id],
    ]);
    // The same result whichever order the records arrive in (another device after sync).
    expect(
      deriveRectificationItems([amended, check, record], at('2026-04-01T00:00:00.000Z')),
    ).toEqual(items);
  });

  it('drops a finding an amendment removes, and counts an amended deadline', () => {
    const record = original([finding('2026-03-20', '甲'), finding('2026-03-21', '乙')]);
    const amended = amend(
      record,
      (draft) => ({
        findings: draft.findings
          .filter((f) => f.description === '乙')
          .map((f) => ({ ...f, deadline: '2026-05-01' })),
      }),
      '2026-03-16T02:00:00.000Z',
    );
    const item = only(deriveRectificationItems([record, amended], at('2026-04-01T00:00:00.000Z')));
    expect(item).toMatchObject({ description: '乙', deadline: '2026-05-01', state: 'open' });
    // A draft amendment does not replace the finalised record.
    const draft = { ...amended, status: 'draft' as const };
    expect(deriveRectificationItems([record, draft], at('2026-04-01T00:00:00.000Z'))).toHaveLength(
      2,
    );
  });

  it('survives hostile links: a cycle of amendments and a 复查 of an unknown record', () => {
    const a = original([finding('2026-03-20')]);
    const b = original([finding('2026-03-20')]);
    const cyclicA = { ...a, amends: { id: b.id, hash: b.hash ?? '' } };
    const cyclicB = { ...b, amends: { id: a.id, hash: a.hash ?? '' } };
    const items = deriveRectificationItems([cyclicA, cyclicB], at('2026-03-18T00:00:00.000Z'));
    expect(items.length).toBeGreaterThanOrEqual(1);
    const orphan = recheck(a, [a], '2026-03-19T00:00:00.000Z', () => ({ outcome: 'rectified' }));
    expect(
      deriveRectificationItems([orphan, b], at('2026-03-19T00:00:00.000Z')).map((i) => i.state),
    ).toEqual(['due-soon']);
  });
});
