/**
 * The schema of a checklist template: versioned data a generic engine renders, judges and
 * prints (docs/style.md "Domain as data"). A shipped version is never edited; a change is a new
 * version file, and an inspection keeps the { id, version } it was started with.
 */
import { z } from 'zod';
import { InspectionType } from '../domain/inspection';
import { Machine } from '../domain/machine';
import { Condition, conditionLeaves } from './condition';
import { InstrumentType } from './instruments';
import { LimitEntry } from './limitSchema';
import { limits as builtInLimits } from './limits';
import { LocalizedText } from './localizedText';
import { Unit } from './units';

/** Kebab-case segments joined by dots, at least two: 'vocs.collection.face-velocity'. */
const DOTTED_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
const SIMPLE_ID = /^[a-zA-Z][a-zA-Z0-9-]*$/;

const simpleId = z.string().max(80).regex(SIMPLE_ID);
const itemId = z.string().max(120).regex(DOTTED_ID);
/** The rule an item or limit comes from, e.g. 'GB 37822-2019 §10.2'; prefills a finding's rule. */
const RuleSource = z.string().trim().min(1).max(200);

export const TemplateOption = z.strictObject({
  id: simpleId,
  title: LocalizedText,
  hint: LocalizedText.optional(),
});
export type TemplateOption = z.infer<typeof TemplateOption>;

const factBase = {
  id: simpleId,
  label: LocalizedText,
  hint: LocalizedText.optional(),
  /** Absent means optional. Required facts must be answered before finalising. */
  required: z.boolean().optional(),
  /** Machine registry field that prefills this fact in a machinery check. */
  prefillFrom: Machine.keyof().optional(),
};

export const SelectChoice = z.strictObject({ value: simpleId, label: LocalizedText });

export const TemplateFact = z.discriminatedUnion('kind', [
  z.strictObject({
    ...factBase,
    kind: z.literal('text'),
    maxLength: z.number().int().positive().max(500),
  }),
  z.strictObject({
    ...factBase,
    kind: z.literal('number'),
    unit: Unit,
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    integer: z.boolean().optional(),
  }),
  z.strictObject({
    ...factBase,
    kind: z.literal('select'),
    choices: z.array(SelectChoice).min(2),
    default: simpleId.optional(),
  }),
  z.strictObject({ ...factBase, kind: z.literal('date') }),
]);
export type TemplateFact = z.infer<typeof TemplateFact>;

const itemBase = {
  id: itemId,
  text: LocalizedText,
  /** How to check it on site: what to look at, which document to ask for. */
  guidance: LocalizedText.optional(),
  source: RuleSource,
  condition: Condition.optional(),
  /** Absent means required: every visible item needs an answer (不适用 is an answer). */
  required: z.boolean().optional(),
};

/** A 符合/不符合/不适用 question. */
export const CheckItem = z.strictObject({
  ...itemBase,
  kind: z.literal('check'),
  /** Pure logic that can propose the answer (the inspector still confirms it). */
  computedBy: z.enum(['stage-allowed-in-zone']).optional(),
});
export type CheckItem = z.infer<typeof CheckItem>;

/**
 * How repeated values become the one judged value:
 * - mean: arithmetic mean (smoke opacity of three free accelerations, GB 36886; a 1-h NMHC
 *   average of equal-interval samples, GB 37822 App. A);
 * - max: the highest (LDAR points, single NMHC readings: the worst point decides);
 * - min: the lowest (hood face velocity: the weakest point decides);
 * - worst: every value is judged against both ends and the one furthest beyond (or nearest
 *   to) a bound is reported (A/L ratio per nozzle, a 1.00–1.20 range).
 */
export const JudgedBy = z.enum(['mean', 'max', 'min', 'worst']);
export type JudgedBy = z.infer<typeof JudgedBy>;

/** A measured value judged against an entry of the limits table. */
export const ReadingItem = z.strictObject({
  ...itemBase,
  kind: z.literal('reading'),
  unit: Unit,
  /** Values the method needs; fewer is incomplete and not judged. */
  repeats: z.number().int().min(1).max(20),
  /** More values allowed (extra points, nozzles); absent means exactly `repeats`. */
  maxRepeats: z.number().int().min(1).max(20).optional(),
  judgedBy: JudgedBy,
  /** Decimals the judged value is rounded to (GB/T 8170) before it is compared. */
  decimals: z.number().int().min(0).max(4),
  instruments: z.array(InstrumentType).min(1),
  /** Id of an entry in the limits table (limits.ts): never a literal number here. */
  limitRef: z.string().min(1).max(80),
});
export type ReadingItem = z.infer<typeof ReadingItem>;

export const TemplateItem = z.discriminatedUnion('kind', [CheckItem, ReadingItem]);
export type TemplateItem = z.infer<typeof TemplateItem>;

