/**
 * No-go zone rules for high-emission non-road machinery as data (docs/domain.md §3.4). Shanxi
 * cities word them differently; each rule says the lowest stage allowed and whether the
 * zone judges smoke against GB 36886 Ⅲ类. Lüliang's city-level notice was not found, so
 * the default is the common Shanxi rule and is tagged [U] for the office to confirm.
 */
import { emissionStages, type EmissionStage } from '../domain/machine';
import type { Confidence } from './limitSchema';
import type { LocalizedText } from './localizedText';

export interface ZoneRule {
  readonly id: string;
  readonly label: LocalizedText;
  /** Machines of a stage below this one may not be used in the zone. */
  readonly lowestAllowedStage: EmissionStage;
  /** The zone judges smoke opacity against GB 36886 Ⅲ类. */
  readonly requiresSmokeClassIII: boolean;
  readonly source: string;
  readonly confidence: Confidence;
}

export const zoneRules = [
  {
    id: 'none',
    label: {
      zh: '非禁用区（无排放阶段限制）',
      en: 'Outside any no-go zone (no stage restriction)',
    },
    lowestAllowedStage: 'pre1',
    requiresSmokeClassIII: false,
    source: '—',
    confidence: 'V',
  },
  {
    id: 'ban-china1-and-below',
    label: { zh: '禁止使用国一及以下排放标准机械', en: 'China I and below banned' },
    lowestAllowedStage: 'china2',
    requiresSmokeClassIII: false,
    source: '忻州市禁用区通告（2019）',
    confidence: 'V',
  },
  {
    id: 'ban-china2-and-below',
    label: { zh: '禁止使用国二及以下排放标准机械', en: 'China II and below banned' },
    lowestAllowedStage: 'china3',
    requiresSmokeClassIII: false,
    source: '吕梁市禁用区规定（默认值，待核实）',
    confidence: 'U',
  },
  {
    // Same stages as ban-china2-and-below; kept because notices word it this way and the
    // record should cite the rule as the notice states it.
    id: 'ban-below-china3',
    label: { zh: '禁止使用低于国三排放标准机械', en: 'Below China III banned' },
    lowestAllowedStage: 'china3',
    requiresSmokeClassIII: false,
    source: '临汾市禁用区通告（2018）',
    confidence: 'V',
  },
  {
    id: 'ban-china2-and-below-and-class3',
    label: {
      zh: '禁止使用国二及以下或烟度达不到Ⅲ类限值的机械',
      en: 'China II and below, or smoke above class Ⅲ, banned',
    },
    lowestAllowedStage: 'china3',
    requiresSmokeClassIII: true,
    source: '太原市禁用区通告（2021）',
    confidence: 'V',
  },
  {
    id: 'class3-only',
    label: {
      zh: '禁止使用烟度达不到Ⅲ类限值或冒黑烟的机械',
      en: 'Smoke above class Ⅲ or black smoke banned',
    },
    lowestAllowedStage: 'pre1',
    requiresSmokeClassIII: true,
    source: '中阳县禁用区通告（2020-02-26）',
    confidence: 'V',
  },
] as const satisfies readonly ZoneRule[];

export type ZoneRuleId = (typeof zoneRules)[number]['id'];

/** Lüliang default [U]: the common Shanxi wording, pending the city's own notice. */
export const defaultZoneRuleId: ZoneRuleId = 'ban-china2-and-below';

export function findZoneRule(id: string): ZoneRule | undefined {
  return zoneRules.find((rule) => rule.id === id);
}

/** True when a machine of `stage` may be used in a zone under `zoneRule`. */
export function isStageAllowedInZone(stage: EmissionStage, zoneRule: ZoneRule): boolean {
  return emissionStages.indexOf(stage) >= emissionStages.indexOf(zoneRule.lowestAllowedStage);
}
