import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../shared/domain/inspection';
import { findingRequired, judgeReading } from '../../../shared/templates/judge';
import { limits } from '../../../shared/templates/limits';
import { resolveLimit, type LimitContext } from '../../../shared/templates/resolveLimit';
import { readingItem, templateItem } from './testItems';

const general: LimitContext = { controlLevel: 'general' };
const special: LimitContext = { controlLevel: 'special' };

function judge(itemId: string, values: readonly number[], context: LimitContext = {}) {
  const item = readingItem(itemId);
  return judgeReading(item, values, resolveLimit(limits, {}, item.limitRef, context));
}

/** n copies of a value, for items whose method takes repeats. */
function repeated(itemId: string, value: number): number[] {
  return Array.from({ length: readingItem(itemId).repeats }, () => value);
}

/**
 * Every judged limit at its boundary. `side` says which end; `step` is one unit of the
 * item's rounding. At the limit passes (bounds are inclusive), one step beyond fails,
 * one step inside passes. Limits are docs/domain.md's numbers, written out independently.
 */
const boundaries = [
  { item: 'vocs.collection.face-velocity', context: {}, side: 'min', limit: 0.3, step: 0.01 },
  { item: 'vocs.ambient.plant-nmhc-hourly', context: general, side: 'max', limit: 10, step: 0.1 },
  { item: 'vocs.ambient.plant-nmhc-hourly', context: special, side: 'max', limit: 6, step: 0.1 },
  { item: 'vocs.ambient.plant-nmhc-single', context: general, side: 'max', limit: 30, step: 0.1 },
  { item: 'vocs.ambient.plant-nmhc-single', context: special, side: 'max', limit: 20, step: 0.1 },
  { item: 'vocs.ambient.boundary-nmhc', context: {}, side: 'max', limit: 4.0, step: 0.01 },
  {
    item: 'vocs.ldar.reading-gas-or-volatile-liquid',
    context: general,
    side: 'max',
    limit: 5000,
    step: 1,
    strict: true,
  },
  {
    item: 'vocs.ldar.reading-gas-or-volatile-liquid',
    context: special,
    side: 'max',
    limit: 2000,
    step: 1,
    strict: true,
  },
  {
    item: 'vocs.ldar.reading-other',
    context: general,
    side: 'max',
    limit: 2000,
    step: 1,
    strict: true,
  },
  {
    item: 'vocs.ldar.reading-other',
    context: special,
    side: 'max',
    limit: 500,
    step: 1,
    strict: true,
  },
  {
    item: 'vocs.open-surface.reading',
    context: general,
    side: 'max',
    limit: 200,
    step: 1,
    strict: true,
  },
  {
    item: 'vocs.open-surface.reading',
    context: special,
    side: 'max',
    limit: 100,
    step: 1,
    strict: true,
  },
  { item: 'vocs.collection.duct-seal-leak', context: {}, side: 'max', limit: 500, step: 1 },
  { item: 'vocs.treatment.efficiency', context: {}, side: 'min', limit: 80, step: 0.1 },
  { item: 'vocs.tanks.treatment-efficiency', context: general, side: 'min', limit: 80, step: 0.1 },
  { item: 'vocs.tanks.treatment-efficiency', context: special, side: 'min', limit: 90, step: 0.1 },
  { item: 'vocs.treatment.iodine-granular', context: {}, side: 'min', limit: 800, step: 1 },
  { item: 'vocs.treatment.iodine-honeycomb', context: {}, side: 'min', limit: 650, step: 1 },
  { item: 'vocs.station.al-ratio', context: {}, side: 'min', limit: 1.0, step: 0.01 },
  { item: 'vocs.station.al-ratio', context: {}, side: 'max', limit: 1.2, step: 0.01 },
  { item: 'vocs.station.sealed-point-leak', context: {}, side: 'max', limit: 500, step: 1 },
  { item: 'vocs.station.processing-unit-outlet', context: {}, side: 'max', limit: 25, step: 0.1 },
  { item: 'vocs.station.boundary', context: {}, side: 'max', limit: 4.0, step: 0.01 },
  { item: 'vocs.station.liquid-resistance-18', context: {}, side: 'max', limit: 40, step: 1 },
  { item: 'vocs.station.liquid-resistance-28', context: {}, side: 'max', limit: 90, step: 1 },
  { item: 'vocs.station.liquid-resistance-38', context: {}, side: 'max', limit: 155, step: 1 },
  { item: 'dust.enclosure.height', context: {}, side: 'min', limit: 1.8, step: 0.1 },
  { item: 'dust.enclosure.height-main-road', context: {}, side: 'min', limit: 2.5, step: 0.1 },
  { item: 'machinery.smoke.ringelmann', context: {}, side: 'max', limit: 1, step: 1 },
] as const;

