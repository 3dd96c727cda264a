// A machine under 37 kW in a zone that judges smoke against GB 36886 Ⅲ类 is judged (Ⅲ类 sets
// no value below 37 kW): against its own stage's class, which the printed source says (issue 9).
import { describe, expect, it } from 'vitest';
import { judgeReading } from '../../../shared/templates/judge';
import { limitContextFromFacts } from '../../../shared/templates/limitContext';
import { limits } from '../../../shared/templates/limits';
import { resolveLimit } from '../../../shared/templates/resolveLimit';
import { readingItem } from './testItems';

const opacity = readingItem('machinery.smoke.opacity');
const resolve = (facts: Record<string, string | number>) =>
  resolveLimit(limits, {}, opacity.limitRef, limitContextFromFacts(facts));

describe('smoke opacity in a Ⅲ类 zone', () => {
  it('judges a 25 kW China III machine against Ⅱ类 19≤P<37 kW (1.00 m⁻¹), naming the fallback', () => {
    const r = resolve({ emissionStage: 'china3', ratedPowerKw: 25, zoneRule: 'class3-only' });
    expect(r).toMatchObject({ ok: true, limit: { max: 1 } });
    if (!r.ok) throw new Error('unresolved');
    expect(r.limit.source).toContain('Ⅲ类 19≤P<37 kW无限值，按排放阶段Ⅱ类 19≤P<37 kW');
    // At the limit passes (inclusive), one step above fails.
    expect(judgeReading(opacity, [1, 1, 1], r).exceeded).toBe(false);
    expect(judgeReading(opacity, [1.01, 1.01, 1.01], r).exceeded).toBe(true);
  });

  it('judges a 15 kW China II machine against Ⅰ类 P<19 kW (3.00 m⁻¹)', () => {
    const r = resolve({ emissionStage: 'china2', ratedPowerKw: 15, zoneRule: 'class3-only' });
    expect(r).toMatchObject({ ok: true, limit: { max: 3 } });
  });

  it('keeps Ⅲ类 from 37 kW: the boundary machine is judged against 0.50', () => {
    const r = resolve({ emissionStage: 'china3', ratedPowerKw: 37, zoneRule: 'class3-only' });
    expect(r).toMatchObject({ ok: true, limit: { max: 0.5 } });
    if (!r.ok) throw new Error('unresolved');
    expect(r.limit.source).not.toContain('按排放阶段');
    const below = resolve({ emissionStage: 'china3', ratedPowerKw: 36.9, zoneRule: 'class3-only' });
    expect(below).toMatchObject({ ok: true, limit: { max: 1 } });
  });

  it('still says 未确定 when the stage is unknown', () => {
    expect(resolve({ ratedPowerKw: 25, zoneRule: 'class3-only' })).toMatchObject({ ok: false });
  });
});
