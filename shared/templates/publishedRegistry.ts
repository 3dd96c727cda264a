/**
 * The checklists the office published, as this device holds them in memory (docs/templates.md).
 * Light on purpose: the list screen draws its type filter and names from here at a cold open
 * without loading the built-in templates or the template schema (tests/unit/coldOpen). An
 * entry registered at start from the store is `verified: false` until registry.ts first hands
 * it out and checks it with the full schema.
 */
import type { ChecklistTemplate } from './templateSchema';

export interface PublishedEntry {
  template: ChecklistTemplate;
  retired: boolean;
  verified: boolean;
}

const published = new Map<string, PublishedEntry>();

export const publishedKey = (id: string, version: number): string => `${id}@${version}`;

/** Adds or updates one; an id+version is immutable, so only the retired flag of a held one changes. */
export function registerPublished(
  template: ChecklistTemplate,
  retired: boolean,
  verified: boolean,
): void {
  const key = publishedKey(template.id, template.version);
  const held = published.get(key);
  if (held) {
    held.retired = retired;
    held.verified ||= verified;
    return;
  }
  published.set(key, { template, retired, verified });
}

export function publishedEntry(id: string, version: number): PublishedEntry | undefined {
  return published.get(publishedKey(id, version));
}

export function dropPublished(id: string, version: number): void {
  published.delete(publishedKey(id, version));
}

export function publishedEntries(): readonly PublishedEntry[] {
  return [...published.values()];
}

/** Forgets every published template (tests; a laptop re-reading its stored set). */
export function clearPublishedTemplates(): void {
  published.clear();
}

/** The newest published template of `type`, retired ones too (its title names the type). */
export function newestPublishedOfType(type: string): ChecklistTemplate | undefined {
  return publishedEntries()
    .map((e) => e.template)
    .filter((t) => t.type === type)
    .reduce<ChecklistTemplate | undefined>(
      (best, t) => (best === undefined || t.version > best.version ? t : best),
      undefined,
    );
}

/** Every type known: the built-ins' (given) and the published ones', retired too, each once. */
export function knownTypesWith(builtIn: readonly string[]): string[] {
  return [...new Set([...builtIn, ...publishedEntries().map((e) => e.template.type)])];
}
