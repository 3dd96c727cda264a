/** Judges one reading item live from what was typed, with the limit the facts select. */
import { judgeReading, type ReadingJudgement } from '../../../shared/templates/judge';
import { limitContextFromFacts } from '../../../shared/templates/limitContext';
import { resolveLimit, type LimitResolution } from '../../../shared/templates/resolveLimit';
import type { ReadingItem } from '../../../shared/templates/templateSchema';
import type { ChecklistEnv } from './checklistEnv';
import { parseFacts } from './parseFacts';
import { readingTextError, readingValues } from './fieldChecks';

export interface ItemJudgement {
  readonly values: readonly number[];
  /** True when some typed text is not a valid value (it is then not judged with the rest). */
  readonly hasInvalidText: boolean;
  readonly resolution: LimitResolution;
  readonly judgement: ReadingJudgement;
}

export function judgeItem(
  item: ReadingItem,
  texts: readonly string[],
  rawFacts: Readonly<Record<string, string>>,
  env: Pick<ChecklistEnv, 'template' | 'limits' | 'overrides'>,
): ItemJudgement {
  const facts = parseFacts(env.template, rawFacts).values;
  const resolution = resolveLimit(
    env.limits,
    env.overrides,
    item.limitRef,
    limitContextFromFacts(facts),
  );
  const values = readingValues(item, texts);
  const hasInvalidText = texts.some((t) => readingTextError(item, t) !== undefined);
  return { values, hasInvalidText, resolution, judgement: judgeReading(item, values, resolution) };
}