export const TemplateSection = z.strictObject({
  id: itemId,
  title: LocalizedText,
  condition: Condition.optional(),
  items: z.array(TemplateItem).min(1),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

export const ChecklistTemplate = z
  .strictObject({
    id: simpleId,
    version: z.number().int().positive(),
    type: InspectionType,
    title: LocalizedText,
    description: LocalizedText.optional(),
    /** Chosen at the start, several at once (e.g. VOCs sector modules). */
    options: z.array(TemplateOption),
    /** Asked at the start; conditions and limit variants depend on them. */
    facts: z.array(TemplateFact),
    sections: z.array(TemplateSection).min(1),
    /**
     * Limits of the template's own, beside the shared table (limits.ts): a published checklist
     * brings the numbers its readings are judged against (docs/templates.md). Absent on the
     * built-ins, which keeps their content unchanged.
     */
    limits: z.array(LimitEntry).max(200).optional(),
  })
  .superRefine((template, ctx) => {
    for (const problem of findTemplateProblems(template))
      ctx.addIssue({ code: 'custom', message: problem });
  });
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>;

/** The limits a template's readings are judged against: the shared table, then its own. */
export function limitsOf(template: Pick<ChecklistTemplate, 'limits'>): readonly LimitEntry[] {
  return template.limits === undefined ? builtInLimits : [...builtInLimits, ...template.limits];
}

/** Every item of a template, in order, with the section it sits in. */
export function allItems(
  template: ChecklistTemplate,
): { section: TemplateSection; item: TemplateItem }[] {
  return template.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}

/** Consistency rules zod cannot express field by field; empty when the template is sound. */
export function findTemplateProblems(template: ChecklistTemplate): string[] {
  const problems: string[] = [];
  const duplicates = (ids: readonly string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} id ${id}`);
      seen.add(id);
    }
  };
  duplicates(
    template.options.map((o) => o.id),
    'option',
  );
  duplicates(
    template.facts.map((f) => f.id),
    'fact',
  );
  duplicates(
    template.sections.map((s) => s.id),
    'section',
  );
  const items = allItems(template);
  duplicates(
    items.map(({ item }) => item.id),
    'item',
  );

  const prefix = `${template.type}.`;
  for (const { section, item } of items) {
    if (!item.id.startsWith(prefix)) problems.push(`item ${item.id} does not start with ${prefix}`);
    if (!section.id.startsWith(prefix))
      problems.push(`section ${section.id} does not start with ${prefix}`);
    if (
      item.kind === 'reading' &&
      item.maxRepeats !== undefined &&
      item.maxRepeats < item.repeats
    ) {
      problems.push(`item ${item.id}: maxRepeats below repeats`);
    }
  }
  const ownLimits = template.limits ?? [];
  duplicates(
    ownLimits.map((l) => l.id),
    'limit',
  );
  for (const limit of ownLimits) {
    if (!limit.id.startsWith(prefix))
      problems.push(`limit ${limit.id} does not start with ${prefix}`);
    if (builtInLimits.some((l) => l.id === limit.id))
      problems.push(`limit ${limit.id} is already a shared limit id`);
  }
  for (const { item } of items) {
    if (item.kind !== 'reading') continue;
    const limit = limitsOf(template).find((l) => l.id === item.limitRef);
    if (limit === undefined) problems.push(`item ${item.id}: unknown limit ${item.limitRef}`);
    else if (limit.unit !== item.unit)
      problems.push(
        `item ${item.id}: unit ${item.unit} differs from limit ${limit.id} in ${limit.unit}`,
      );
  }
  for (const fact of template.facts) {
    if (
      fact.kind === 'select' &&
      fact.default !== undefined &&
      !fact.choices.some((c) => c.value === fact.default)
    ) {
      problems.push(`fact ${fact.id}: default ${fact.default} is not a choice`);
    }
  }

  const conditions = [
    ...template.sections.map((s) => ({ owner: s.id, condition: s.condition })),
    ...items.map(({ item }) => ({ owner: item.id, condition: item.condition })),
  ];
  for (const { owner, condition } of conditions) {
    if (condition === undefined) continue;
    for (const leaf of conditionLeaves(condition)) {
      if (leaf.kind === 'option') {
        if (!template.options.some((o) => o.id === leaf.option))
          problems.push(`${owner}: unknown option ${leaf.option}`);
        continue;
      }
      const fact = template.facts.find((f) => f.id === leaf.fact);
      if (fact === undefined) {
        problems.push(`${owner}: unknown fact ${leaf.fact}`);
      } else if (leaf.numeric && fact.kind !== 'number') {
        problems.push(`${owner}: numeric condition on non-number fact ${leaf.fact}`);
      } else if (fact.kind === 'select') {
        for (const value of leaf.values) {
          if (!fact.choices.some((c) => c.value === value))
            problems.push(`${owner}: ${String(value)} is not a choice of ${fact.id}`);
        }
      }
    }
  }
  return problems;
}
