// The plan's five priority campaigns (issue 13, docs/domain.md "Priority campaigns"): each
// template is valid, cites the plan and a standard or notice on its items, shows the reading
// variant its facts select, and judges every limit at its boundary. Every bound here is
// inclusive (the sources write "不高于 / 最高允许" and "不低于 / 最低"), so a value equal to the
// limit complies and one rounding step beyond it fails. Limits are written out independently
// of the limits table, from docs/domain.md.
import { describe, expect, it } from 'vitest';
import { campaignLimits } from '../../../shared/templates/campaignLimits';
import { cateringFumesV1 } from '../../../shared/templates/cateringFumes.v1';
import { cleanTransportV1 } from '../../../shared/templates/cleanTransport.v1';
import { cokingV1 } from '../../../shared/templates/coking.v1';
import { denitrationV1 } from '../../../shared/templates/denitration.v1';
import { emergencyResponseV1 } from '../../../shared/templates/emergencyResponse.v1';
import { isVisible } from '../../../shared/templates/isVisible';
import { judgeReading } from '../../../shared/templates/judge';
import { LimitEntry, LimitOverride } from '../../../shared/templates/limitSchema';
import { limits } from '../../../shared/templates/limits';
import { latestTemplate } from '../../../shared/templates/registry';
import { resolveLimit } from '../../../shared/templates/resolveLimit';
import {
  allItems,
  ChecklistTemplate,
  findTemplateProblems,
} from '../../../shared/templates/templateSchema';
import { readingItem } from './testItems';

const PLAN = '吕政办发〔2021〕38号';
const campaigns = [
  emergencyResponseV1,
  cokingV1,
  cleanTransportV1,
  denitrationV1,
  cateringFumesV1,
] as const;

function judge(itemId: string, values: readonly number[], overrides = {}) {
  const item = readingItem(itemId);
  return judgeReading(item, values, resolveLimit(limits, overrides, item.limitRef, {}));
}

function repeated(itemId: string, value: number): number[] {
  return Array.from({ length: readingItem(itemId).repeats }, () => value);
}

describe.each(campaigns.map((t) => [t.id, t] as const))('campaign template %s', (_id, template) => {
  it('parses with the template schema and has no consistency problems', () => {
    const parsed = ChecklistTemplate.safeParse(template);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(findTemplateProblems(template)).toEqual([]);
  });

  it('is the version a new inspection of its type starts with', () => {
    expect(latestTemplate(template.type)).toBe(template);
  });

  it('cites the plan and a standard, notice or Air Law article on every item', () => {
    for (const { item } of allItems(template)) {
      expect(item.source, item.id).toContain(PLAN);
      const behind = item.source.replace(PLAN, '');
      expect(behind, item.id).toMatch(/GB|HJ|〔\d{4}〕|《[^》]+》/);
    }
  });

  it('judges each reading against a campaign limit in the reading’s unit, with its source', () => {
    for (const { item } of allItems(template)) {
      if (item.kind !== 'reading') continue;
      const entry = campaignLimits.find((l) => l.id === item.limitRef);
      expect(entry, item.limitRef).toBeDefined();
      expect(entry?.unit).toBe(item.unit);
      expect(LimitEntry.safeParse(entry).success).toBe(true);
      // The item cites the same standard or notice the limit does.
      expect(item.source, item.id).toContain(entry?.source.split(' 表')[0]);
    }
  });
});

describe('campaign limits', () => {
  it('carry a certainty tag and note why an unverified one is uncertain', () => {
    for (const entry of campaignLimits) {
      expect(['V', 'R', 'U']).toContain(entry.confidence);
      if (entry.confidence === 'U') expect('note' in entry && entry.note, entry.id).toBeTruthy();
    }
  });

  it('are inclusive: no campaign source writes a strict bound', () => {
    for (const entry of campaignLimits) {
      const bound: Record<string, unknown> = entry.values.bound;
      expect(bound['minExclusive'], entry.id).toBeUndefined();
      expect(bound['maxExclusive'], entry.id).toBeUndefined();
    }
  });
});

