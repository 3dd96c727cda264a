// The registration form's own rules: rated power as typed, empty selects, future dates.
import { describe, expect, it } from 'vitest';
import { shanghaiToday } from '../../../src-renderer/db/machineFields';
import {
  MachineForm,
  type MachineFormInput,
} from '../../../src-renderer/features/machines/machineFormSchema';
import { machineFields } from './machineFixtures';

function formValues(
  patch: Partial<Record<keyof MachineFormInput, unknown>>,
): Record<string, unknown> {
  return { ...machineFields(), ratedPowerKw: '110', ...patch };
}

function messagesAt(
  field: string,
  patch: Partial<Record<keyof MachineFormInput, unknown>>,
): string[] {
  const result = MachineForm.safeParse(formValues(patch));
  return result.success
    ? []
    : result.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
}

describe('rated power as typed', () => {
  it.each([
    ['110', 110],
    [' 110 ', 110],
    ['１１０', 110],
    ['129.5', 129.5],
    ['０.５', 0.5],
  ])('%j → %d kW', (typed, kw) => {
    expect(MachineForm.parse(formValues({ ratedPowerKw: typed })).ratedPowerKw).toBe(kw);
  });

  it.each([
    ['abc', 'registry.errors.powerFormat'],
    ['110kW', 'registry.errors.powerFormat'],
    ['1,10', 'registry.errors.powerFormat'],
    ['一百一十', 'registry.errors.powerFormat'],
    ['-110', 'errors.positive'],
    ['0', 'errors.positive'],
    ['', 'errors.required'],
    ['   ', 'errors.required'],
    ['20000', 'registry.errors.powerTooHigh'],
  ])('%j is refused with %s', (typed, message) => {
    expect(messagesAt('ratedPowerKw', { ratedPowerKw: typed })).toEqual([message]);
  });
});

describe('other field rules', () => {
  it.each(['machineType', 'emissionStage', 'fuel'] as const)(
    'an empty %s asks to choose one',
    (field) => {
      expect(messagesAt(field, { [field]: '' })).toEqual(['registry.errors.choose']);
    },
  );

  it('refuses a manufacture date after today and accepts today', () => {
    expect(messagesAt('manufactureDate', { manufactureDate: '2999-01-01' })).toEqual([
      'registry.errors.futureDate',
    ]);
    expect(messagesAt('manufactureDate', { manufactureDate: shanghaiToday() })).toEqual([]);
  });

  it('checks the optional credit code and phone only when given', () => {
    expect(messagesAt('ownerCreditCode', { ownerCreditCode: '' })).toEqual([]);
    expect(messagesAt('ownerCreditCode', { ownerCreditCode: '91141100MA0K3F2L7A' })).toEqual([
      'errors.uscc.checksum',
    ]);
    expect(messagesAt('contactPhone', { contactPhone: '0358-8223456' })).toEqual([]);
    expect(messagesAt('contactPhone', { contactPhone: '8223456' })).toEqual(['errors.phone']);
  });
});
