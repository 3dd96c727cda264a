// The limits schema expresses strict bounds (< and >) as well as inclusive ones, so "at or
// above the leak definition is a leak" is data (issue 9); judged and printed at the boundary.
import { describe, expect, it } from 'vitest';
import { limitText } from '../../../shared/pdf/readingText';
import { judgeReading } from '../../../shared/templates/judge';
import { LimitBound, LimitOverride, LimitsTable } from '../../../shared/templates/limitSchema';
import { limits } from '../../../shared/templates/limits';
import { resolveLimit } from '../../../shared/templates/resolveLimit';
import { readingItem } from './testItems';

describe('LimitBound', () => {
  it('accepts strict and inclusive ends, and a flag only with its bound', () => {
    expect(LimitBound.safeParse({ max: 2000, maxExclusive: true }).success).toBe(true);
    expect(LimitBound.safeParse({ min: 0, minExclusive: true, max: 5 }).success).toBe(true);
    expect(LimitBound.safeParse({ min: 1, maxExclusive: true }).success).toBe(false);
    expect(LimitBound.safeParse({ max: 1, minExclusive: true }).success).toBe(false);
    expect(LimitBound.safeParse({ max: 1, maxExclusive: 'yes' }).success).toBe(false);
  });

  it('keeps the shipped table valid', () => {
    expect(LimitsTable.safeParse(limits).success).toBe(true);
  });
});

describe('a strict bound at its boundary', () => {
  const ldar = readingItem('vocs.ldar.reading-gas-or-volatile-liquid');
  const judge = (value: number, overrides = {}) =>
    judgeReading(
      ldar,
      [value],
      resolveLimit(limits, overrides, ldar.limitRef, { controlLevel: 'special' }),
    );

  it('judges a reading equal to the leak definition as a leak, one below as none', () => {
    expect(judge(2000)).toMatchObject({ exceeded: true, reason: 'above-max' });
    expect(judge(1999)).toMatchObject({ exceeded: false, reason: 'within-limit' });
    expect(judge(2001)).toMatchObject({ exceeded: true });
  });

  it('lets an office override choose inclusive semantics, and the choice is applied', () => {
    const override = LimitOverride.parse({
      values: { kind: 'single', bound: { max: 2000 } },
      source: '吕环发〔2026〕9号',
      unit: 'μmol/mol',
    });
    expect(judge(2000, { [ldar.limitRef]: override })).toMatchObject({ exceeded: false });
  });

  it('judges a strict minimum: equal breaches, just above complies', () => {
    const face = readingItem('vocs.collection.face-velocity');
    const override = LimitOverride.parse({
      values: { kind: 'single', bound: { min: 0.3, minExclusive: true } },
      source: '测试',
      unit: 'm/s',
    });
    const resolution = resolveLimit(limits, { [face.limitRef]: override }, face.limitRef, {});
    expect(judgeReading(face, [0.3], resolution)).toMatchObject({ reason: 'below-min' });
    expect(judgeReading(face, [0.31], resolution)).toMatchObject({ exceeded: false });
  });

  it('prints < and > for strict bounds, ≤ and ≥ for inclusive ones', () => {
    const unit = 'μmol/mol';
    expect(limitText({ max: 2000, maxExclusive: true, unit, source: '' })).toBe('<2000 μmol/mol');
    expect(limitText({ max: 500, unit, source: '' })).toBe('≤500 μmol/mol');
    expect(limitText({ min: 0.3, minExclusive: true, unit: 'm/s', source: '' })).toBe('>0.3 m/s');
    expect(limitText({ min: 1, max: 1.2, unit: 'ratio', source: '' })).not.toContain('<');
    expect(limitText({ min: 0, minExclusive: true, max: 5, unit: 'm', source: '' })).toBe(
      '>0 且 ≤5 m',
    );
  });
});
