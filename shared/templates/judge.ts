/**
 * Judges a reading against the limit that applies, and says when a finding is required.
 * A missing or incomplete reading is null, never a pass: an inspector who did not measure
 * has not shown compliance.
 */
import type { Answer } from '../domain/inspection';
import { assertNever } from './assertNever';
import { isResultOverride } from './readingResult';
import type { LimitResolution, ResolvedLimit } from './resolveLimit';
import { roundHalfEven } from './roundHalfEven';
import type { ReadingItem, TemplateItem } from './templateSchema';

export type JudgeReason =
  | 'within-limit'
  | 'above-max'
  | 'below-min'
  | 'missing'
  | 'incomplete'
  | 'too-many-values'
  | 'invalid-value'
  | 'limit-unavailable'
  | 'unit-mismatch';

export interface ReadingJudgement {
  /** The judged value, aggregated per `item.judgedBy` and rounded to `item.decimals`. */
  readonly value: number | null;
  /** null when it cannot be judged (missing, incomplete, no applicable limit). */
  readonly exceeded: boolean | null;
  readonly reason: JudgeReason;
  readonly limit?: ResolvedLimit;
}

/**
 * Bounds are inclusive unless the limit marks them exclusive: a value equal to the limit
 * complies (GB 37822 "≥0.3 m/s": 0.3 passes; "≤500 μmol/mol": 500 passes), but equal to a
 * leak definition is a leak (maxExclusive, limitSchema.ts). The rounded value is compared, as reported
 * results are (GB/T 8170 修约值比较法).
 */
export function judgeReading(
  item: ReadingItem,
  values: readonly number[],
  resolution: LimitResolution,
): ReadingJudgement {
  if (values.length === 0) return { value: null, exceeded: null, reason: 'missing' };
  if (values.some((v) => !Number.isFinite(v)))
    return { value: null, exceeded: null, reason: 'invalid-value' };
  if (values.length < item.repeats) return { value: null, exceeded: null, reason: 'incomplete' };
  if (values.length > (item.maxRepeats ?? item.repeats))
    return { value: null, exceeded: null, reason: 'too-many-values' };
  if (!resolution.ok) {
    const value = item.judgedBy === 'worst' ? null : aggregate(item, values);
    return { value, exceeded: null, reason: 'limit-unavailable' };
  }
  const limit = resolution.limit;
  if (limit.unit !== item.unit)
    return { value: null, exceeded: null, reason: 'unit-mismatch', limit };
  const value =
    item.judgedBy === 'worst' ? worstValue(item, values, limit) : aggregate(item, values);
  const reason = compare(value, limit);
  return { value, exceeded: reason !== 'within-limit', reason, limit };
}

function aggregate(item: ReadingItem, values: readonly number[]): number {
  const judgedBy = item.judgedBy;
  switch (judgedBy) {
    case 'mean':
      return roundHalfEven(values.reduce((sum, v) => sum + v, 0) / values.length, item.decimals);
    case 'max':
      return roundHalfEven(Math.max(...values), item.decimals);
    case 'min':
      return roundHalfEven(Math.min(...values), item.decimals);
    case 'worst':
      // Needs the limit to know which end is worse; callers handle it before this.
      throw new Error('worst needs a limit');
    default:
      return assertNever(judgedBy);
  }
}

/** The value furthest beyond a bound, or if none is beyond, the one nearest to a bound. */
function worstValue(item: ReadingItem, values: readonly number[], limit: ResolvedLimit): number {
  const excess = (v: number) => Math.max((limit.min ?? -Infinity) - v, v - (limit.max ?? Infinity));
  const rounded = values.map((v) => roundHalfEven(v, item.decimals));
  return rounded.reduce((worst, v) => (excess(v) > excess(worst) ? v : worst));
}

function compare(value: number, limit: ResolvedLimit): 'within-limit' | 'above-max' | 'below-min' {
  const { min, max } = limit;
  if (max !== undefined && (limit.maxExclusive === true ? value >= max : value > max))
    return 'above-max';
  if (min !== undefined && (limit.minExclusive === true ? value <= min : value < min))
    return 'below-min';
  return 'within-limit';
}

/** A finding (with requirement and deadline) is required for a failed check or an exceeded reading. */
export function findingRequired(answer: Answer | undefined, item: TemplateItem): boolean {
  if (answer === undefined) return false;
  const kind = item.kind;
  switch (kind) {
    case 'check':
      return answer.result === 'fail';
    case 'reading':
      // An exceeded reading overridden to 符合 (with its printed reason) needs no finding.
      if (isResultOverride(answer)) return answer.result === 'fail';
      return answer.reading?.exceeded === true || answer.result === 'fail';
    default:
      return assertNever(kind);
  }
}
