/** A non-road mobile machine in the registry (DOMAIN.md §3.1). */
import { z } from 'zod';
import { Attachment } from './attachment';
import { recordEnvelope } from './record';
import { CreditCode } from './site';
import { IsoDate, optionalLine, PhoneNumber, requiredLine } from './text';

export const emissionStages = ['pre1', 'china1', 'china2', 'china3', 'china4'] as const;
export const EmissionStage = z.enum(emissionStages);
export type EmissionStage = z.infer<typeof EmissionStage>;

export const fuelTypes = ['diesel', 'gasoline', 'electric', 'hybrid', 'gas', 'other'] as const;
export const FuelType = z.enum(fuelTypes);

export const machineTypes = [
  'excavator',
  'loader',
  'bulldozer',
  'crane',
  'roller',
  'paver',
  'grader',
  'forklift',
  'piling-rig',
  'concrete-pump',
  'generator',
  'compressor',
  'other',
] as const;
export const MachineType = z.enum(machineTypes);

export const Machine = z.object({
  ...recordEnvelope,
  kind: z.literal('machine'),
  /** 环保登记编码: format not fixed nationally, so free text (DOMAIN.md §3.1). */
  registrationCode: optionalLine(40),
  machineType: MachineType,
  brand: requiredLine(60),
  model: requiredLine(60),
  /** 产品识别码 (PIN). */
  pin: requiredLine(40),
  factorySerial: optionalLine(60),
  engineModel: requiredLine(60),
  engineManufacturer: optionalLine(100),
  engineNumber: requiredLine(60),
  emissionStage: EmissionStage,
  fuel: FuelType,
  ratedPowerKw: z.number({ message: 'errors.number' }).positive('errors.positive').max(10000),
  manufactureDate: IsoDate,
  owner: requiredLine(100),
  ownerCreditCode: z.union([z.literal(''), CreditCode]).default(''),
  contactName: optionalLine(50),
  contactPhone: z.union([z.literal(''), PhoneNumber]).default(''),
  siteOfUse: optionalLine(200),
  attachments: z.array(Attachment).max(50).default([]),
});
export type Machine = z.infer<typeof Machine>;
