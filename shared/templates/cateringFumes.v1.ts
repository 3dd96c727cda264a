/**
 * 餐饮油烟, version 1 (docs/domain.md "Priority campaigns" §5): purifier fitted, running and
 * cleaned (Air Law Art. 81), emission concentration and removal efficiency by premises size
 * (GB 18483-2001 Tables 1 and 2: small, medium, large by standard cooking heads). Shipped
 * data: never edit, add a v2.
 */
import type { ChecklistTemplate } from './templateSchema';

const GB18483 = 'GB 18483-2001';
const PLAN = '吕政办发〔2021〕38号';
const ART81 = '《中华人民共和国大气污染防治法》第八十一条';

function removalReading(size: 'small' | 'medium' | 'large') {
  const label = {
    small: { zh: '小型', en: 'small' },
    medium: { zh: '中型', en: 'medium' },
    large: { zh: '大型', en: 'large' },
  }[size];
  return {
    kind: 'reading' as const,
    id: `catering-fumes.emission.removal-${size}`,
    text: {
      zh: `油烟净化设施去除效率（${label.zh}）`,
      en: `Purifier removal efficiency (${label.en} premises)`,
    },
    guidance: {
      zh: '取自有资质单位的监测报告。',
      en: 'From a certified laboratory’s monitoring report.',
    },
    source: `${GB18483} 表2；${PLAN}`,
    condition: { fact: 'premisesSize', equals: size },
    unit: '%' as const,
    repeats: 1,
    judgedBy: 'min' as const,
    decimals: 0,
    instruments: ['document' as const],
    limitRef: `catering.removal-${size}`,
  };
}

export const cateringFumesV1 = {
  id: 'catering-fumes',
  version: 1,
  type: 'catering-fumes',
  title: { zh: '餐饮油烟污染防治检查', en: 'Catering cooking fume inspection' },
  options: [],
  facts: [
    {
      kind: 'select',
      id: 'premisesSize',
      label: { zh: '饮食业单位规模', en: 'Premises size' },
      hint: {
        zh: '按基准灶头数：小型≥1且<3，中型≥3且<6，大型≥6。',
        en: 'By standard cooking heads: small 1 to <3, medium 3 to <6, large 6 or more.',
      },
      required: true,
      choices: [
        { value: 'small', label: { zh: '小型', en: 'Small' } },
        { value: 'medium', label: { zh: '中型', en: 'Medium' } },
        { value: 'large', label: { zh: '大型', en: 'Large' } },
      ],
    },
    {
      kind: 'text',
      id: 'purifierModel',
      label: { zh: '油烟净化设施型号', en: 'Purifier model' },
      maxLength: 60,
    },
  ],
  sections: [
    {
      id: 'catering-fumes.purifier',
      title: { zh: '一、油烟净化设施', en: '1. Fume purifier' },
      items: [
        {
          kind: 'check',
          id: 'catering-fumes.purifier.fitted',
          text: {
            zh: '安装油烟净化设施，所有灶头油烟经集气罩收集进入净化设施',
            en: 'A purifier is fitted and every cooking head’s fume is captured into it',
          },
          source: `${ART81}；${GB18483}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'catering-fumes.purifier.running',
          text: {
            zh: '油烟净化设施与排风机同步运行',
            en: 'The purifier runs whenever the extraction fan runs',
          },
          source: `${ART81}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'catering-fumes.purifier.cleaned',
          text: {
            zh: '定期清洗维护油烟净化设施，有清洗记录',
            en: 'The purifier is cleaned and maintained regularly, with records',
          },
          source: `${ART81}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'catering-fumes.purifier.outlet',
          text: {
            zh: '排气筒出口朝向避开易受影响的建筑物，未在居民住宅楼等禁止区域新建产生油烟的餐饮项目',
            en: 'The outlet faces away from sensitive buildings; no new fume-producing outlet where banned',
          },
          source: `${ART81}；${GB18483}；${PLAN}`,
        },
      ],
    },
    {
      id: 'catering-fumes.emission',
      title: { zh: '二、油烟排放', en: '2. Fume emission' },
      items: [
        {
          kind: 'reading',
          id: 'catering-fumes.emission.concentration',
          text: { zh: '油烟排放浓度', en: 'Cooking fume concentration' },
          guidance: {
            zh: '取自有资质单位的监测报告；多个样品取平均值。',
            en: 'From a certified laboratory’s report; several samples are averaged.',
          },
          source: `${GB18483} 表2；${PLAN}`,
          unit: 'mg/m³',
          repeats: 1,
          maxRepeats: 5,
          judgedBy: 'mean',
          decimals: 1,
          instruments: ['document'],
          limitRef: 'catering.fume-concentration',
        },
        removalReading('small'),
        removalReading('medium'),
        removalReading('large'),
      ],
    },
  ],
} satisfies ChecklistTemplate;
