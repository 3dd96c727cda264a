/**
 * Every checklist template version the app knows: the built-ins, then those the office
 * published (docs/templates.md), registered once they arrive. Old versions stay listed for
 * good: an inspection keeps the { id, version } it was started with and must still render.
 */
import type { InspectionType } from '../domain/inspection';
import { cateringFumesV1 } from './cateringFumes.v1';
import { cleanTransportV1 } from './cleanTransport.v1';
import { cokingV1 } from './coking.v1';
import { denitrationV1 } from './denitration.v1';
import { dustV1 } from './dust.v1';
import { emergencyResponseV1 } from './emergencyResponse.v1';
import { machineryCheckV1 } from './machineryCheck.v1';
import {
  clearPublishedTemplates,
  dropPublished,
  knownTypesWith,
  publishedEntries,
  publishedEntry,
  registerPublished,
} from './publishedRegistry';
import { ChecklistTemplate } from './templateSchema';
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

/**
 * Makes a published template known (validated by the caller: shared/templates/publishedTemplate.ts).
 * A built-in id+version is never replaced; a published one only changes its retired flag,
 * since an id+version is immutable.
 */
export function registerPublishedTemplate(template: ChecklistTemplate, retired: boolean): void {
  if (templates.some((t) => t.id === template.id && t.version === template.version)) return;
  registerPublished(template, retired, true);
}

export { clearPublishedTemplates };

/**
 * A published template, checked with the full schema the first time it is handed out (entries
 * loaded at start are registered unchecked, publishedRegistry.ts); one that fails is dropped.
 */
function verifiedPublished(id: string, version: number): ChecklistTemplate | undefined {
  const entry = publishedEntry(id, version);
  if (entry === undefined) return undefined;
  if (!entry.verified) {
    const parsed = ChecklistTemplate.safeParse(entry.template);
    if (!parsed.success || parsed.data.id !== id || parsed.data.version !== version) {
      dropPublished(id, version);
      return undefined;
    }
    entry.template = parsed.data;
    entry.verified = true;
  }
  return entry.template;
}

/** Every published template that passes its check. */
function publishedTemplates(): { template: ChecklistTemplate; retired: boolean }[] {
  return publishedEntries().flatMap((e) => {
    const template = verifiedPublished(e.template.id, e.template.version);
    return template ? [{ template, retired: e.retired }] : [];
  });
}

export function getTemplate(id: string, version: number): ChecklistTemplate | undefined {
  return (
    templates.find((t) => t.id === id && t.version === version) ?? verifiedPublished(id, version)
  );
}

export function isTemplateRetired(id: string, version: number): boolean {
  return publishedEntry(id, version)?.retired ?? false;
}

/** Every template new inspections may start with: built-ins and published ones not retired. */
function offered(): ChecklistTemplate[] {
  return [
    ...templates,
    ...publishedTemplates()
      .filter((p) => !p.retired)
      .map((p) => p.template),
  ];
}

/** The types a new inspection may be of, built-ins first, each once. */
export function offeredTypes(): InspectionType[] {
  return [...new Set(offered().map((t) => t.type))];
}

/** Every type known, retired ones too (list filters must still find their old records). */
export function knownTypes(): InspectionType[] {
  return knownTypesWith(templates.map((t) => t.type));
}

/** The newest template of `type`, retired ones too (for its title when nothing else is offered). */
export function newestTemplateOfType(type: InspectionType): ChecklistTemplate | undefined {
  return [...templates, ...publishedTemplates().map((p) => p.template)]
    .filter((t) => t.type === type)
    .reduce<ChecklistTemplate | undefined>(
      (best, t) => (best === undefined || t.version > best.version ? t : best),
      undefined,
    );
}

/** The version new inspections of `type` start with: the highest one not retired. */
export function latestTemplate(type: InspectionType): ChecklistTemplate {
  const latest = offered()
    .filter((t) => t.type === type)
    .reduce<ChecklistTemplate | undefined>(
      (best, t) => (best === undefined || t.version > best.version ? t : best),
      undefined,
    );
  if (latest === undefined) throw new Error(`no template for ${type}`);
  return latest;
}
