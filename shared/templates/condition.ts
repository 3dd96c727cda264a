/**
 * The small declarative language that decides whether a section or item is shown. Data, not
 * code, so a template stays printable, diffable and checkable by the schema.
 *
 *   { option: 'petrol-station' }                 the sector module was chosen at the start
 *   { fact: 'controlLevel', equals: 'special' }  a start fact has this value
 *   { fact: 'stage', in: ['earthwork', 'demolition'] }
 *   { fact: 'ratedPowerKw', atLeast: 37 }        inclusive bounds on a number fact
 *   { fact: 'ratedPowerKw', atMost: 560 }
 *   { all: [...] } | { any: [...] } | { not: ... }
 */
import { z } from 'zod';

const factId = z.string().min(1).max(80);
const FactValue = z.union([z.string().max(500), z.number().finite()]);

export type Condition =
  | { readonly option: string }
  | { readonly fact: string; readonly equals: string | number }
  | { readonly fact: string; readonly in: readonly (string | number)[] }
  | { readonly fact: string; readonly atLeast: number }
  | { readonly fact: string; readonly atMost: number }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

// Strict objects: { fact, equals, in } is a typo, not a condition, and must not parse.
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ option: z.string().min(1).max(80) }),
    z.strictObject({ fact: factId, equals: FactValue }),
    z.strictObject({ fact: factId, in: z.array(FactValue).min(1).readonly() }),
    z.strictObject({ fact: factId, atLeast: z.number().finite() }),
    z.strictObject({ fact: factId, atMost: z.number().finite() }),
    z.strictObject({ all: z.array(Condition).min(1).readonly() }),
    z.strictObject({ any: z.array(Condition).min(1).readonly() }),
    z.strictObject({ not: Condition }),
  ]),
);

/** What a condition is evaluated against: the options chosen and the facts answered. */
export interface ConditionContext {
  readonly options: readonly string[];
  readonly facts: Readonly<Record<string, string | number | undefined>>;
}

/** A leaf of a condition, as a template check needs to see it (which option or fact it names). */
export type ConditionLeaf =
  | { readonly kind: 'option'; readonly option: string }
  | {
      readonly kind: 'fact';
      readonly fact: string;
      readonly values: readonly (string | number)[];
      readonly numeric: boolean;
    };

/** Every option and fact a condition refers to, so a template can be checked for dangling names. */
export function conditionLeaves(condition: Condition): ConditionLeaf[] {
  if ('option' in condition) return [{ kind: 'option', option: condition.option }];
  if ('equals' in condition)
    return [{ kind: 'fact', fact: condition.fact, values: [condition.equals], numeric: false }];
  if ('in' in condition)
    return [{ kind: 'fact', fact: condition.fact, values: condition.in, numeric: false }];
  if ('atLeast' in condition)
    return [{ kind: 'fact', fact: condition.fact, values: [], numeric: true }];
  if ('atMost' in condition)
    return [{ kind: 'fact', fact: condition.fact, values: [], numeric: true }];
  if ('all' in condition) return condition.all.flatMap(conditionLeaves);
  if ('any' in condition) return condition.any.flatMap(conditionLeaves);
  return conditionLeaves(condition.not);
}
