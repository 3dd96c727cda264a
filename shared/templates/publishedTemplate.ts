/**
 * A checklist template as the office publishes it (docs/templates.md): the ChecklistTemplate
 * schema as JSON, the one format the built-ins are also checked against. Parsing reports every
 * problem with its JSON path, so an import is all or nothing with reasons the admin can act on.
 * Pure: runs on the server (import, bundle checks) and the laptop (the change feed).
 */
import { z } from 'zod';
import { counties } from '../domain/counties';
import { canonicalHash } from '../domain/hash';
import { ChecklistTemplate } from './templateSchema';

export interface TemplateProblem {
  /** JSON path such as `sections.0.items.2.limitRef`; '' for the whole template. */
  readonly path: string;
  readonly message: string;
}

export type TemplateParse =
  | { readonly ok: true; readonly template: ChecklistTemplate }
  | { readonly ok: false; readonly errors: readonly TemplateProblem[] };

/** Validates an already parsed JSON value as a publishable template. */
export function parsePublishedTemplate(json: unknown): TemplateParse {
  const parsed = ChecklistTemplate.safeParse(json);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

/**
 * Names a template's content: the same id+version published again is a no-op only when this
 * matches (key order and whitespace in the file do not count).
 */
export function templateContentHash(template: ChecklistTemplate): string {
  return canonicalHash(template);
}

/** Where a published template goes: every device ('city'), or the listed counties' devices. */
export const TemplateScope = z.union([
  z.literal('city'),
  z
    .array(z.string().refine((code) => counties.some((c) => c.code === code), 'not a county code'))
    .min(1)
    .max(counties.length),
]);
export type TemplateScope = z.infer<typeof TemplateScope>;

/** The `checklist-template` reference change's data, as served and as the laptop keeps it. */
export const PublishedTemplateData = z.object({
  template: ChecklistTemplate,
  /** A retired template starts no new inspection but still renders and prints its records. */
  retired: z.boolean(),
  scope: TemplateScope,
});
export type PublishedTemplateData = z.infer<typeof PublishedTemplateData>;
