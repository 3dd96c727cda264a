/** A non-road mobile machine in the registry (docs/domain.md §3.1). */
import { z } from 'zod';
import { Attachment } from './attachment';
import { recordEnvelope } from './record';
import { CountyCodeSchema } from './counties';
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
  /** 环保登记编码: format not fixed nationally, so free text (docs/domain.md §3.1). */
  registrationCode: optionalLine(40),
  machineType: MachineType,
  brand: requiredLine(60),
  model: requiredLine(60),
  /**
   * 产品识别码 (PIN). Machines built before PINs were assigned have none: then
   * `pinMissingReason` says why (docs/records.md "Machine identity"; refinePin).
   */
  pin: optionalLine(40),
  pinMissingReason: optionalLine(200).optional(),
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
  /** 登记日期, the date the machine entered the site (进场日期) and the registering county. */
  registeredOn: IsoDate.optional(),
  enteredSiteOn: IsoDate.optional(),
  registeringCounty: CountyCodeSchema.optional(),
  attachments: z.array(Attachment).max(50).default([]),
});
export type Machine = z.infer<typeof Machine>;

/** A machine needs its PIN, or the reason it has none (an old machine never given one). */
export function refinePin(
  value: { pin: string; pinMissingReason?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.pin === '' && (value.pinMissingReason ?? '') === '')
    ctx.addIssue({ code: 'custom', path: ['pin'], message: 'registry.errors.pinOrReason' });
}

/**
 * What a machinery check record says about its machine, copied from the registry when the
 * record is finalised (docs/records.md "Machine identity"). Optional fields are absent when
 * the registry entry had none.
 */
export const MachineIdentity = z.object({
  id: z.string().max(60),
  machineType: MachineType,
  brand: requiredLine(60),
  model: requiredLine(60),
  pin: optionalLine(40),
  pinMissingReason: optionalLine(200).optional(),
  /**
   * Absent in records finalised before the nameplate check showed it: no default, so their
   * parsed copy (and hash) stays as it was.
   */
  factorySerial: optionalLine(60).unwrap().optional(),
  engineModel: requiredLine(60),
  engineNumber: requiredLine(60),
  owner: requiredLine(100),
  registrationCode: optionalLine(40),
  emissionStage: EmissionStage,
  ratedPowerKw: z.number().positive().max(10000),
  registeredOn: IsoDate.optional(),
  enteredSiteOn: IsoDate.optional(),
  registeringCounty: CountyCodeSchema.optional(),
});
export type MachineIdentity = z.infer<typeof MachineIdentity>;

/** The identity a check record copies from a registry entry. */
export function machineIdentityOf(machine: Machine): MachineIdentity {
  return MachineIdentity.parse({
    id: machine.id,
    machineType: machine.machineType,
    brand: machine.brand,
    model: machine.model,
    pin: machine.pin,
    ...(machine.pinMissingReason ? { pinMissingReason: machine.pinMissingReason } : {}),
    ...(machine.factorySerial ? { factorySerial: machine.factorySerial } : {}),
    engineModel: machine.engineModel,
    engineNumber: machine.engineNumber,
    owner: machine.owner,
    registrationCode: machine.registrationCode,
    emissionStage: machine.emissionStage,
    ratedPowerKw: machine.ratedPowerKw,
    ...(machine.registeredOn ? { registeredOn: machine.registeredOn } : {}),
    ...(machine.enteredSiteOn ? { enteredSiteOn: machine.enteredSiteOn } : {}),
    ...(machine.registeringCounty ? { registeringCounty: machine.registeringCounty } : {}),
  });
}
