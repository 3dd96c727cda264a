/**
 * On-site check of a registered non-road machine, version 1 (docs/domain.md §3): label and
 * nameplates against the registry, stage against the zone rule, smoke against GB 36886-2018
 * by class and power band, and China IV equipment for 37–560 kW (HJ 1014-2020). Facts are
 * prefilled from the registry entry; the inspector corrects them if the machine disagrees.
 * Shipped data: never edit, add a v2.
 */
import { emissionStages, fuelTypes } from '../domain/machine';
import { choicesFrom, emissionStageLabels, fuelTypeLabels } from './machineLabels';
import type { ChecklistTemplate } from './templateSchema';
import { defaultZoneRuleId, zoneRules } from './zoneRules';

const GB36886 = 'GB 36886-2018';
const PLAN = '吕政办发〔2021〕38号';
// Cited by title: its document number (环办大气函〔2019〕655号) is unconfirmed [U].
const MEE_REGISTRATION = '《关于加快推进非道路移动机械摸底调查和编码登记工作的通知》';

export const machineryCheckV1 = {
  id: 'machinery-check',
  version: 1,
  type: 'machinery',
  title: { zh: '非道路移动机械现场检查', en: 'Non-road mobile machinery on-site check' },
  options: [],
  facts: [
    {
      kind: 'text',
      id: 'registrationCode',
      label: { zh: '环保登记编码', en: 'Environmental registration code' },
      prefillFrom: 'registrationCode',
      maxLength: 40,
    },
    {
      kind: 'select',
      id: 'emissionStage',
      label: { zh: '排放阶段', en: 'Emission stage' },
      required: true,
      prefillFrom: 'emissionStage',
      choices: choicesFrom(emissionStages, emissionStageLabels),
    },
    {
      kind: 'number',
      id: 'ratedPowerKw',
      label: { zh: '额定净功率', en: 'Rated net power' },
      required: true,
      prefillFrom: 'ratedPowerKw',
      unit: 'kW',
      min: 0,
    },
    {
      kind: 'select',
      id: 'fuel',
      label: { zh: '燃料类型', en: 'Fuel' },
      required: true,
      prefillFrom: 'fuel',
      choices: choicesFrom(fuelTypes, fuelTypeLabels),
    },
    {
      kind: 'select',
      id: 'zoneRule',
      label: { zh: '使用区域管理要求', en: 'Zone rule where the machine is used' },
      hint: {
        zh: '吕梁市禁用区通告未核实，默认按"禁止使用国二及以下"执行，请以现行通告为准。',
        en: 'Lüliang’s zone notice is unconfirmed; the default bans China II and below. Follow the notice in force.',
      },
      required: true,
      default: defaultZoneRuleId,
      choices: zoneRules.map((rule) => ({ value: rule.id, label: rule.label })),
    },
  ],
  sections: [
    {
      id: 'machinery.registration',
      title: { zh: '登记与标识', en: 'Registration and label' },
      items: [
        {
          kind: 'check',
          id: 'machinery.registration.registered',
          text: {
            zh: '机械已在县级生态环境部门完成编码登记，且于进入施工现场前登记',
            en: 'Machine registered with the county eco-environment department before entering the site',
          },
          source: PLAN,
        },
        {
          kind: 'check',
          id: 'machinery.registration.label-present',
          text: {
            zh: '环保登记号牌（标识）已固定在机械显著位置',
            en: 'Registration plate or sticker fixed in a visible place',
          },
          source: MEE_REGISTRATION,
        },
        {
          kind: 'check',
          id: 'machinery.registration.label-legible',
          text: {
            zh: '号牌（标识）清晰可辨，无涂改、遮挡、损毁',
            en: 'Plate legible, not altered, covered or damaged',
          },
          source: MEE_REGISTRATION,
        },
        {
          kind: 'check',
          id: 'machinery.registration.code-matches',
          text: { zh: '号牌编码与登记信息一致', en: 'Plate code matches the registry' },
          source: MEE_REGISTRATION,
        },
        {
          kind: 'check',
          id: 'machinery.registration.info-label',
          text: {
            zh: '机械环保信息公开标签齐全、清晰',
            en: 'Environmental information disclosure label present and legible',
          },
          guidance: {
            zh: '环保信息公开编号（24位）不同于环保登记编码，不得混淆。',
            en: 'The 24-character disclosure number is not the registration code.',
          },
          source: 'HJ 1014-2020',
          condition: { fact: 'emissionStage', in: ['china3', 'china4'] },
        },
        {
          kind: 'check',
          id: 'machinery.registration.site-ledger',
          text: {
            zh: '施工单位建立非道路移动机械使用台账，本机械已录入',
            en: 'The contractor keeps a machinery ledger listing this machine',
          },
          source: PLAN,
        },
      ],
    },
    {
      id: 'machinery.nameplate',
      title: { zh: '铭牌核对', en: 'Nameplates against the registry' },
      items: [
        {
          kind: 'check',
          id: 'machinery.nameplate.machine',
          text: {
            zh: '机械铭牌的型号、产品识别码（PIN）、出厂编号与登记信息一致',
            en: 'Machine nameplate model, PIN and factory serial match the registry',
          },
          source: MEE_REGISTRATION,
        },
        {
          kind: 'check',
          id: 'machinery.nameplate.engine',
          text: {
            zh: '发动机铭牌的型号、编号与登记信息一致',
            en: 'Engine nameplate model and number match the registry',
          },
          source: MEE_REGISTRATION,
        },
        {
          kind: 'check',
          id: 'machinery.nameplate.stage',
          text: {
            zh: '机械实际排放阶段与登记信息一致',
            en: 'Actual emission stage matches the registry',
          },
          source: MEE_REGISTRATION,
        },
        {
          kind: 'check',
          id: 'machinery.nameplate.power',
          text: {
            zh: '发动机额定功率与登记信息一致',
            en: 'Rated engine power matches the registry',
          },
          source: MEE_REGISTRATION,
        },
      ],
    },
    {
      id: 'machinery.zone',
      title: { zh: '禁用区管理', en: 'No-go zone' },
      items: [
        {
          kind: 'check',
          id: 'machinery.zone.stage-allowed',
          text: {
            zh: '机械排放阶段符合所在区域高排放非道路移动机械禁用区管理要求',
            en: 'Emission stage allowed under the zone’s high-emission machinery rule',
          },
          guidance: {
            zh: '系统按排放阶段和区域管理要求给出建议结论，由检查人员确认。',
            en: 'The app proposes the answer from the stage and zone rule; the inspector confirms it.',
          },
          source: '《中华人民共和国大气污染防治法》第一百一十四条',
          computedBy: 'stage-allowed-in-zone',
        },
      ],
    },
    {
      id: 'machinery.smoke',
      title: { zh: '排气烟度', en: 'Exhaust smoke' },
      condition: { fact: 'fuel', in: ['diesel', 'hybrid'] },
      items: [
        {
          kind: 'reading',
          id: 'machinery.smoke.opacity',
          text: {
            zh: '排气烟度（光吸收系数，自由加速法）',
            en: 'Smoke opacity (light absorption coefficient, free acceleration)',
          },
          guidance: {
            zh: '自由加速法连续测量三次，取三次测量结果的算术平均值；限值按机械类别和额定功率确定。',
            en: 'Three free-acceleration measurements; the arithmetic mean is judged against the limit for the machine’s class and power band.',
          },
          source: GB36886,
          unit: 'm⁻¹',
          repeats: 3,
          judgedBy: 'mean',
          decimals: 2,
          instruments: ['opacimeter'],
          limitRef: 'nrmm.smoke-opacity',
        },
        {
          kind: 'reading',
          id: 'machinery.smoke.ringelmann',
          text: { zh: '林格曼烟气黑度', en: 'Ringelmann smoke density' },
          source: GB36886,
          unit: 'ringelmann',
          repeats: 1,
          judgedBy: 'max',
          decimals: 0,
          instruments: ['ringelmann-chart'],
          limitRef: 'nrmm.ringelmann',
        },
        {
          kind: 'check',
          id: 'machinery.smoke.no-black-smoke',
          text: { zh: '机械作业时无可见黑烟', en: 'No visible black smoke in operation' },
          source: GB36886,
        },
      ],
    },
    {
      id: 'machinery.china4',
      title: { zh: '国四机械排放控制装置', en: 'China IV emission equipment' },
      condition: {
        all: [
          { fact: 'emissionStage', equals: 'china4' },
          { fact: 'ratedPowerKw', atLeast: 37 },
          { fact: 'ratedPowerKw', atMost: 560 },
        ],
      },
      items: [
        {
          kind: 'check',
          id: 'machinery.china4.dpf',
          text: {
            zh: '装有颗粒捕集器（DPF），完好且未拆除、改装',
            en: 'Diesel particulate filter fitted, intact, not removed or modified',
          },
          source: 'HJ 1014-2020',
        },
        {
          kind: 'check',
          id: 'machinery.china4.remote-terminal',
          text: {
            zh: '装有远程排放管理车载终端，运行正常',
            en: 'Remote emission management terminal fitted and working',
          },
          source: 'HJ 1014-2020',
        },
        {
          kind: 'check',
          id: 'machinery.china4.positioning',
          text: {
            zh: '终端定位功能正常，数据按要求上传',
            en: 'Terminal positioning works and data are uploaded',
          },
          source: 'HJ 1014-2020',
        },
      ],
    },
  ],
} satisfies ChecklistTemplate;
