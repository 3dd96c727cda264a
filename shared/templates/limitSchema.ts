/**
 * The shape of the limits table and of the office's overrides. A limit is data with its
 * source and a confidence tag (docs/domain.md: V seen in a named source, R recalled, U uncertain),
 * never a literal in code, so the office can correct a default and the record can print
 * the limit it applied.
 */
import { z } from 'zod';
import { LocalizedText } from './localizedText';
import { Unit } from './units';

export const Confidence = z.enum(['V', 'R', 'U']);
export type Confidence = z.infer<typeof Confidence>;

/**
 * Bounds are inclusive unless marked exclusive: a value equal to `min` or `max` complies
 * (≥ 0.3 m/s: 0.3 passes; ≤ 500 μmol/mol: 500 passes). `maxExclusive` makes the bound strict
 * (< max complies), for rules the source writes as "at or above X is a breach": GB 37822 §8.3
 * "泄漏检测值 ≥ 泄漏认定浓度" is a leak, so 2000 μmol/mol against 2000 is a leak
 * (docs/domain.md "Limits"). A range has both ends.
 */
export const LimitBound = z
  .strictObject({
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    /** True when a value equal to `min` breaches (> min complies). */
    minExclusive: z.boolean().optional(),
    /** True when a value equal to `max` breaches (< max complies). */
    maxExclusive: z.boolean().optional(),
  })
  .refine(
    (b) =>
      (b.minExclusive === undefined || b.min !== undefined) &&
      (b.maxExclusive === undefined || b.max !== undefined),
    'an exclusive flag needs its bound',
  )
  .refine((b) => b.min !== undefined || b.max !== undefined, 'a bound needs min or max')
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, 'min above max');
export type LimitBound = z.infer<typeof LimitBound>;

export const controlLevels = ['general', 'special'] as const;
/** GB 37822-2019 一般控制要求 / 特别控制要求 (重点地区), a per-enterprise flag (docs/domain.md §1.1). */
export const ControlLevel = z.enum(controlLevels);
export type ControlLevel = z.infer<typeof ControlLevel>;

export const smokeClasses = ['I', 'II', 'III'] as const;
/** GB 36886-2018 limit classes Ⅰ, Ⅱ, Ⅲ. */
export const SmokeClass = z.enum(smokeClasses);
export type SmokeClass = z.infer<typeof SmokeClass>;

export const powerBands = ['below19', 'from19to37', 'from37to560', 'above560'] as const;
/** GB 36886-2018 power bands: P<19, 19≤P<37, 37≤P≤560, P>560 kW. */
export const PowerBand = z.enum(powerBands);
export type PowerBand = z.infer<typeof PowerBand>;

/** One class's row; null where the standard sets no value (class Ⅲ below 37 kW). */
const PowerBandRow = z.strictObject({
  below19: z.number().finite().nullable(),
  from19to37: z.number().finite().nullable(),
  from37to560: z.number().finite().nullable(),
  above560: z.number().finite().nullable(),
});

export const LimitValues = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), bound: LimitBound }),
  z.strictObject({ kind: z.literal('byControlLevel'), general: LimitBound, special: LimitBound }),
  z.strictObject({
    kind: z.literal('byClassAndPower'),
    /** Which end the table's numbers are (opacity: a maximum). */
    side: z.enum(['min', 'max']),
    table: z.strictObject({ I: PowerBandRow, II: PowerBandRow, III: PowerBandRow }),
  }),
]);
export type LimitValues = z.infer<typeof LimitValues>;

export const LimitEntry = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/)
    .max(80),
  text: LocalizedText,
  unit: Unit,
  /** Standard and clause, printed beside the applied limit. */
  source: z.string().trim().min(1).max(200),
  confidence: Confidence,
  /** Why the tag is what it is, or what to verify (not printed). */
  note: z.string().max(500).optional(),
  values: LimitValues,
});
export type LimitEntry = z.infer<typeof LimitEntry>;

export const LimitsTable = z.array(LimitEntry).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id))
      ctx.addIssue({ code: 'custom', message: `duplicate limit id ${entry.id}` });
    seen.add(entry.id);
  }
});
export type LimitsTable = z.infer<typeof LimitsTable>;

/**
 * The office's replacement for a default, synced as reference data. It replaces the whole
 * `values` of the entry and must name its own source (a notice, a verified standard text),
 * which is what the record then prints. Any entry may be overridden, not only [R]/[U] ones:
 * standards are revised (GB 20952-2007 → 2020) and the office answers for what it sets.
 */
export const LimitOverride = z.strictObject({
  values: LimitValues,
  source: z.string().trim().min(1).max(200),
  /** Must equal the entry's unit: an override changes numbers, never what they measure. */
  unit: Unit,
});
export type LimitOverride = z.infer<typeof LimitOverride>;

export const LimitOverrides = z.record(z.string().max(80), LimitOverride);
export type LimitOverrides = z.infer<typeof LimitOverrides>;
