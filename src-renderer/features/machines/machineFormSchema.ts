/**
 * The registration form's schema: the store's MachineFields, with the rated power read from
 * what was typed (full-width digits allowed, letters refused with a message of their own) and
 * each select refused with "choose one" while empty. Same future-date rule as the store.
 */
import { z } from 'zod';
import { emissionStages, fuelTypes, machineTypes, refinePin } from '../../../shared/domain/machine';
import { MachineFields, refuseFutureManufacture } from '../../db/machineFields';

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** '' → missing; a decimal number (any width) → that number; anything else stays text. */
function readPower(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.normalize('NFKC').trim();
  if (text === '') return undefined;
  return DECIMAL.test(text) ? Number(text) : text;
}

const RatedPower = z.preprocess(
  readPower,
  z
    .number({
      error: (issue) =>
        issue.input === undefined ? 'errors.required' : 'registry.errors.powerFormat',
    })
    .positive('errors.positive')
    .max(10000, 'registry.errors.powerTooHigh'),
);

const choose = { message: 'registry.errors.choose' };

/** An empty date or select of the form is an absent value, not an invalid one. */
const blankAsAbsent = (value: unknown): unknown => (value === '' ? undefined : value);

export const MachineForm = MachineFields.extend({
  machineType: z.enum(machineTypes, choose),
  emissionStage: z.enum(emissionStages, choose),
  fuel: z.enum(fuelTypes, choose),
  ratedPowerKw: RatedPower,
  pinMissingReason: z.preprocess(blankAsAbsent, MachineFields.shape.pinMissingReason),
  registeredOn: z.preprocess(blankAsAbsent, MachineFields.shape.registeredOn),
  enteredSiteOn: z.preprocess(blankAsAbsent, MachineFields.shape.enteredSiteOn),
  registeringCounty: z.preprocess(blankAsAbsent, MachineFields.shape.registeringCounty),
})
  .superRefine(refuseFutureManufacture)
  .superRefine(refinePin);

export type MachineFormInput = z.input<typeof MachineForm>;
export type MachineFormOutput = z.output<typeof MachineForm>;
