/**
 * 清洁运输与门禁系统, version 1 (docs/domain.md "Priority campaigns" §3): heavy-transport
 * enterprises' video gates networked to the city bureau, gate ledgers, the share of China V/VI
 * and new-energy trucks, rail/belt/pipe share where the plan sets one, urea records, and a
 * roadside or at-gate diesel smoke check by free acceleration (GB 3847-2018). Shipped data:
 * never edit, add a v2.
 */
import type { ChecklistTemplate } from './templateSchema';

const PLAN = '吕政办发〔2021〕38号';
const DIESEL = '环大气〔2018〕179号';
const GRADING = '环办大气函〔2020〕340号';
const GB3847 = 'GB 3847-2018';

export const cleanTransportV1 = {
  id: 'clean-transport',
  version: 1,
  type: 'clean-transport',
  title: {
    zh: '清洁运输与门禁系统检查',
    en: 'Clean transport and video gate inspection',
  },
  description: {
    zh: '大宗物料年运输量150万吨及以上的重点用车企业',
    en: 'Enterprises moving 1.5 Mt or more of bulk goods a year',
  },
  options: [],
  facts: [
    {
      kind: 'select',
      id: 'railShareSet',
      label: {
        zh: '计划是否对本企业设定铁路/管道/皮带运输比例',
        en: 'Does the plan set a rail, pipe or belt share for this enterprise?',
      },
      required: true,
      choices: [
        { value: 'yes', label: { zh: '是', en: 'Yes' } },
        { value: 'no', label: { zh: '否', en: 'No' } },
      ],
    },
    {
      kind: 'select',
      id: 'smokeCheck',
      label: { zh: '是否开展柴油货车排气抽测', en: 'Is a diesel truck smoke check done?' },
      required: true,
      choices: [
        { value: 'yes', label: { zh: '是', en: 'Yes' } },
        { value: 'no', label: { zh: '否', en: 'No' } },
      ],
    },
    {
      kind: 'text',
      id: 'truckPlate',
      label: { zh: '抽测车辆号牌', en: 'Plate of the truck checked' },
      maxLength: 20,
    },
  ],
  sections: [
    {
      id: 'clean-transport.gate',
      title: { zh: '一、门禁视频监控系统', en: '1. Video gate system' },
      items: [
        {
          kind: 'check',
          id: 'clean-transport.gate.installed',
          text: {
            zh: '各物料运输出入口均安装门禁视频监控系统，无绕行通道',
            en: 'Every goods gate has a video gate system; no way around it',
          },
          source: `${PLAN}；${GRADING}`,
        },
        {
          kind: 'check',
          id: 'clean-transport.gate.networked',
          text: {
            zh: '门禁系统与市生态环境局联网，数据实时传输',
            en: 'The gate system is networked to the city bureau and sends data live',
          },
          source: `${GRADING}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'clean-transport.gate.ledger',
          text: {
            zh: '门禁电子台账记录车牌号、VIN、排放阶段、进出时间及照片，完整可查',
            en: 'The gate ledger records plate, VIN, emission stage, times and photos, complete',
          },
          source: `${GRADING}；${DIESEL}；${PLAN}`,
        },
      ],
    },
    {
      id: 'clean-transport.fleet',
      title: { zh: '二、运输结构', en: '2. Transport structure' },
      items: [
        {
          kind: 'reading',
          id: 'clean-transport.fleet.clean-truck-share',
          text: {
            zh: '国五及以上或新能源重型货车占比',
            en: 'Share of China V+ or new-energy heavy trucks',
          },
          guidance: {
            zh: '按门禁台账统计检查前 30 日进出厂车次。',
            en: 'From the gate ledger, truck trips in the 30 days before the check.',
          },
          source: `${DIESEL}；${PLAN}`,
          unit: '%',
          repeats: 1,
          judgedBy: 'min',
          decimals: 1,
          instruments: ['document'],
          limitRef: 'transport.clean-truck-share',
        },
        {
          kind: 'reading',
          id: 'clean-transport.fleet.rail-share',
          text: {
            zh: '铁路、管道、皮带等清洁方式运输比例',
            en: 'Share moved by rail, pipe or belt',
          },
          source: `${DIESEL}；${PLAN}`,
          condition: { fact: 'railShareSet', equals: 'yes' },
          unit: '%',
          repeats: 1,
          judgedBy: 'min',
          decimals: 1,
          instruments: ['document'],
          limitRef: 'transport.rail-belt-pipe-share',
        },
        {
          kind: 'check',
          id: 'clean-transport.fleet.machinery-registered',
          text: {
            zh: '厂内非道路移动机械已编码登记，排放达标',
            en: 'In-plant non-road machinery registered and within emission limits',
          },
          source: `${DIESEL}；${PLAN}`,
        },
      ],
    },
    {
      id: 'clean-transport.urea',
      title: { zh: '三、车用尿素', en: '3. Diesel exhaust fluid (urea)' },
      items: [
        {
          kind: 'check',
          id: 'clean-transport.urea.records',
          text: {
            zh: '自有国五及以上柴油车车用尿素购买、添加记录完整，用量与行驶里程相符',
            en: 'Urea purchase and filling records for own China V+ diesel trucks, matching mileage',
          },
          source: `${DIESEL}；${PLAN}`,
        },
      ],
    },
    {
      id: 'clean-transport.smoke',
      title: { zh: '四、柴油货车排气抽测', en: '4. Diesel truck smoke check' },
      condition: { fact: 'smokeCheck', equals: 'yes' },
      items: [
        {
          kind: 'reading',
          id: 'clean-transport.smoke.absorption',
          text: {
            zh: '自由加速法光吸收系数',
            en: 'Light absorption coefficient, free acceleration',
          },
          guidance: {
            zh: '不透光烟度计，自由加速工况测量三次，取算术平均值。',
            en: 'Opacimeter, three free accelerations; the mean is judged.',
          },
          source: `${GB3847} 表2；${PLAN}`,
          unit: 'm⁻¹',
          repeats: 3,
          judgedBy: 'mean',
          decimals: 2,
          instruments: ['opacimeter'],
          limitRef: 'transport.free-acceleration-absorption',
        },
        {
          kind: 'reading',
          id: 'clean-transport.smoke.ringelmann',
          text: { zh: '林格曼烟气黑度', en: 'Ringelmann smoke density' },
          source: `${GB3847} 表2；${PLAN}`,
          unit: 'ringelmann',
          repeats: 1,
          judgedBy: 'max',
          decimals: 0,
          instruments: ['ringelmann-chart'],
          limitRef: 'transport.ringelmann',
        },
        {
          kind: 'check',
          id: 'clean-transport.smoke.obd',
          text: {
            zh: 'OBD无故障码，后处理装置（DPF、SCR）未拆除或失效',
            en: 'No OBD fault codes; DPF and SCR present and working',
          },
          source: `${GB3847}；${PLAN}`,
        },
      ],
    },
  ],
} satisfies ChecklistTemplate;