const boundaries = [
  { item: 'emergency-response.lines.reduction-yellow', side: 'min', limit: 10, step: 1 },
  { item: 'emergency-response.lines.reduction-orange', side: 'min', limit: 20, step: 1 },
  { item: 'emergency-response.lines.reduction-red', side: 'min', limit: 30, step: 1 },
  { item: 'coking.stack.pm-ultra-low', side: 'max', limit: 10, step: 0.1 },
  { item: 'coking.stack.so2-ultra-low', side: 'max', limit: 30, step: 0.1 },
  { item: 'coking.stack.nox-ultra-low', side: 'max', limit: 150, step: 0.1 },
  { item: 'coking.stack.pm-special', side: 'max', limit: 15, step: 0.1 },
  { item: 'coking.stack.so2-special', side: 'max', limit: 30, step: 0.1 },
  { item: 'coking.stack.nox-special', side: 'max', limit: 150, step: 0.1 },
  { item: 'coking.dedusting.pm-ultra-low', side: 'max', limit: 10, step: 0.1 },
  { item: 'coking.dedusting.pm-special', side: 'max', limit: 30, step: 0.1 },
  { item: 'coking.transport.clean-share', side: 'min', limit: 80, step: 1 },
  { item: 'clean-transport.fleet.clean-truck-share', side: 'min', limit: 100, step: 0.1 },
  { item: 'clean-transport.fleet.rail-share', side: 'min', limit: 80, step: 0.1 },
  { item: 'clean-transport.smoke.absorption', side: 'max', limit: 0.7, step: 0.01 },
  { item: 'clean-transport.smoke.ringelmann', side: 'max', limit: 1, step: 1 },
  { item: 'denitration.cems.nox-coal-boiler', side: 'max', limit: 200, step: 1 },
  { item: 'denitration.cems.nox-oil-boiler', side: 'max', limit: 200, step: 1 },
  { item: 'denitration.cems.nox-gas-boiler', side: 'max', limit: 150, step: 1 },
  { item: 'denitration.cems.nox-kiln', side: 'max', limit: 300, step: 1 },
  { item: 'catering-fumes.emission.concentration', side: 'max', limit: 2.0, step: 0.1 },
  { item: 'catering-fumes.emission.removal-small', side: 'min', limit: 60, step: 1 },
  { item: 'catering-fumes.emission.removal-medium', side: 'min', limit: 75, step: 1 },
  { item: 'catering-fumes.emission.removal-large', side: 'min', limit: 85, step: 1 },
] as const;

const boundaryCases = boundaries.flatMap((b) => {
  const outward = b.side === 'max' ? 1 : -1;
  const beyond = b.side === 'max' ? 'above-max' : 'below-min';
  return [
    { ...b, where: 'at the limit', reading: b.limit, exceeded: false, reason: 'within-limit' },
    {
      ...b,
      where: 'just beyond',
      reading: b.limit + outward * b.step,
      exceeded: true,
      reason: beyond,
    },
    {
      ...b,
      where: 'just inside',
      reading: b.limit - outward * b.step,
      exceeded: false,
      reason: 'within-limit',
    },
  ];
});

describe('campaign readings at every limit boundary', () => {
  it('covers every reading item of the five campaigns', () => {
    const readings = campaigns
      .flatMap((t) => allItems(t))
      .filter(({ item }) => item.kind === 'reading')
      .map(({ item }) => item.id);
    expect(new Set(boundaries.map((b) => b.item))).toEqual(new Set(readings));
  });

  it.each(boundaryCases)(
    '$item $where: $reading → exceeded $exceeded',
    ({ item, reading, exceeded, reason, side, limit }) => {
      const result = judge(item, repeated(item, reading));
      expect(result.exceeded).toBe(exceeded);
      expect(result.reason).toBe(reason);
      expect(result.limit?.[side]).toBe(limit);
    },
  );
});

describe('campaign judging details', () => {
  it('judges the weakest production line: one line cut by 18% fails an orange alert', () => {
    const item = 'emergency-response.lines.reduction-orange';
    expect(judge(item, [35, 18, 40])).toMatchObject({ value: 18, exceeded: true });
    expect(judge(item, [35, 20, 40])).toMatchObject({ value: 20, exceeded: false });
    // Eleven lines is more than the item takes: not judged rather than judged on ten.
    expect(
      judge(
        item,
        Array.from({ length: 11 }, () => 50),
      ).reason,
    ).toBe('too-many-values');
  });

  it('judges the highest CEMS hour on a coke-oven stack, rounded to 0.1 before comparing', () => {
    const item = 'coking.stack.pm-ultra-low';
    expect(judge(item, [6.2, 10.04, 8.9])).toMatchObject({ value: 10, exceeded: false });
    expect(judge(item, [6.2, 10.06, 8.9])).toMatchObject({ value: 10.1, exceeded: true });
  });

  it('averages three free accelerations; a missing one leaves the smoke check unjudged', () => {
    const item = 'clean-transport.smoke.absorption';
    expect(judge(item, [0.62, 0.71, 0.77])).toMatchObject({ value: 0.7, exceeded: false });
    expect(judge(item, [0.62, 0.75, 0.77])).toMatchObject({ value: 0.71, exceeded: true });
    expect(judge(item, [0.9, 0.9])).toMatchObject({ exceeded: null, reason: 'incomplete' });
  });

  it('averages the catering fume samples of a report', () => {
    const item = 'catering-fumes.emission.concentration';
    expect(judge(item, [1.8, 2.2, 2.1])).toMatchObject({ value: 2, exceeded: false });
    expect(judge(item, [2.3, 2.1, 2.0])).toMatchObject({ value: 2.1, exceeded: true });
  });

  it('applies the office’s override (a gas boiler low-NOx notice) and prints its source', () => {
    const override = LimitOverride.parse({
      values: { kind: 'single', bound: { max: 50 } },
      source: '吕环发〔2026〕3号',
      unit: 'mg/m³',
    });
    const item = 'denitration.cems.nox-gas-boiler';
    const overrides = { 'denitration.gas-boiler-nox': override };
    expect(judge(item, [51], overrides)).toMatchObject({ exceeded: true });
    expect(judge(item, [50], overrides).limit).toMatchObject({
      max: 50,
      source: '吕环发〔2026〕3号',
      overridden: true,
    });
    expect(judge(item, [51]).limit).toMatchObject({ source: 'GB 13271-2014 表3' });
  });
});

