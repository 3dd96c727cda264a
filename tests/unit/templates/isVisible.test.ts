import { describe, expect, it } from 'vitest';
import type { Condition, ConditionContext } from '../../../shared/templates/condition';
import { isVisible } from '../../../shared/templates/isVisible';

const context: ConditionContext = {
  options: ['petrol-station', 'coking'],
  facts: { controlLevel: 'special', ratedPowerKw: 37, stage: 'earthwork' },
};

const cases: { name: string; condition: Condition | undefined; visible: boolean }[] = [
  { name: 'no condition', condition: undefined, visible: true },
  { name: 'chosen option', condition: { option: 'petrol-station' }, visible: true },
  { name: 'option not chosen', condition: { option: 'chemicals' }, visible: false },
  { name: 'fact equals', condition: { fact: 'controlLevel', equals: 'special' }, visible: true },
  { name: 'fact differs', condition: { fact: 'controlLevel', equals: 'general' }, visible: false },
  { name: 'fact unanswered', condition: { fact: 'zoneRule', equals: 'none' }, visible: false },
  {
    name: 'not of unanswered',
    condition: { not: { fact: 'zoneRule', equals: 'none' } },
    visible: true,
  },
  {
    name: 'fact in list',
    condition: { fact: 'stage', in: ['earthwork', 'municipal'] },
    visible: true,
  },
  { name: 'fact not in list', condition: { fact: 'stage', in: ['demolition'] }, visible: false },
  { name: 'atLeast at the bound', condition: { fact: 'ratedPowerKw', atLeast: 37 }, visible: true },
  { name: 'atMost at the bound', condition: { fact: 'ratedPowerKw', atMost: 37 }, visible: true },
  { name: 'atLeast above', condition: { fact: 'ratedPowerKw', atLeast: 37.5 }, visible: false },
  { name: 'atLeast on a text fact', condition: { fact: 'stage', atLeast: 1 }, visible: false },
  {
    name: 'all true',
    condition: { all: [{ option: 'coking' }, { fact: 'controlLevel', equals: 'special' }] },
    visible: true,
  },
  {
    name: 'all one false',
    condition: { all: [{ option: 'coking' }, { option: 'chemicals' }] },
    visible: false,
  },
  {
    name: 'any one true',
    condition: { any: [{ option: 'chemicals' }, { option: 'coking' }] },
    visible: true,
  },
  {
    name: 'any none true',
    condition: { any: [{ option: 'chemicals' }, { fact: 'stage', equals: 'demolition' }] },
    visible: false,
  },
  { name: 'not', condition: { not: { option: 'coking' } }, visible: false },
  {
    name: 'nested',
    condition: {
      all: [
        { any: [{ option: 'x' }, { not: { option: 'y' } }] },
        { fact: 'ratedPowerKw', atMost: 560 },
      ],
    },
    visible: true,
  },
];

describe('isVisible', () => {
  it.each(cases)('$name → $visible', ({ condition, visible }) => {
    expect(isVisible(condition, context)).toBe(visible);
  });
});
