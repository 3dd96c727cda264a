/**
 * 重污染天气应急响应执行检查, version 1 (docs/domain.md "Priority campaigns" §1): whether an
 * enterprise applies its emergency reduction measures while an alert is in force. The plan
 * (吕政办发〔2021〕38号) makes enterprises that do not a priority for enforcement; the measures
 * follow the performance grade (绩效分级) of 环办大气函〔2020〕340号 and the enterprise's own
 * 一厂一策 list. A-grade and 引领性 enterprises take their own measures, so the per-line
 * reduction is not judged for them. Shipped data: never edit, add a v2.
 */
import type { ChecklistTemplate } from './templateSchema';

const PLAN = '吕政办发〔2021〕38号';
const GRADING = '环办大气函〔2020〕340号';
const SHARES = '环办大气函〔2019〕648号';
const ART96 = '《中华人民共和国大气污染防治法》第九十六条';

const perLine = {
  zh: '每条生产线录入一个值（最多 10 条），取最小值判定：按用电监控或DCS数据计算的负荷降幅。',
  en: 'One value per production line (up to 10); the lowest is judged: the load drop from power-use or DCS data.',
};

export const emergencyResponseV1 = {
  id: 'emergency-response',
  version: 1,
  type: 'emergency-response',
  title: {
    zh: '重污染天气应急响应执行检查',
    en: 'Heavy-pollution alert: emergency response check',
  },
  description: {
    zh: '预警期间企业按绩效分级和“一厂一策”落实停产、限产、错峰运输等应急减排措施的情况。',
    en: 'Whether the enterprise applies its graded one-plant-one-policy measures during an alert.',
  },
  options: [],
  facts: [
    {
      kind: 'select',
      id: 'alertLevel',
      label: { zh: '预警级别', en: 'Alert level' },
      required: true,
      choices: [
        { value: 'yellow', label: { zh: '黄色预警', en: 'Yellow' } },
        { value: 'orange', label: { zh: '橙色预警', en: 'Orange' } },
        { value: 'red', label: { zh: '红色预警', en: 'Red' } },
      ],
    },
    {
      kind: 'text',
      id: 'alertNotice',
      label: { zh: '预警（应急响应）通知文号', en: 'Alert notice number' },
      required: true,
      maxLength: 80,
    },
    {
      kind: 'date',
      id: 'alertStart',
      label: { zh: '应急响应启动日期', en: 'Response start date' },
    },
    {
      kind: 'select',
      id: 'performanceGrade',
      label: { zh: '绩效分级', en: 'Performance grade' },
      hint: {
        zh: '按企业应急减排清单；A级和引领性企业自主采取减排措施。',
        en: 'From the emergency reduction list; A-grade and leading enterprises set their own measures.',
      },
      required: true,
      choices: [
        { value: 'A', label: { zh: 'A级', en: 'Grade A' } },
        { value: 'B', label: { zh: 'B级', en: 'Grade B' } },
        { value: 'C', label: { zh: 'C级', en: 'Grade C' } },
        { value: 'D', label: { zh: 'D级', en: 'Grade D' } },
        { value: 'leading', label: { zh: '引领性', en: 'Leading' } },
        { value: 'non-leading', label: { zh: '非引领性', en: 'Non-leading' } },
      ],
    },
    {
      kind: 'text',
      id: 'sector',
      label: { zh: '所属行业', en: 'Sector' },
      maxLength: 60,
    },
  ],
  sections: [
    {
      id: 'emergency-response.plan',
      title: { zh: '一、一厂一策与公示', en: '1. One-plant-one-policy plan' },
      items: [
        {
          kind: 'check',
          id: 'emergency-response.plan.on-file',
          text: {
            zh: '企业制定“一厂一策”应急减排实施方案，明确各生产线、工序在各级预警下的停产或限产措施',
            en: 'A one-plant-one-policy plan states each line’s stop or cut at each alert level',
          },
          source: `${GRADING}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'emergency-response.plan.notice-board',
          text: {
            zh: '厂区门口设置应急减排公示牌，公示内容与方案一致',
            en: 'A notice board at the gate shows the measures, matching the plan',
          },
          source: `${GRADING}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'emergency-response.plan.received',
          text: {
            zh: '企业已接收预警通知并按要求启动应急响应',
            en: 'The enterprise received the alert notice and started its response',
          },
          source: `${ART96}；${PLAN}`,
        },
      ],
    },
    {
      id: 'emergency-response.lines',
      title: { zh: '二、生产线停产限产落实', en: '2. Lines stopped or cut back' },
      items: [
        {
          kind: 'check',
          id: 'emergency-response.lines.measures',
          text: {
            zh: '各生产线按“一厂一策”要求停产或限产，现场生产状态与方案一致',
            en: 'Each line is stopped or cut back as its plan requires, as seen on site',
          },
          source: `${ART96}；${GRADING}；${PLAN}`,
        },
        {
          kind: 'reading',
          id: 'emergency-response.lines.reduction-yellow',
          text: { zh: '生产线减排比例（黄色预警）', en: 'Line reduction (yellow alert)' },
          guidance: perLine,
          source: `${SHARES}；${PLAN}`,
          condition: {
            all: [
              { fact: 'alertLevel', equals: 'yellow' },
              { not: { fact: 'performanceGrade', in: ['A', 'leading'] } },
            ],
          },
          unit: '%',
          repeats: 1,
          maxRepeats: 10,
          judgedBy: 'min',
          decimals: 0,
          instruments: ['monitoring-platform', 'document'],
          limitRef: 'emergency.reduction-yellow',
        },
        {
          kind: 'reading',
          id: 'emergency-response.lines.reduction-orange',
          text: { zh: '生产线减排比例（橙色预警）', en: 'Line reduction (orange alert)' },
          guidance: perLine,
          source: `${SHARES}；${PLAN}`,
          condition: {
            all: [
              { fact: 'alertLevel', equals: 'orange' },
              { not: { fact: 'performanceGrade', in: ['A', 'leading'] } },
            ],
          },
          unit: '%',
          repeats: 1,
          maxRepeats: 10,
          judgedBy: 'min',
          decimals: 0,
          instruments: ['monitoring-platform', 'document'],
          limitRef: 'emergency.reduction-orange',
        },
        {
          kind: 'reading',
          id: 'emergency-response.lines.reduction-red',
          text: { zh: '生产线减排比例（红色预警）', en: 'Line reduction (red alert)' },
          guidance: perLine,
          source: `${SHARES}；${PLAN}`,
          condition: {
            all: [
              { fact: 'alertLevel', equals: 'red' },
              { not: { fact: 'performanceGrade', in: ['A', 'leading'] } },
            ],
          },
          unit: '%',
          repeats: 1,
          maxRepeats: 10,
          judgedBy: 'min',
          decimals: 0,
          instruments: ['monitoring-platform', 'document'],
          limitRef: 'emergency.reduction-red',
        },
        {
          kind: 'check',
          id: 'emergency-response.lines.treatment-running',
          text: {
            zh: '保留生产的工序污染治理设施正常运行',
            en: 'Treatment runs normally on the processes still producing',
          },
          source: `《中华人民共和国大气污染防治法》第二十条；${PLAN}`,
        },
      ],
    },
    {
      id: 'emergency-response.evidence',
      title: { zh: '三、监控数据佐证', en: '3. Monitoring evidence' },
      items: [
        {
          kind: 'check',
          id: 'emergency-response.evidence.power-use',
          text: {
            zh: '用电监控（分表计电）数据显示停限产措施自预警开始落实',
            en: 'Power-use monitoring shows the stop or cut from the start of the alert',
          },
          source: `${GRADING}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'emergency-response.evidence.dcs',
          text: {
            zh: 'DCS运行记录（负荷、温度、产量）与停产限产要求一致',
            en: 'DCS records (load, temperature, output) agree with the required stop or cut',
          },
          source: `${GRADING}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'emergency-response.evidence.gate',
          text: {
            zh: '门禁系统记录显示进出厂车辆数量与限产比例相符',
            en: 'Gate records show truck numbers in line with the cut',
          },
          source: `${GRADING}；${PLAN}`,
        },
      ],
    },
    {
      id: 'emergency-response.transport',
      title: { zh: '四、错峰运输与移动源', en: '4. Staggered transport and mobile sources' },
      items: [
        {
          kind: 'check',
          id: 'emergency-response.transport.staggered',
          text: {
            zh: '落实错峰运输：橙色及以上预警期间无国四及以下排放标准重型柴油货车进出厂（自主减排企业除外）',
            en: 'Staggered transport: no China IV or older heavy diesel trucks in or out at orange or red',
          },
          source: `${GRADING}；${PLAN}`,
          condition: {
            all: [
              { fact: 'alertLevel', in: ['orange', 'red'] },
              { not: { fact: 'performanceGrade', in: ['A', 'leading'] } },
            ],
          },
        },
        {
          kind: 'check',
          id: 'emergency-response.transport.machinery-stopped',
          text: {
            zh: '厂内非道路移动机械按要求停止使用（新能源及国三以上除外）',
            en: 'In-plant non-road machinery stopped as required (new-energy and China III+ excepted)',
          },
          source: `${ART96}；${GRADING}；${PLAN}`,
        },
        {
          kind: 'check',
          id: 'emergency-response.transport.earthworks-stopped',
          text: {
            zh: '厂区内土石方作业、建筑拆除等施工停止',
            en: 'Earthworks and demolition in the plant stopped',
          },
          source: `${ART96}；${PLAN}`,
        },
      ],
    },
    {
      id: 'emergency-response.ledger',
      title: { zh: '五、应急台账', en: '5. Emergency ledger' },
      items: [
        {
          kind: 'check',
          id: 'emergency-response.ledger.kept',
          text: {
            zh: '应急响应台账如实记录预警起止时间、各生产线停限产时间、产量、用电量和运输车辆',
            en: 'The emergency ledger records alert times, each line’s stop or cut, output, power use and trucks',
          },
          source: `${GRADING}；${PLAN}`,
        },
      ],
    },
  ],
} satisfies ChecklistTemplate;
