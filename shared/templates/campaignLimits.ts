/**
 * Limits of the plan's five priority campaigns (docs/domain.md "Priority campaigns"): every
 * number the campaign checklists judge against, with its notice or standard and a confidence
 * tag as in limits.ts. All bounds are inclusive: each source writes its value as "不高于 / 最高
 * 允许" or "不低于 / 最低", so a value equal to the limit complies. Most entries are [R]/[U]:
 * defaults the office verifies and overrides (LimitOverrides) when a notice sets otherwise.
 */
import type { LimitEntry } from './limitSchema';

export const campaignLimits = [
  // --- 重污染天气应急 (环办大气函〔2019〕648号, 〔2020〕340号) -------------------------------
  {
    id: 'emergency.reduction-yellow',
    text: { zh: '黄色预警期间生产线减排比例', en: 'Production-line reduction, yellow alert' },
    unit: '%',
    source: '环办大气函〔2019〕648号',
    confidence: 'R',
    note: 'City-wide share for yellow alerts (SO2, NOx, PM, VOCs ≥10%); the enterprise’s 一厂一策 share, where stricter, is set by office override.',
    values: { kind: 'single', bound: { min: 10 } },
  },
  {
    id: 'emergency.reduction-orange',
    text: { zh: '橙色预警期间生产线减排比例', en: 'Production-line reduction, orange alert' },
    unit: '%',
    source: '环办大气函〔2019〕648号',
    confidence: 'R',
    note: 'As above, ≥20% at orange.',
    values: { kind: 'single', bound: { min: 20 } },
  },
  {
    id: 'emergency.reduction-red',
    text: { zh: '红色预警期间生产线减排比例', en: 'Production-line reduction, red alert' },
    unit: '%',
    source: '环办大气函〔2019〕648号',
    confidence: 'R',
    note: 'As above, ≥30% at red.',
    values: { kind: 'single', bound: { min: 30 } },
  },
  // --- 焦化超低排放 (环大气〔2024〕5号) and GB 16171-2012 special limits --------------------
  {
    id: 'coking.oven-stack-pm-ultra-low',
    text: {
      zh: '焦炉烟囱颗粒物（超低排放，小时均值）',
      en: 'Coke-oven stack PM (ultra-low, hourly)',
    },
    unit: 'mg/m³',
    source: '环大气〔2024〕5号',
    confidence: 'U',
    note: 'Reference O2 8%. A secondary source gives 10 (some say 8) mg/m³: confirm against the notice.',
    values: { kind: 'single', bound: { max: 10 } },
  },
  {
    id: 'coking.oven-stack-so2-ultra-low',
    text: {
      zh: '焦炉烟囱二氧化硫（超低排放，小时均值）',
      en: 'Coke-oven stack SO2 (ultra-low, hourly)',
    },
    unit: 'mg/m³',
    source: '环大气〔2024〕5号',
    confidence: 'R',
    values: { kind: 'single', bound: { max: 30 } },
  },
  {
    id: 'coking.oven-stack-nox-ultra-low',
    text: {
      zh: '焦炉烟囱氮氧化物（超低排放，小时均值）',
      en: 'Coke-oven stack NOx (ultra-low, hourly)',
    },
    unit: 'mg/m³',
    source: '环大气〔2024〕5号',
    confidence: 'U',
    note: 'A secondary source gives 150 (some say 100) mg/m³: confirm against the notice.',
    values: { kind: 'single', bound: { max: 150 } },
  },
  {
    id: 'coking.oven-stack-pm-special',
    text: { zh: '焦炉烟囱颗粒物（特别排放限值）', en: 'Coke-oven stack PM (special limit)' },
    unit: 'mg/m³',
    source: 'GB 16171-2012 表6',
    confidence: 'R',
    values: { kind: 'single', bound: { max: 15 } },
  },
  {
    id: 'coking.oven-stack-so2-special',
    text: { zh: '焦炉烟囱二氧化硫（特别排放限值）', en: 'Coke-oven stack SO2 (special limit)' },
    unit: 'mg/m³',
    source: 'GB 16171-2012 表6',
    confidence: 'R',
    values: { kind: 'single', bound: { max: 30 } },
  },
  {
    id: 'coking.oven-stack-nox-special',
    text: { zh: '焦炉烟囱氮氧化物（特别排放限值）', en: 'Coke-oven stack NOx (special limit)' },
    unit: 'mg/m³',
    source: 'GB 16171-2012 表6',
    confidence: 'R',
    values: { kind: 'single', bound: { max: 150 } },
  },
  {
    id: 'coking.charging-pushing-pm-ultra-low',
    text: {
      zh: '装煤、推焦地面站颗粒物（超低排放，小时均值）',
      en: 'Charging and pushing dedusting station PM (ultra-low, hourly)',
    },
    unit: 'mg/m³',
    source: '环大气〔2024〕5号',
    confidence: 'R',
    values: { kind: 'single', bound: { max: 10 } },
  },
  {
    id: 'coking.charging-pushing-pm-special',
    text: {
      zh: '装煤、推焦地面站颗粒物（特别排放限值）',
      en: 'Charging and pushing dedusting station PM (special limit)',
    },
    unit: 'mg/m³',
    source: 'GB 16171-2012 表6',
    confidence: 'U',
    note: 'Recalled as 30 mg/m³ for charging and pushing; confirm against Table 6.',
    values: { kind: 'single', bound: { max: 30 } },
  },
  {
    id: 'coking.clean-transport-share',
    text: {
      zh: '大宗物料和产品清洁方式运输比例（铁路、管道、管状带式输送机等）',
      en: 'Share of bulk goods moved by clean modes (rail, pipe, belt conveyor)',
    },
    unit: '%',
    source: '环大气〔2024〕5号',
    confidence: 'V',
    note: 'Seen in two secondary sources: ≥80%, or all road haulage by new-energy or China VI trucks.',
    values: { kind: 'single', bound: { min: 80 } },
  },
  // --- 清洁运输 (吕政办发〔2021〕38号) and GB 3847-2018 -------------------------------------
  {
    id: 'transport.clean-truck-share',
    text: {
      zh: '进出厂重型柴油货车中国五及以上排放标准或新能源车辆占比',
      en: 'Share of heavy trucks at the gate that are China V or better, or new-energy',
    },
    unit: '%',
    source: '吕政办发〔2021〕38号',
    confidence: 'R',
    note: 'The plan: enterprises moving ≥1.5 Mt a year use rail or China V+/VI trucks, read as 100% of road trips.',
    values: { kind: 'single', bound: { min: 100 } },
  },
  {
    id: 'transport.rail-belt-pipe-share',
    text: {
      zh: '铁路、管道、管状带式输送机等清洁方式运输比例',
      en: 'Share moved by rail, pipe or belt conveyor',
    },
    unit: '%',
    source: '吕政办发〔2021〕38号',
    confidence: 'U',
    note: 'The plan sets a share per enterprise from 2021-10-01; 80% is the national ultra-low figure, the office sets the enterprise’s own.',
    values: { kind: 'single', bound: { min: 80 } },
  },
  {
    id: 'transport.free-acceleration-absorption',
    text: {
      zh: '柴油车自由加速法光吸收系数（限值b）',
      en: 'Diesel truck light absorption coefficient, free acceleration (limit b)',
    },
    unit: 'm⁻¹',
    source: 'GB 3847-2018 表2',
    confidence: 'R',
    note: 'Limit a is 1.2 m⁻¹; limit b (0.7) applies nationwide from 2023-07-01 [R], earlier in key regions.',
    values: { kind: 'single', bound: { max: 0.7 } },
  },
  {
    id: 'transport.ringelmann',
    text: { zh: '柴油车林格曼烟气黑度', en: 'Diesel truck Ringelmann smoke density' },
    unit: 'ringelmann',
    source: 'GB 3847-2018 表2',
    confidence: 'R',
    values: { kind: 'single', bound: { max: 1 } },
  },
  // --- 锅炉与工业炉窑 NOx (GB 13271-2014, 环大气〔2019〕56号) -------------------------------
  {
    id: 'denitration.coal-boiler-nox',
    text: { zh: '燃煤锅炉氮氧化物（特别排放限值）', en: 'Coal-fired boiler NOx (special limit)' },
    unit: 'mg/m³',
    source: 'GB 13271-2014 表3',
    confidence: 'R',
    values: { kind: 'single', bound: { max: 200 } },
  },
  {
    id: 'denitration.oil-boiler-nox',
    text: { zh: '燃油锅炉氮氧化物（特别排放限值）', en: 'Oil-fired boiler NOx (special limit)' },
    unit: 'mg/m³',
    source: 'GB 13271-2014 表3',
    confidence: 'R',
    values: { kind: 'single', bound: { max: 200 } },
  },
  {
    id: 'denitration.gas-boiler-nox',
    text: { zh: '燃气锅炉氮氧化物（特别排放限值）', en: 'Gas-fired boiler NOx (special limit)' },
    unit: 'mg/m³',
    source: 'GB 13271-2014 表3',
    confidence: 'R',
    note: 'Key-region low-NOx retrofits often require 50 mg/m³ [U]; set by office override where a notice applies.',
    values: { kind: 'single', bound: { max: 150 } },
  },
  {
    id: 'denitration.kiln-nox',
    text: { zh: '工业炉窑氮氧化物（重点区域）', en: 'Industrial kiln NOx (key regions)' },
    unit: 'mg/m³',
    source: '环大气〔2019〕56号',
    confidence: 'R',
    note: 'Key regions, in principle; a sector standard or Shanxi local standard, where stricter, is set by override.',
    values: { kind: 'single', bound: { max: 300 } },
  },
  // --- 餐饮油烟 (GB 18483-2001) -------------------------------------------------------------
  {
    id: 'catering.fume-concentration',
    text: { zh: '饮食业油烟最高允许排放浓度', en: 'Cooking fume emission concentration' },
    unit: 'mg/m³',
    source: 'GB 18483-2001 表2',
    confidence: 'V',
    values: { kind: 'single', bound: { max: 2.0 } },
  },
  {
    id: 'catering.removal-small',
    text: {
      zh: '油烟净化设施最低去除效率（小型）',
      en: 'Purifier removal efficiency (small premises)',
    },
    unit: '%',
    source: 'GB 18483-2001 表2',
    confidence: 'V',
    values: { kind: 'single', bound: { min: 60 } },
  },
  {
    id: 'catering.removal-medium',
    text: {
      zh: '油烟净化设施最低去除效率（中型）',
      en: 'Purifier removal efficiency (medium premises)',
    },
    unit: '%',
    source: 'GB 18483-2001 表2',
    confidence: 'V',
    values: { kind: 'single', bound: { min: 75 } },
  },
  {
    id: 'catering.removal-large',
    text: {
      zh: '油烟净化设施最低去除效率（大型）',
      en: 'Purifier removal efficiency (large premises)',
    },
    unit: '%',
    source: 'GB 18483-2001 表2',
    confidence: 'V',
    values: { kind: 'single', bound: { min: 85 } },
  },
] as const satisfies readonly LimitEntry[];
