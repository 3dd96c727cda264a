/**
 * Checks whose answer the app can compute from the facts (CheckItem.computedBy), shown on
 * screen and printed beside the inspector's answer so the rule is applied, not only declared.
 * stage-allowed-in-zone: may a machine of this emission stage be used under the zone's rule
 * (shared/templates/zoneRules.ts, docs/domain.md "Non-road machinery")?
 */
import { EmissionStage } from '../domain/machine';
import { emissionStageLabels } from './machineLabels';
import type { CheckItem } from './templateSchema';
import { findZoneRule, isStageAllowedInZone } from './zoneRules';

export interface ComputedCheck {
  readonly result: 'pass' | 'fail';
  /** How it was computed, in Chinese as printed: "国二 低于区域允许的最低阶段 国三（…）". */
  readonly explanation: string;
}

export function computeCheck(
  item: Pick<CheckItem, 'computedBy'>,
  facts: Readonly<Record<string, string | number | undefined>>,
): ComputedCheck | undefined {
  if (item.computedBy !== 'stage-allowed-in-zone') return undefined;
  const stage = EmissionStage.safeParse(facts['emissionStage']);
  const rule = typeof facts['zoneRule'] === 'string' ? findZoneRule(facts['zoneRule']) : undefined;
  if (!stage.success || rule === undefined) return undefined;
  const allowed = isStageAllowedInZone(stage.data, rule);
  const have = emissionStageLabels[stage.data].zh;
  const lowest = emissionStageLabels[rule.lowestAllowedStage].zh;
  const relation = allowed ? '不低于' : '低于';
  return {
    result: allowed ? 'pass' : 'fail',
    explanation: `系统判定：${allowed ? '允许使用' : '禁止使用'}（${have}${relation}区域允许的最低阶段${lowest}；${rule.source}）`,
  };
}
