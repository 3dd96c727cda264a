import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/templates/limits';
import type { LimitOverrides } from '../../../shared/templates/limitSchema';
import {
  powerBandFor,
  resolveLimit,
  type LimitContext,
} from '../../../shared/templates/resolveLimit';

const none: LimitOverrides = {};

describe('resolveLimit: control-level variants (GB 37822 一般/特别控制要求)', () => {
  // Expected numbers are docs/domain.md's, written out here so a data typo cannot pass.
  const cases = [
    { id: 'vocs.plant-area-nmhc-1h', level: 'general', max: 10 },
    { id: 'vocs.plant-area-nmhc-1h', level: 'special', max: 6 },
    { id: 'vocs.plant-area-nmhc-single', level: 'general', max: 30 },
    { id: 'vocs.plant-area-nmhc-single', level: 'special', max: 20 },
    { id: 'vocs.ldar-leak-gas-or-volatile-liquid', level: 'general', max: 5000 },
    { id: 'vocs.ldar-leak-gas-or-volatile-liquid', level: 'special', max: 2000 },
    { id: 'vocs.ldar-leak-other', level: 'general', max: 2000 },
    { id: 'vocs.ldar-leak-other', level: 'special', max: 500 },
    { id: 'vocs.open-liquid-surface', level: 'general', max: 200 },
    { id: 'vocs.open-liquid-surface', level: 'special', max: 100 },
  ] as const;

  it.each(cases)('$id, $level → ≤$max', ({ id, level, max }) => {
    const r = resolveLimit(limits, none, id, { controlLevel: level });
    expect(r).toMatchObject({ ok: true, limit: { limitId: id, max, overridden: false } });
    if (r.ok)
      expect(r.limit.source).toContain(level === 'general' ? '一般控制要求' : '特别控制要求');
  });

  it('needs the control level rather than guessing', () => {
    expect(resolveLimit(limits, none, 'vocs.open-liquid-surface', {})).toMatchObject({
      ok: false,
      reason: 'control-level-required',
    });
  });

  it('answers unknown-limit for a name not in the table', () => {
    expect(resolveLimit(limits, none, 'vocs.no-such-limit', {})).toMatchObject({
      ok: false,
      reason: 'unknown-limit',
    });
  });
});

