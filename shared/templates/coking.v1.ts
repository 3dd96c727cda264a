/**
 * 焦化超低排放与无组织排放管控, version 1 (docs/domain.md "Priority campaigns" §2): the
 * plan's coking deadlines (ultra-low retrofits; 4.3 m ovens on the phase-out schedule), stack
 * monitoring, enclosed storage and conveying, charging and pushing dust collection, fugitive
 * monitoring and clean transport. Stack readings are judged against the ultra-low values of
 * 环大气〔2024〕5号 once the retrofit is complete, else against the GB 16171-2012 special
 * limits (the legal floor in a key region). Shipped data: never edit, add a v2.
 */
import type { ChecklistTemplate } from './templateSchema';

const PLAN = '吕政办发〔2021〕38号';
const ULTRA_LOW = '环大气〔2024〕5号';
/** Lists coke ovens under 4.3 m among the capacity to eliminate (docs/domain.md). */
const CATALOGUE = '《产业结构调整指导目录》淘汰类';
const GB16171 = 'GB 16171-2012';
const ART24 = '《中华人民共和国大气污染防治法》第二十四条';
const ART48 = '《中华人民共和国大气污染防治法》第四十八条';

const hourly = {
  zh: '录入在线监测小时均值（最多 20 个），取最大值判定。',
  en: 'Enter CEMS hourly averages (up to 20); the highest is judged.',
};
const ultraLow = { fact: 'retrofit', equals: 'completed' } as const;
const notUltraLow = { not: ultraLow } as const;

function stackReading(
  pollutant: 'pm' | 'so2' | 'nox',
  label: { zh: string; en: string },
  variant: 'ultra-low' | 'special',
) {
  return {
    kind: 'reading' as const,
    id: `coking.stack.${pollutant}-${variant}`,
    text:
      variant === 'ultra-low'
        ? { zh: `焦炉烟囱${label.zh}（超低排放）`, en: `Coke-oven stack ${label.en} (ultra-low)` }
        : {
            zh: `焦炉烟囱${label.zh}（特别排放限值）`,
            en: `Coke-oven stack ${label.en} (special limit)`,
          },
    guidance: hourly,
    source: variant === 'ultra-low' ? `${ULTRA_LOW}；${PLAN}` : `${GB16171} 表6；${PLAN}`,
    condition: variant === 'ultra-low' ? ultraLow : notUltraLow,
    unit: 'mg/m³' as const,
    repeats: 1,
    maxRepeats: 20,
    judgedBy: 'max' as const,
    decimals: 1,
    instruments: ['cems' as const, 'document' as const],
    limitRef: `coking.oven-stack-${pollutant}-${variant}`,
  };
}

const PM = { zh: '颗粒物', en: 'PM' };
const SO2 = { zh: '二氧化硫', en: 'SO2' };
const NOX = { zh: '氮氧化物', en: 'NOx' };

