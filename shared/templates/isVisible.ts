/**
 * Evaluates a template condition. Two-valued on purpose: a fact not yet answered makes every
 * comparison on it false (so `not` of it is true). The UI asks the start facts before the
 * checklist, and finalising requires required facts, so a visible-by-default item is the
 * safe side: an item shown in error can be answered 不适用, one hidden in error is lost.
 */
import { assertNever } from './assertNever';
import type { Condition, ConditionContext } from './condition';

/** True when the section or item guarded by `condition` should be shown; no condition = shown. */
export function isVisible(condition: Condition | undefined, context: ConditionContext): boolean {
  if (condition === undefined) return true;
  return evaluate(condition, context);
}

function evaluate(condition: Condition, context: ConditionContext): boolean {
  if ('option' in condition) return context.options.includes(condition.option);
  if ('equals' in condition) return context.facts[condition.fact] === condition.equals;
  if ('in' in condition) {
    const value = context.facts[condition.fact];
    return value !== undefined && condition.in.includes(value);
  }
  if ('atLeast' in condition) {
    const value = context.facts[condition.fact];
    return typeof value === 'number' && value >= condition.atLeast;
  }
  if ('atMost' in condition) {
    const value = context.facts[condition.fact];
    return typeof value === 'number' && value <= condition.atMost;
  }
  if ('all' in condition) return condition.all.every((c) => evaluate(c, context));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, context));
  if ('not' in condition) return !evaluate(condition.not, context);
  return assertNever(condition);
}
