/**
 * Every checklist template version the app knows. Old versions stay listed for good: an
 * inspection keeps the { id, version } it was started with and must still render.
 */
import type { InspectionType } from '../domain/inspection';
import { cateringFumesV1 } from './cateringFumes.v1';
import { cleanTransportV1 } from './cleanTransport.v1';
import { cokingV1 } from './coking.v1';
import { denitrationV1 } from './denitration.v1';
import { dustV1 } from './dust.v1';
import { emergencyResponseV1 } from './emergencyResponse.v1';
import { machineryCheckV1 } from './machineryCheck.v1';
import type { ChecklistTemplate } from './templateSchema';
import { vocsV1 } from './vocs.v1';

export const templates: readonly ChecklistTemplate[] = [
  vocsV1,
  dustV1,
  machineryCheckV1,
  emergencyResponseV1,
  cokingV1,
  cleanTransportV1,
  denitrationV1,
  cateringFumesV1,
];

export function getTemplate(id: string, version: number): ChecklistTemplate | undefined {
  return templates.find((t) => t.id === id && t.version === version);
}

/** The version new inspections of `type` start with. */
export function latestTemplate(type: InspectionType): ChecklistTemplate {
  const candidates = templates.filter((t) => t.type === type);
  const latest = candidates.reduce<ChecklistTemplate | undefined>(
    (best, t) => (best === undefined || t.version > best.version ? t : best),
    undefined,
  );
  if (latest === undefined) throw new Error(`no template for ${type}`);
  return latest;
}