describe('resolveLimit: single limits', () => {
  const cases = [
    { id: 'vocs.hood-face-velocity', min: 0.3, max: undefined },
    { id: 'vocs.duct-seal-leak', min: undefined, max: 500 },
    { id: 'vocs.boundary-nmhc', min: undefined, max: 4.0 },
    { id: 'vocs.treatment-efficiency', min: 80, max: undefined },
    { id: 'vocs.activated-carbon-iodine-granular', min: 800, max: undefined },
    { id: 'vocs.activated-carbon-iodine-honeycomb', min: 650, max: undefined },
    { id: 'vocs.station.al-ratio', min: 1.0, max: 1.2 },
    { id: 'vocs.station.sealed-point-leak', min: undefined, max: 500 },
    { id: 'vocs.station.processing-unit-outlet', min: undefined, max: 25 },
    { id: 'nrmm.ringelmann', min: undefined, max: 1 },
  ];
  it.each(cases)('$id → min $min, max $max, with its source', ({ id, min, max }) => {
    const r = resolveLimit(limits, none, id, {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.limit.min).toBe(min);
    expect(r.limit.max).toBe(max);
    expect(r.limit.source).toBe(limits.find((l) => l.id === id)?.source);
  });
});

describe('GB 36886 power bands: a boundary belongs to the band written with ≤', () => {
  it.each([
    [0.5, 'below19'],
    [18.99, 'below19'],
    [19, 'from19to37'],
    [36.99, 'from19to37'],
    [37, 'from37to560'],
    [560, 'from37to560'],
    [560.01, 'above560'],
    [0, undefined],
    [-5, undefined],
    [Number.NaN, undefined],
  ] as const)('%s kW → %s', (kw, band) => {
    expect(powerBandFor(kw)).toBe(band);
  });
});

describe('resolveLimit: smoke opacity by class × power band (GB 36886-2018 表1)', () => {
  const table = {
    I: [3.0, 2.0, 1.61, 2.0],
    II: [2.0, 1.0, 0.8, 1.0],
    III: [null, null, 0.5, 0.5],
  } as const;
  // Two powers per band, including each boundary: 19, 37 and 560 kW.
  const powers = [
    [10, 0],
    [18.9, 0],
    [19, 1],
    [36.9, 1],
    [37, 2],
    [560, 2],
    [560.1, 3],
    [800, 3],
  ] as const;
  const cases = (['I', 'II', 'III'] as const).flatMap((machineClass) =>
    powers.map(([kw, band]) => ({ machineClass, kw, expected: table[machineClass][band] })),
  );

  it.each(cases)(
    'class $machineClass at $kw kW → $expected m⁻¹',
    ({ machineClass, kw, expected }) => {
      const r = resolveLimit(limits, none, 'nrmm.smoke-opacity', {
        machineClass,
        ratedPowerKw: kw,
      });
      if (expected === null) {
        expect(r).toMatchObject({ ok: false, reason: 'not-applicable' });
      } else {
        expect(r).toMatchObject({ ok: true, limit: { max: expected, unit: 'm⁻¹' } });
        if (r.ok) expect(r.limit.source).toMatch(/^GB 36886-2018 表1（[ⅠⅡⅢ]类 /);
      }
    },
  );

  it.each([
    [{ ratedPowerKw: 100 }, 'machine-class-required'],
    [{ machineClass: 'II' }, 'rated-power-required'],
    [{ machineClass: 'II', ratedPowerKw: 0 }, 'rated-power-required'],
  ] as const satisfies readonly [LimitContext, string][])('%j → %s', (context, reason) => {
    expect(resolveLimit(limits, none, 'nrmm.smoke-opacity', context)).toMatchObject({
      ok: false,
      reason,
    });
  });

  it('prints the class and band it applied', () => {
    const r = resolveLimit(limits, none, 'nrmm.smoke-opacity', {
      machineClass: 'II',
      ratedPowerKw: 37,
    });
    expect(r.ok && r.limit.source).toBe('GB 36886-2018 表1（Ⅱ类 37≤P≤560 kW）');
  });
});

describe('resolveLimit: office overrides', () => {
  const overrides: LimitOverrides = {
    'vocs.station.processing-unit-outlet': {
      values: { kind: 'single', bound: { max: 20 } },
      unit: 'g/m³',
      source: '吕梁市生态环境局通知（示例）',
    },
    'vocs.open-liquid-surface': {
      values: { kind: 'single', bound: { max: 150 } },
      unit: 'μmol/mol',
      source: 'GB 37822-2019 §9.2（核实本）',
    },
    'nrmm.ringelmann': {
      values: { kind: 'single', bound: { max: 1 } },
      unit: 'm⁻¹',
      source: 'wrong unit',
    },
  };

  it('replaces the default and records its own source', () => {
    const r = resolveLimit(limits, overrides, 'vocs.station.processing-unit-outlet', {});
    expect(r).toEqual({
      ok: true,
      limit: {
        limitId: 'vocs.station.processing-unit-outlet',
        max: 20,
        unit: 'g/m³',
        source: '吕梁市生态环境局通知（示例）',
        confidence: 'R',
        overridden: true,
      },
    });
  });

  it('may replace control-level variants with a single value', () => {
    const r = resolveLimit(limits, overrides, 'vocs.open-liquid-surface', {
      controlLevel: 'special',
    });
    expect(r).toMatchObject({
      ok: true,
      limit: { max: 150, source: 'GB 37822-2019 §9.2（核实本）', overridden: true },
    });
  });

  it('leaves other limits at their defaults', () => {
    const r = resolveLimit(limits, overrides, 'vocs.boundary-nmhc', {});
    expect(r).toMatchObject({ ok: true, limit: { max: 4.0, overridden: false } });
  });

  it('refuses an override in another unit', () => {
    expect(resolveLimit(limits, overrides, 'nrmm.ringelmann', {})).toMatchObject({
      ok: false,
      reason: 'override-unit-mismatch',
    });
  });

  it('ignores inherited object keys as limit ids', () => {
    expect(resolveLimit(limits, overrides, 'toString', {})).toMatchObject({
      ok: false,
      reason: 'unknown-limit',
    });
  });
});
