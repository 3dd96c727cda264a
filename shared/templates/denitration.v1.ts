/**
 * 锅炉与工业炉窑脱硝运行, version 1 (docs/domain.md "Priority campaigns" §4): SCR/SNCR running
 * with production, the reagent ledger, CEMS NOx against its limit (GB 13271-2014 special limits
 * for boilers, 环大气〔2019〕56号 for kilns in key regions), bypasses sealed. Shipped data:
 * never edit, add a v2.
 */
import type { ChecklistTemplate } from './templateSchema';

const PLAN = '吕政办发〔2021〕38号';
const GB13271 = 'GB 13271-2014 表3';
const KILNS = '环大气〔2019〕56号';
/** 打赢蓝天保卫战三年行动计划: low-NOx retrofits of gas boilers (docs/domain.md). */
const BLUE_SKY = '国发〔2018〕22号';
const ART20 = '《中华人民共和国大气污染防治法》第二十条';
const ART24 = '《中华人民共和国大气污染防治法》第二十四条';
const LEDGER = 'HJ 944-2018';

const hourly = {
  zh: '录入CEMS小时均值（最多 20 个），取最大值判定；按基准含氧量折算后的值。',
  en: 'Enter CEMS hourly averages (up to 20), corrected to the reference O2; the highest is judged.',
};

function noxReading(kind: 'coal-boiler' | 'oil-boiler' | 'gas-boiler' | 'kiln') {
  const label = {
    'coal-boiler': { zh: '燃煤锅炉', en: 'coal-fired boiler' },
    'oil-boiler': { zh: '燃油锅炉', en: 'oil-fired boiler' },
    'gas-boiler': { zh: '燃气锅炉', en: 'gas-fired boiler' },
    kiln: { zh: '工业炉窑', en: 'industrial kiln' },
  }[kind];
  return {
    kind: 'reading' as const,
    id: `denitration.cems.nox-${kind}`,
    text: { zh: `氮氧化物排放浓度（${label.zh}）`, en: `NOx concentration (${label.en})` },
    guidance: hourly,
    source: `${kind === 'kiln' ? KILNS : GB13271}；${PLAN}`,
    condition: { fact: 'sourceKind', equals: kind },
    unit: 'mg/m³' as const,
    repeats: 1,
    maxRepeats: 20,
    judgedBy: 'max' as const,
    decimals: 0,
    instruments: ['cems' as const, 'document' as const],
    limitRef: `denitration.${kind}-nox`,
  };
}

export const denitrationV1 = {
  id: 'denitration',
  version: 1,
  type: 'denitration',
  title: {
    zh: '锅炉与工业炉窑脱硝设施运行检查',
    en: 'Boiler and industrial kiln NOx control (denitration) inspection',
  },
  options: [],
  facts: [
    {
      kind: 'select',
      id: 'sourceKind',
      label: { zh: '排放源类型', en: 'Source' },
      required: true,
      choices: [
        { value: 'coal-boiler', label: { zh: '燃煤锅炉', en: 'Coal-fired boiler' } },
        { value: 'oil-boiler', label: { zh: '燃油锅炉', en: 'Oil-fired boiler' } },
        { value: 'gas-boiler', label: { zh: '燃气锅炉', en: 'Gas-fired boiler' } },
        { value: 'kiln', label: { zh: '工业炉窑', en: 'Industrial kiln' } },
      ],
    },
    {
      kind: 'select',
      id: 'denoxProcess',
      label: { zh: '脱硝工艺', en: 'NOx control process' },
      required: true,
      choices: [
        { value: 'scr', label: { zh: 'SCR（选择性催化还原）', en: 'SCR' } },
        { value: 'sncr', label: { zh: 'SNCR（选择性非催化还原）', en: 'SNCR' } },
        { value: 'sncr-scr', label: { zh: 'SNCR+SCR联合', en: 'SNCR and SCR combined' } },
        { value: 'low-nox', label: { zh: '低氮燃烧', en: 'Low-NOx burners only' } },
      ],
    },
    {
      kind: 'text',
      id: 'unitName',
      label: { zh: '设备名称及编号', en: 'Unit name and number' },
      required: true,
      maxLength: 60,
    },
    {
      kind: 'text',
      id: 'permitNumber',
      label: { zh: '排污许可证编号', en: 'Discharge permit number' },
      maxLength: 40,
    },
  ],
  sections: [
    {
      id: 'denitration.running',
      title: { zh: '一、脱硝设施运行', en: '1. NOx control running' },
      items: [
        {
          kind: 'check',
          id: 'denitration.running.with-production',
          text: {
            zh: '脱硝设施与生产设施同步运行，DCS显示还原剂喷射、反应温度处于设计区间',
            en: 'NOx control runs with production; DCS shows reagent injection and temperature in range',
          },
          source: `${ART20}；${PLAN}`,
          condition: { not: { fact: 'denoxProcess', equals: 'low-nox' } },
        },
        {
          kind: 'check',
          id: 'denitration.running.catalyst',
          text: {
            zh: 'SCR催化剂按期检测、更换，有记录',
            en: 'SCR catalyst tested and replaced on schedule, with records',
          },
          source: `HJ 562-2010；${PLAN}`,
          condition: { fact: 'denoxProcess', in: ['scr', 'sncr-scr'] },
        },
        {
          kind: 'check',
          id: 'denitration.running.reagent-ledger',
          text: {
            zh: '还原剂（氨水、尿素）购入、消耗台账完整，消耗量与产量、运行时间相符',
            en: 'Reagent (ammonia, urea) purchase and use ledger complete, matching output and hours',
          },
          source: `${LEDGER}；${PLAN}`,
          condition: { not: { fact: 'denoxProcess', equals: 'low-nox' } },
        },
        {
          kind: 'check',
          id: 'denitration.running.low-nox-burners',
          text: {
            zh: '低氮燃烧器正常运行，燃烧参数与验收时一致',
            en: 'Low-NOx burners running, settings as when accepted',
          },
          source: `${BLUE_SKY}；${PLAN}`,
          condition: { fact: 'denoxProcess', equals: 'low-nox' },
        },
      ],
    },
    {
      id: 'denitration.cems',
      title: { zh: '二、在线监测（CEMS）', en: '2. Continuous monitoring (CEMS)' },
      items: [
        {
          kind: 'check',
          id: 'denitration.cems.networked',
          text: {
            zh: 'CEMS安装并与生态环境部门联网，校准、比对和运维记录完整',
            en: 'CEMS installed and networked, with calibration, comparison and upkeep records',
          },
          source: `${ART24}；${PLAN}`,
        },
        noxReading('coal-boiler'),
        noxReading('oil-boiler'),
        noxReading('gas-boiler'),
        noxReading('kiln'),
      ],
    },
    {
      id: 'denitration.bypass',
      title: { zh: '三、旁路管理', en: '3. Bypasses' },
      items: [
        {
          kind: 'check',
          id: 'denitration.bypass.sealed',
          text: {
            zh: '烟气旁路已拆除或铅封，挡板开度记录显示无旁路排放',
            en: 'Flue bypass removed or sealed; damper records show no bypass emission',
          },
          source: `${ART20}；${PLAN}`,
        },
      ],
    },
  ],
} satisfies ChecklistTemplate;
