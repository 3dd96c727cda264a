/**
 * What a person enters for a machine: the Machine schema without the record envelope, plus
 * the rule the schema alone cannot know: a manufacture date is not after today (as a day in
 * Asia/Shanghai, the inspectors' calendar).
 */
import type { z } from 'zod';
import { Machine, refinePin } from '../../shared/domain/machine';

export const MachineFields = Machine.omit({
  id: true,
  rev: true,
  baseRev: true,
  status: true,
  deviceId: true,
  createdAt: true,
  updatedAt: true,
  kind: true,
});
export type MachineFields = z.output<typeof MachineFields>;
export type MachineFieldsInput = z.input<typeof MachineFields>;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today in Asia/Shanghai as YYYY-MM-DD (UTC+8 all year, no DST). */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Adds an issue at manufactureDate when it lies after today; ISO dates compare as strings. */
export function refuseFutureManufacture(
  value: { manufactureDate: string },
  ctx: z.RefinementCtx,
): void {
  if (value.manufactureDate > shanghaiToday()) {
    ctx.addIssue({
      code: 'custom',
      path: ['manufactureDate'],
      message: 'registry.errors.futureDate',
    });
  }
}

/** The fields as the store accepts them. */
export const MachineEntry =
  MachineFields.superRefine(refuseFutureManufacture).superRefine(refinePin);
