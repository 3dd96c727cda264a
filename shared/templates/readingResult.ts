/**
 * The result a judged reading gives its row (docs/domain.md "Readings"): 超标 → 不符合,
 * 达标 → 符合. The inspector may record another result only with a reason, which is printed.
 * Records made before results were derived may lack the result: it is derived here at print
 * time from the stored judgement, so they print truthfully without changing their hash.
 */
import type { Answer, ItemResult } from '../domain/inspection';

/** What the stored judgement gives; undefined when the reading was not judged. */
export function judgedResult(answer: Pick<Answer, 'reading'> | undefined): ItemResult | undefined {
  const exceeded = answer?.reading?.exceeded;
  if (exceeded === undefined) return undefined;
  return exceeded ? 'fail' : 'pass';
}

/** The stored result, or for a judged reading without one, the result its judgement gives. */
export function effectiveResult(
  answer: Pick<Answer, 'result' | 'reading'> | undefined,
): ItemResult | undefined {
  return answer?.result ?? judgedResult(answer);
}

/** True when a result is recorded that differs from the reading's judgement. */
export function isResultOverride(answer: Pick<Answer, 'result' | 'reading'> | undefined): boolean {
  const judged = judgedResult(answer);
  return judged !== undefined && answer?.result !== undefined && answer.result !== judged;
}
