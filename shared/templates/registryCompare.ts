/**
 * The registry fields a machinery check item compares the machine against, shown beside the
 * item as 登记值 (docs/records.md "Machine identity"): from the registry while the check is a
 * draft, from the record's own copy once finalised. Keyed by item id, outside the versioned
 * template, so old records keep their template unchanged.
 */
import type { MachineIdentity } from '../domain/machine';

export type RegistryField = Exclude<keyof MachineIdentity, 'id'>;

const fieldsByItem: Readonly<Record<string, readonly RegistryField[]>> = {
  'machinery.registration.code-matches': ['registrationCode'],
  'machinery.nameplate.machine': ['model', 'pin', 'pinMissingReason', 'factorySerial'],
  'machinery.nameplate.engine': ['engineModel', 'engineNumber'],
  'machinery.nameplate.stage': ['emissionStage'],
  'machinery.nameplate.power': ['ratedPowerKw'],
};

/** The fields of `identity` an item compares against, in order, without the empty ones. */
export function registryFieldsFor(
  itemId: string,
  identity: MachineIdentity,
): readonly RegistryField[] {
  return (fieldsByItem[itemId] ?? []).filter((field) => {
    const value = identity[field];
    return value !== undefined && value !== '';
  });
}