const boundaryCases = boundaries.flatMap((b) => {
  const outward = b.side === 'max' ? 1 : -1;
  const level = 'controlLevel' in b.context ? b.context.controlLevel : '-';
  // Strict bounds (GB 37822 §8.3, §9.2: at or above the value is a leak / needs covers):
  // equal to the limit breaches.
  const strict = 'strict' in b && b.strict;
  return [
    {
      ...b,
      level,
      where: strict ? 'at the limit (strict: equal breaches)' : 'at the limit',
      reading: b.limit,
      exceeded: strict,
      reason: strict ? 'above-max' : 'within-limit',
    },
    {
      ...b,
      level,
      where: 'just beyond',
      reading: b.limit + outward * b.step,
      exceeded: true,
      reason: b.side === 'max' ? 'above-max' : 'below-min',
    },
    {
      ...b,
      level,
      where: 'just inside',
      reading: b.limit - outward * b.step,
      exceeded: false,
      reason: 'within-limit',
    },
  ];
});

describe('judgeReading at every limit boundary', () => {
  it.each(boundaryCases)(
    '$item ($level) $where: $reading → exceeded $exceeded',
    ({ item, context, reading, exceeded, reason, side, limit }) => {
      const result = judge(item, repeated(item, reading), context);
      expect(result.exceeded).toBe(exceeded);
      expect(result.reason).toBe(reason);
      expect(result.value).toBeCloseTo(reading, 6);
      expect(result.limit?.[side]).toBe(limit);
      expect(result.limit?.source).toBeTruthy();
    },
  );
});

describe('judgeReading when a reading cannot be judged', () => {
  const cases = [
    {
      case: 'missing reading',
      item: 'vocs.collection.face-velocity',
      values: [],
      context: {},
      reason: 'missing',
    },
    {
      case: 'missing smoke readings',
      item: 'machinery.smoke.opacity',
      values: [],
      context: { machineClass: 'II', ratedPowerKw: 100 },
      reason: 'missing',
    },
    {
      case: 'two of three smoke readings',
      item: 'machinery.smoke.opacity',
      values: [0.5, 0.6],
      context: { machineClass: 'II', ratedPowerKw: 100 },
      reason: 'incomplete',
    },
    {
      case: 'four smoke readings',
      item: 'machinery.smoke.opacity',
      values: [0.5, 0.6, 0.5, 0.5],
      context: { machineClass: 'II', ratedPowerKw: 100 },
      reason: 'too-many-values',
    },
    {
      case: 'two of three hourly NMHC samples',
      item: 'vocs.ambient.plant-nmhc-hourly',
      values: [5, 5],
      context: general,
      reason: 'incomplete',
    },
    {
      case: 'five hourly NMHC samples',
      item: 'vocs.ambient.plant-nmhc-hourly',
      values: [5, 5, 5, 5, 5],
      context: general,
      reason: 'too-many-values',
    },
    {
      case: 'not a number',
      item: 'vocs.collection.face-velocity',
      values: [Number.NaN],
      context: {},
      reason: 'invalid-value',
    },
    {
      case: 'control level unknown',
      item: 'vocs.open-surface.reading',
      values: [150],
      context: {},
      reason: 'limit-unavailable',
    },
    {
      case: 'class Ⅲ below 37 kW',
      item: 'machinery.smoke.opacity',
      values: [0.4, 0.4, 0.4],
      context: { machineClass: 'III', ratedPowerKw: 30 },
      reason: 'limit-unavailable',
    },
  ] as const;

  it.each(cases)(
    '$case → exceeded null ($reason), never a pass',
    ({ item, values, context, reason }) => {
      const result = judge(item, values, context);
      expect(result.exceeded).toBeNull();
      expect(result.reason).toBe(reason);
    },
  );

  it('still reports the value when only the limit is unavailable', () => {
    expect(judge('vocs.open-surface.reading', [150, 180], {}).value).toBe(180);
  });

  it('refuses to compare across units', () => {
    const item = readingItem('vocs.collection.face-velocity');
    const limit = resolveLimit(limits, {}, 'vocs.boundary-nmhc', {});
    expect(judgeReading(item, [0.5], limit)).toMatchObject({
      exceeded: null,
      reason: 'unit-mismatch',
    });
  });
});

