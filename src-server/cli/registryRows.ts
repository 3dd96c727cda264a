/**
 * Row schemas of the registry CSV files (header row; columns by name, any order). Credit
 * codes are checked with their GB 32100 check character (shared/domain/site.ts CreditCode).
 */
import { z } from 'zod';
import { CountyCodeSchema } from '../../shared/domain/counties';
import { EmissionStage, FuelType, MachineType } from '../../shared/domain/machine';
import { CreditCode } from '../../shared/domain/site';
import { IsoDate, optionalLine, requiredLine } from '../../shared/domain/text';

export const EnterpriseRow = z.object({
  credit_code: CreditCode,
  name: requiredLine(100),
  county_code: CountyCodeSchema,
  address: requiredLine(200),
  legal_representative: optionalLine(50),
  industry: optionalLine(100),
});
export type EnterpriseRow = z.infer<typeof EnterpriseRow>;

export const RegistryMachineRow = z.object({
  pin: requiredLine(40),
  registration_code: optionalLine(40),
  machine_type: MachineType,
  brand: requiredLine(60),
  model: requiredLine(60),
  engine_model: requiredLine(60),
  engine_number: requiredLine(60),
  emission_stage: EmissionStage,
  fuel: FuelType,
  rated_power_kw: z.preprocess(
    (v) => (v === '' ? undefined : Number(v)),
    z.number().positive().max(10000),
  ),
  manufacture_date: IsoDate,
  owner: requiredLine(100),
  owner_credit_code: z.union([z.literal(''), CreditCode]).default(''),
  site_of_use: optionalLine(200),
  /** Empty: visible to city-scoped devices only. */
  county_code: z.union([z.literal(''), CountyCodeSchema]).default(''),
});
export type RegistryMachineRow = z.infer<typeof RegistryMachineRow>;
