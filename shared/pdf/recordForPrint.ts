/**
 * The record as printed: a draft machinery check names its machine from the registry entry
 * as it is at export time; a finalised record prints only its own copy, so a later registry
 * edit never changes what it says (docs/records.md "Machine identity").
 */
import type { Inspection } from '../domain/inspection';
import { machineIdentityOf, type Machine } from '../domain/machine';

export function recordForPrint(record: Inspection, registryEntry: Machine | undefined): Inspection {
  if (record.status !== 'draft' || record.machine !== undefined) return record;
  if (registryEntry === undefined || registryEntry.id !== record.machineId) return record;
  try {
    return { ...record, machine: machineIdentityOf(registryEntry) };
  } catch {
    // An entry that no longer parses as an identity: the draft prints without it.
    return record;
  }
}
