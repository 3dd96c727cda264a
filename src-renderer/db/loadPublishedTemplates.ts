/**
 * At start, before the first screen: the checklists the office published and this laptop
 * keeps (db/pulledTemplates.ts stored them after checking them in full) are made known again.
 * Only their outline is checked here, so a cold open loads neither the template schema nor
 * the built-in templates; shared/templates/registry.ts checks each in full the first time a
 * screen asks for it (shared/templates/publishedRegistry.ts).
 */
import { z } from 'zod';
import { registerPublished } from '../../shared/templates/publishedRegistry';
import type { ChecklistTemplate } from '../../shared/templates/templateSchema';
import type { AppDatabase } from './database';
import { PUBLISHED_TEMPLATE_PREFIX } from './publishedTemplateKey';

const Outline = z.object({
  template: z
    .object({
      id: z.string().min(1).max(80),
      version: z.number().int().positive(),
      type: z.string().min(1).max(40),
      title: z.object({ zh: z.string(), en: z.string() }),
    })
    .loose(),
  retired: z.boolean(),
});

/** Registers every kept template; returns how many. */
export async function loadPublishedTemplates(db: AppDatabase): Promise<number> {
  const rows = await db.settings.where('key').startsWith(PUBLISHED_TEMPLATE_PREFIX).toArray();
  let loaded = 0;
  for (const row of rows) {
    const parsed = Outline.safeParse(row.value);
    if (!parsed.success) continue;
    registerPublished(
      parsed.data.template as unknown as ChecklistTemplate,
      parsed.data.retired,
      false,
    );
    loaded++;
  }
  return loaded;
}