describe('judgeReading: how repeats become the judged value', () => {
  const classII = { machineClass: 'II', ratedPowerKw: 100 } as const; // limit 0.80 m⁻¹
  const cases = [
    {
      case: 'smoke: mean of three, rounded to 2 decimals',
      item: 'machinery.smoke.opacity',
      values: [0.79, 0.8, 0.82],
      context: classII,
      value: 0.8,
      exceeded: false,
    },
    {
      case: 'smoke: mean 0.8067 rounds to 0.81 and exceeds 0.80',
      item: 'machinery.smoke.opacity',
      values: [0.8, 0.81, 0.81],
      context: classII,
      value: 0.81,
      exceeded: true,
    },
    {
      case: 'smoke: one high reading alone does not decide',
      item: 'machinery.smoke.opacity',
      values: [0.7, 0.7, 1.0],
      context: classII,
      value: 0.8,
      exceeded: false,
    },
    {
      case: 'smoke: mean exactly 0.805 rounds half to even (GB/T 8170)',
      item: 'machinery.smoke.opacity',
      values: [0.8, 0.8, 0.815],
      context: classII,
      value: 0.8,
      exceeded: false,
    },
    {
      case: 'face velocity: the weakest point decides',
      item: 'vocs.collection.face-velocity',
      values: [0.6, 0.29, 0.45],
      context: {},
      value: 0.29,
      exceeded: true,
    },
    {
      case: 'LDAR: the highest point decides',
      item: 'vocs.ldar.reading-other',
      values: [120, 2001, 40],
      context: general,
      value: 2001,
      exceeded: true,
    },
    {
      case: 'hourly NMHC: mean of four samples, 6.25 → 6.2 (half to even), above special 6',
      item: 'vocs.ambient.plant-nmhc-hourly',
      values: [5, 7, 6, 7],
      context: special,
      value: 6.2,
      exceeded: true,
    },
    {
      case: 'A/L: one nozzle below the range fails the item',
      item: 'vocs.station.al-ratio',
      values: [1.05, 0.98, 1.1],
      context: {},
      value: 0.98,
      exceeded: true,
    },
    {
      case: 'A/L: one nozzle above the range fails the item',
      item: 'vocs.station.al-ratio',
      values: [1.05, 1.21, 1.1],
      context: {},
      value: 1.21,
      exceeded: true,
    },
    {
      case: 'A/L: both ends of the range pass',
      item: 'vocs.station.al-ratio',
      values: [1.0, 1.2],
      context: {},
      value: 1.0,
      exceeded: false,
    },
  ] as const;

  it.each(cases)('$case', ({ item, values, context, value, exceeded }) => {
    const result = judge(item, values, context);
    expect(result.value).toBe(value);
    expect(result.exceeded).toBe(exceeded);
  });
});

describe('judgeReading: smoke opacity for every class × power band, as a mean of three', () => {
  const table = {
    I: [3.0, 2.0, 1.61, 2.0],
    II: [2.0, 1.0, 0.8, 1.0],
    III: [null, null, 0.5, 0.5],
  } as const;
  const powers = [
    [18, 0],
    [19, 1],
    [37, 2],
    [560, 2],
    [561, 3],
  ] as const;
  const cases = (['I', 'II', 'III'] as const).flatMap((machineClass) =>
    powers.map(([kw, band]) => ({ machineClass, kw, limit: table[machineClass][band] })),
  );

  it.each(cases)('class $machineClass, $kw kW: limit $limit', ({ machineClass, kw, limit }) => {
    const context = { machineClass, ratedPowerKw: kw };
    if (limit === null) {
      expect(judge('machinery.smoke.opacity', [0.1, 0.1, 0.1], context).exceeded).toBeNull();
      return;
    }
    expect(judge('machinery.smoke.opacity', [limit, limit, limit], context)).toMatchObject({
      value: limit,
      exceeded: false,
    });
    // Mean one hundredth above the limit.
    expect(judge('machinery.smoke.opacity', [limit, limit, limit + 0.03], context)).toMatchObject({
      exceeded: true,
      reason: 'above-max',
    });
    expect(judge('machinery.smoke.opacity', [limit - 0.03, limit, limit], context)).toMatchObject({
      exceeded: false,
    });
  });
});

describe('findingRequired', () => {
  const answer = (a: Partial<Answer>): Answer => ({ note: '', ...a });
  const cases = [
    {
      case: 'failed check',
      item: 'vocs.bypass.lead-sealed',
      answer: answer({ result: 'fail' }),
      required: true,
    },
    {
      case: 'passed check',
      item: 'vocs.bypass.lead-sealed',
      answer: answer({ result: 'pass' }),
      required: false,
    },
    {
      case: 'not applicable',
      item: 'vocs.bypass.lead-sealed',
      answer: answer({ result: 'na' }),
      required: false,
    },
    { case: 'unanswered', item: 'vocs.bypass.lead-sealed', answer: undefined, required: false },
    {
      case: 'exceeded reading',
      item: 'vocs.collection.face-velocity',
      answer: answer({ reading: { values: [0.2], unit: 'm/s', exceeded: true } }),
      required: true,
    },
    {
      case: 'compliant reading',
      item: 'vocs.collection.face-velocity',
      answer: answer({ reading: { values: [0.4], unit: 'm/s', exceeded: false } }),
      required: false,
    },
    {
      case: 'unjudged reading',
      item: 'vocs.collection.face-velocity',
      answer: answer({ reading: { values: [], unit: 'm/s' } }),
      required: false,
    },
    {
      case: 'reading marked failed by hand',
      item: 'vocs.collection.face-velocity',
      answer: answer({ result: 'fail' }),
      required: true,
    },
  ];
  it.each(cases)('$case → $required', ({ item, answer: a, required }) => {
    expect(findingRequired(a, templateItem(item))).toBe(required);
  });
});