/** The reading ids of a template visible for these facts. */
function visibleReadings(
  template: ChecklistTemplate,
  facts: Record<string, string | number>,
): string[] {
  const context = { options: [], facts };
  return template.sections
    .filter((s) => isVisible(s.condition, context))
    .flatMap((s) => s.items)
    .filter((item) => item.kind === 'reading' && isVisible(item.condition, context))
    .map((item) => item.id);
}

describe('facts choose the limit variant', () => {
  it('the alert level picks one reduction reading; A-grade and leading enterprises have none', () => {
    for (const level of ['yellow', 'orange', 'red'])
      expect(
        visibleReadings(emergencyResponseV1, { alertLevel: level, performanceGrade: 'C' }),
      ).toEqual([`emergency-response.lines.reduction-${level}`]);
    for (const grade of ['A', 'leading'])
      expect(
        visibleReadings(emergencyResponseV1, { alertLevel: 'red', performanceGrade: grade }),
      ).toEqual([]);
  });

  it('staggered transport is asked at orange and red only', () => {
    const staggered = allItems(emergencyResponseV1).find(
      ({ item }) => item.id === 'emergency-response.transport.staggered',
    )?.item;
    const shown = (alertLevel: string) =>
      isVisible(staggered?.condition, {
        options: [],
        facts: { alertLevel, performanceGrade: 'B' },
      });
    expect([shown('yellow'), shown('orange'), shown('red')]).toEqual([false, true, true]);
  });

  it('a completed coking retrofit is judged on ultra-low values, any other on GB 16171', () => {
    const ultra = visibleReadings(cokingV1, { retrofit: 'completed', ovenHeight: 6 });
    expect(ultra.filter((id) => id.includes('special'))).toEqual([]);
    expect(ultra).toContain('coking.stack.pm-ultra-low');
    const special = visibleReadings(cokingV1, { retrofit: 'in-progress', ovenHeight: 6 });
    expect(special.filter((id) => id.includes('ultra-low'))).toEqual([]);
    expect(special).toContain('coking.stack.pm-special');
  });

  it('the 4.3 m phase-out item shows for ovens of 4.3 m or less only', () => {
    const item = allItems(cokingV1).find(
      ({ item }) => item.id === 'coking.schedule.small-ovens-closed',
    )?.item;
    const shown = (ovenHeight: number) =>
      isVisible(item?.condition, { options: [], facts: { ovenHeight } });
    expect([shown(3.8), shown(4.3), shown(4.31), shown(6.78)]).toEqual([true, true, false, false]);
  });

  it('the smoke check section and the rail share follow their facts', () => {
    expect(visibleReadings(cleanTransportV1, { railShareSet: 'no', smokeCheck: 'no' })).toEqual([
      'clean-transport.fleet.clean-truck-share',
    ]);
    expect(visibleReadings(cleanTransportV1, { railShareSet: 'yes', smokeCheck: 'yes' })).toEqual([
      'clean-transport.fleet.clean-truck-share',
      'clean-transport.fleet.rail-share',
      'clean-transport.smoke.absorption',
      'clean-transport.smoke.ringelmann',
    ]);
  });

  it('the source kind picks one NOx reading', () => {
    for (const kind of ['coal-boiler', 'oil-boiler', 'gas-boiler', 'kiln'])
      expect(visibleReadings(denitrationV1, { sourceKind: kind, denoxProcess: 'scr' })).toEqual([
        `denitration.cems.nox-${kind}`,
      ]);
  });

  it('the premises size picks one removal efficiency', () => {
    for (const size of ['small', 'medium', 'large'])
      expect(visibleReadings(cateringFumesV1, { premisesSize: size })).toEqual([
        'catering-fumes.emission.concentration',
        `catering-fumes.emission.removal-${size}`,
      ]);
  });
});