export const cokingV1 = {
  id: 'coking',
  version: 1,
  type: 'coking',
  title: {
    zh: '焦化超低排放与无组织排放管控检查',
    en: 'Coking: ultra-low emission and fugitive control inspection',
  },
  description: { zh: '焦化行业（含半焦）', en: 'Coking sector (including semi-coke)' },
  options: [],
  facts: [
    {
      kind: 'number',
      id: 'ovenHeight',
      label: { zh: '焦炉炭化室高度', en: 'Coke-oven chamber height' },
      hint: {
        zh: '4.3 米及以下焦炉按计划关停淘汰。',
        en: 'Ovens of 4.3 m or less are on the phase-out schedule.',
      },
      required: true,
      unit: 'm',
      min: 0,
      max: 12,
    },
    {
      kind: 'select',
      id: 'retrofit',
      label: { zh: '超低排放改造情况', en: 'Ultra-low retrofit' },
      hint: {
        zh: '已完成改造的按超低排放限值判定，否则按GB 16171-2012特别排放限值。',
        en: 'Completed: judged on the ultra-low values; otherwise on the GB 16171-2012 special limits.',
      },
      required: true,
      choices: [
        { value: 'completed', label: { zh: '已完成并通过评估监测', en: 'Completed and assessed' } },
        { value: 'in-progress', label: { zh: '改造中', en: 'In progress' } },
        { value: 'not-started', label: { zh: '未开展', en: 'Not started' } },
      ],
    },
    {
      kind: 'date',
      id: 'retrofitDeadline',
      label: { zh: '计划要求完成改造日期', en: 'Retrofit deadline set by the plan' },
    },
  ],
  sections: [
    {
      id: 'coking.schedule',
      title: { zh: '一、淘汰与改造进度', en: '1. Phase-out and retrofit schedule' },
      items: [
        {
          kind: 'check',
          id: 'coking.schedule.small-ovens-closed',
          text: {
            zh: '炭化室高度4.3米及以下焦炉按计划时限关停，未违规生产',
            en: 'Ovens of 4.3 m or less closed by the plan’s date and not producing',
          },
          source: `${CATALOGUE}；${PLAN}`,
          condition: { fact: 'ovenHeight', atMost: 4.3 },
        },
        {
          kind: 'check',
          id: 'coking.schedule.retrofit-on-time',
          text: {
            zh: '超低排放改造按计划时限推进或已完成',
            en: 'Ultra-low retrofit on schedule or complete',
          },
          source: `${PLAN}；${ULTRA_LOW}`,
        },
      ],
    },
    {
      id: 'coking.monitoring',
      title: { zh: '二、在线监测', en: '2. Online monitoring' },
      items: [
        {
          kind: 'check',
          id: 'coking.monitoring.networked',
          text: {
            zh: '焦炉烟囱、装煤推焦地面站等排放口安装在线监测设备并与生态环境部门联网',
            en: 'Oven stack and dedusting station outlets have CEMS networked with the bureau',
          },
          source: `${ART24}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'coking.monitoring.valid',
          text: {
            zh: '在线监测数据有效传输，运维、校准记录完整，无篡改、伪造数据',
            en: 'CEMS data valid and transmitted; upkeep and calibration records kept; no tampering',
          },
          source: `${ART24}；《中华人民共和国大气污染防治法》第二十条；${PLAN}`,
        },
      ],
    },
    {
      id: 'coking.stack',
      title: { zh: '三、焦炉烟囱排放', en: '3. Coke-oven stack emissions' },
      items: [
        stackReading('pm', PM, 'ultra-low'),
        stackReading('so2', SO2, 'ultra-low'),
        stackReading('nox', NOX, 'ultra-low'),
        stackReading('pm', PM, 'special'),
        stackReading('so2', SO2, 'special'),
        stackReading('nox', NOX, 'special'),
      ],
    },
    {
      id: 'coking.dedusting',
      title: { zh: '四、装煤推焦除尘', en: '4. Charging and pushing dust collection' },
      items: [
        {
          kind: 'check',
          id: 'coking.dedusting.running',
          text: {
            zh: '装煤、推焦地面站除尘设施与生产同步运行，烟尘有效收集',
            en: 'Charging and pushing dedusting stations run with production and capture the fume',
          },
          source: `${GB16171}；${ULTRA_LOW}；${PLAN}`,
        },
        {
          kind: 'reading',
          id: 'coking.dedusting.pm-ultra-low',
          text: {
            zh: '装煤推焦地面站颗粒物（超低排放）',
            en: 'Dedusting station PM (ultra-low)',
          },
          guidance: hourly,
          source: `${ULTRA_LOW}；${PLAN}`,
          condition: ultraLow,
          unit: 'mg/m³',
          repeats: 1,
          maxRepeats: 20,
          judgedBy: 'max',
          decimals: 1,
          instruments: ['cems', 'document'],
          limitRef: 'coking.charging-pushing-pm-ultra-low',
        },
        {
          kind: 'reading',
          id: 'coking.dedusting.pm-special',
          text: {
            zh: '装煤推焦地面站颗粒物（特别排放限值）',
            en: 'Dedusting station PM (special limit)',
          },
          guidance: hourly,
          source: `${GB16171} 表6；${PLAN}`,
          condition: notUltraLow,
          unit: 'mg/m³',
          repeats: 1,
          maxRepeats: 20,
          judgedBy: 'max',
          decimals: 1,
          instruments: ['cems', 'document'],
          limitRef: 'coking.charging-pushing-pm-special',
        },
      ],
    },
    {
      id: 'coking.fugitive',
      title: { zh: '五、无组织排放管控', en: '5. Fugitive emission control' },
      items: [
        {
          kind: 'check',
          id: 'coking.fugitive.coal-yard',
          text: {
            zh: '煤场封闭储存（封闭料棚或筒仓），无露天堆放',
            en: 'Coal stored enclosed (closed shed or silo), none in the open',
          },
          source: `${ART48}；${ULTRA_LOW}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'coking.fugitive.coke-yard',
          text: {
            zh: '焦场封闭储存，筛焦、转运环节密闭并配备收尘',
            en: 'Coke stored enclosed; screening and transfer closed with dust collection',
          },
          source: `${ART48}；${ULTRA_LOW}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'coking.fugitive.conveyors',
          text: {
            zh: '皮带输送采用封闭通廊，转载点设置集气除尘，无可见粉尘外逸',
            en: 'Conveyors in closed galleries with collection at transfer points; no visible dust',
          },
          source: `${ART48}；${ULTRA_LOW}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'coking.fugitive.oven-tops',
          text: {
            zh: '炉顶、炉门、上升管等部位无明显冒烟冒火',
            en: 'No visible smoke or flame at oven tops, doors and ascension pipes',
          },
          source: `${GB16171}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'coking.fugitive.monitoring-system',
          text: {
            zh: '建设无组织排放监测监控系统（厂区颗粒物监测、视频监控），数据正常',
            en: 'A fugitive monitoring system (plant PM monitors, video) is in place and working',
          },
          source: `${ULTRA_LOW}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'coking.fugitive.roads',
          text: {
            zh: '厂区道路硬化并定期清扫洒水，车辆出口设置洗车设施',
            en: 'Plant roads paved, swept and watered; a wheel wash at the vehicle exit',
          },
          source: `${ULTRA_LOW}；${PLAN}`,
        },
      ],
    },
    {
      id: 'coking.transport',
      title: { zh: '六、清洁运输', en: '6. Clean transport' },
      items: [
        {
          kind: 'reading',
          id: 'coking.transport.clean-share',
          text: {
            zh: '大宗物料清洁方式运输比例',
            en: 'Share of bulk goods moved by clean modes',
          },
          guidance: {
            zh: '按门禁与铁路、皮带计量台账计算；未达比例的，汽车运输须全部为新能源或国六车辆。',
            en: 'From gate and rail or belt weighing ledgers; below the share, all road haulage must be new-energy or China VI.',
          },
          source: `${ULTRA_LOW}；${PLAN}`,
          unit: '%',
          repeats: 1,
          judgedBy: 'min',
          decimals: 0,
          instruments: ['document'],
          limitRef: 'coking.clean-transport-share',
        },
      ],
    },
  ],
} satisfies ChecklistTemplate;
