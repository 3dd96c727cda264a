/**
 * Checklists the office publishes arrive in the pull as `checklist-template` reference
 * changes (`{ template, retired, scope }`, docs/templates.md) and are kept in settings, one
 * row per id+version, so they work offline from then on. Each is checked with the published
 * format's own schema before it is kept or used; an id+version already held keeps its content
 * (immutable) and takes only the retired flag. Kept templates join the shared registry
 * (shared/templates/registry.ts), which the engine, finalising and printing read.
 */
import { PublishedTemplateData } from '../../shared/templates/publishedTemplate';
import { registerPublishedTemplate } from '../../shared/templates/registry';
import type { ReferenceChange } from '../../shared/sync/wireSchemas';
import type { AppDatabase } from './database';
import { PUBLISHED_TEMPLATE_PREFIX } from './publishedTemplateKey';

export { PUBLISHED_TEMPLATE_PREFIX };

export async function applyPublishedTemplate(
  db: AppDatabase,
  change: ReferenceChange,
): Promise<'stored' | 'skipped'> {
  const parsed = PublishedTemplateData.safeParse(change.data);
  if (!parsed.success) return 'skipped';
  const { template } = parsed.data;
  if (change.key !== `${template.id}@${template.version}`) return 'skipped';
  const key = `${PUBLISHED_TEMPLATE_PREFIX}${change.key}`;
  const held = PublishedTemplateData.safeParse((await db.settings.get(key))?.value);
  const data = held.success ? { ...held.data, retired: parsed.data.retired } : parsed.data;
  await db.settings.put({ key, value: data });
  registerPublishedTemplate(data.template, data.retired);
  return 'stored';
}
