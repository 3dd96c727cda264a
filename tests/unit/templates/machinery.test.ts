import { describe, expect, it } from 'vitest';
import { emissionStages, Machine, type EmissionStage } from '../../../shared/domain/machine';
import { limitContextFromFacts } from '../../../shared/templates/limitContext';
import { machineryRegistrationForm } from '../../../shared/templates/machineryRegistration';
import { roundHalfEven } from '../../../shared/templates/roundHalfEven';
import { smokeClassFor } from '../../../shared/templates/smokeClassFor';
import {
  defaultZoneRuleId,
  findZoneRule,
  isStageAllowedInZone,
  zoneRules,
} from '../../../shared/templates/zoneRules';

describe('smokeClassFor (GB 36886 classes)', () => {
  it.each([
    ['pre1', false, 'I'],
    ['china1', false, 'I'],
    ['china2', false, 'I'],
    ['china3', false, 'II'],
    ['china4', false, 'II'],
    ['pre1', true, 'III'],
    ['china2', true, 'III'],
    ['china4', true, 'III'],
  ] as const)('%s, zone requires Ⅲ: %s → %s', (stage, zone, expected) => {
    expect(smokeClassFor(stage, zone)).toBe(expected);
  });
});

describe('isStageAllowedInZone', () => {
  const allowed: Record<string, readonly EmissionStage[]> = {
    none: emissionStages,
    'ban-china1-and-below': ['china2', 'china3', 'china4'],
    'ban-china2-and-below': ['china3', 'china4'],
    'ban-below-china3': ['china3', 'china4'],
    'ban-china2-and-below-and-class3': ['china3', 'china4'],
    'class3-only': emissionStages,
  };
  const cases = zoneRules.flatMap((rule) =>
    emissionStages.map((stage) => ({
      rule: rule.id,
      stage,
      expected: allowed[rule.id]?.includes(stage),
    })),
  );
  it.each(cases)('$stage in $rule → $expected', ({ rule, stage, expected }) => {
    const zoneRule = findZoneRule(rule);
    expect(zoneRule).toBeDefined();
    if (zoneRule) expect(isStageAllowedInZone(stage, zoneRule)).toBe(expected);
  });

  it('defaults Lüliang to banning China II and below, tagged uncertain', () => {
    expect(findZoneRule(defaultZoneRuleId)).toMatchObject({
      lowestAllowedStage: 'china3',
      confidence: 'U',
    });
  });
});

describe('limitContextFromFacts', () => {
  it.each([
    [{ controlLevel: 'special' }, { controlLevel: 'special' }],
    [{ controlLevel: 'strict' }, {}],
    [
      { emissionStage: 'china2', ratedPowerKw: 90 },
      { machineClass: 'I', stageClass: 'I', ratedPowerKw: 90 },
    ],
    [
      { emissionStage: 'china4', ratedPowerKw: 90, zoneRule: 'ban-china2-and-below' },
      { machineClass: 'II', stageClass: 'II', ratedPowerKw: 90 },
    ],
    [
      { emissionStage: 'china4', ratedPowerKw: 90, zoneRule: 'class3-only' },
      { machineClass: 'III', stageClass: 'II', ratedPowerKw: 90 },
    ],
    [{ ratedPowerKw: '90' }, {}],
  ] as const)('%j → %j', (facts, expected) => {
    expect(limitContextFromFacts(facts)).toEqual(expected);
  });
});

describe('roundHalfEven (GB/T 8170-2008)', () => {
  it.each([
    [0.804, 2, 0.8],
    [0.806, 2, 0.81],
    [0.805, 2, 0.8],
    [0.815, 2, 0.82],
    [0.8051, 2, 0.81],
    [6.25, 1, 6.2],
    [6.35, 1, 6.4],
    [2.5, 0, 2],
    [3.5, 0, 4],
    [-0.805, 2, -0.8],
    [-0.001, 2, 0],
    [1234.5, 0, 1234],
  ])('%s to %s decimals → %s', (value, decimals, expected) => {
    expect(roundHalfEven(value, decimals)).toBe(expected);
  });
});

describe('machinery registration form', () => {
  const envelope = new Set([
    'id',
    'rev',
    'baseRev',
    'status',
    'deviceId',
    'createdAt',
    'updatedAt',
    'kind',
    'attachments',
  ]);
  const shape = Machine.shape;

  it('covers every registry field of the Machine schema once', () => {
    const fields = machineryRegistrationForm.fields.map((f) => f.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect([...fields].sort()).toEqual(
      Object.keys(shape)
        .filter((k) => !envelope.has(k))
        .sort(),
    );
  });

  it.each(machineryRegistrationForm.fields.map((f) => [f.field, f.required] as const))(
    '%s required: %s, as the schema says',
    (field, required) => {
      expect(shape[field].safeParse(undefined).success).toBe(!required);
    },
  );

  it('offers exactly the schema’s choices for select fields', () => {
    for (const f of machineryRegistrationForm.fields) {
      if (!('choices' in f)) continue;
      for (const choice of f.choices)
        expect(shape[f.field].safeParse(choice.value).success, `${f.field}=${choice.value}`).toBe(
          true,
        );
    }
  });

  it('asks for the nameplate photos', () => {
    expect(machineryRegistrationForm.photos.filter((p) => p.required).map((p) => p.id)).toEqual([
      'machine.photo.machine-nameplate',
      'machine.photo.engine-nameplate',
    ]);
  });
});
