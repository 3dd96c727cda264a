/**
 * The machine registration form (摸底调查和编码登记, docs/domain.md §3.1) as data: which Machine
 * field each entry fills, its zh/en label, whether it is required and a hint, so the UI,
 * the PDF and the office import all label fields the same way. `required` mirrors the
 * Machine schema (a test holds them together); photos are attachments with these item ids.
 */
import type { z } from 'zod';
import { counties } from '../domain/counties';
import { emissionStages, fuelTypes, machineTypes, type Machine } from '../domain/machine';
import type { LocalizedText } from './localizedText';
import {
  choicesFrom,
  emissionStageLabels,
  fuelTypeLabels,
  machineTypeLabels,
} from './machineLabels';
import type { Unit } from './units';

type MachineField = keyof z.infer<typeof Machine>;

export type RegistrationGroup = 'basic' | 'registrant' | 'technical';

export interface RegistrationField {
  readonly field: MachineField;
  readonly group: RegistrationGroup;
  readonly label: LocalizedText;
  readonly required: boolean;
  readonly input: 'text' | 'number' | 'date' | 'select' | 'phone' | 'credit-code';
  readonly hint?: LocalizedText;
  readonly unit?: Unit;
  readonly choices?: readonly { readonly value: string; readonly label: LocalizedText }[];
}

export interface RegistrationPhoto {
  /** Stored as the attachment's itemId. */
  readonly id: string;
  readonly label: LocalizedText;
  readonly required: boolean;
}

export interface RegistrationForm {
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly groups: readonly { readonly id: RegistrationGroup; readonly title: LocalizedText }[];
  readonly fields: readonly RegistrationField[];
  readonly photos: readonly RegistrationPhoto[];
}

export const machineryRegistrationForm = {
  id: 'machinery-registration',
  version: 1,
  title: { zh: '非道路移动机械编码登记表', en: 'Non-road mobile machinery registration' },
  groups: [
    { id: 'basic', title: { zh: '基本信息', en: 'Basic information' } },
    { id: 'registrant', title: { zh: '登记人信息', en: 'Owner or user' } },
    { id: 'technical', title: { zh: '技术信息', en: 'Technical information' } },
  ],
  fields: [
    {
      field: 'registrationCode',
      group: 'basic',
      label: { zh: '环保登记编码', en: 'Environmental registration code' },
      required: false,
      input: 'text',
      hint: {
        zh: '登记完成后由平台赋码；不是24位环保信息公开编号。',
        en: 'Assigned by the platform on registration; not the 24-character disclosure number.',
      },
    },
    {
      field: 'machineType',
      group: 'basic',
      label: { zh: '机械类型', en: 'Machine type' },
      required: true,
      input: 'select',
      choices: choicesFrom(machineTypes, machineTypeLabels),
    },
    {
      field: 'brand',
      group: 'basic',
      label: { zh: '品牌（生产厂家）', en: 'Brand (manufacturer)' },
      required: true,
      input: 'text',
    },
    {
      field: 'model',
      group: 'basic',
      label: { zh: '机械型号', en: 'Machine model' },
      required: true,
      input: 'text',
    },
    {
      field: 'factorySerial',
      group: 'basic',
      label: { zh: '出厂编号', en: 'Factory serial number' },
      required: false,
      input: 'text',
    },
    {
      field: 'manufactureDate',
      group: 'basic',
      label: { zh: '出厂日期', en: 'Date of manufacture' },
      required: true,
      input: 'date',
      hint: { zh: '以机械铭牌为准。', en: 'As on the machine nameplate.' },
    },
    {
      field: 'owner',
      group: 'registrant',
      label: { zh: '所有人或使用人（单位或个人）', en: 'Owner or user (unit or person)' },
      required: true,
      input: 'text',
    },
    {
      field: 'ownerCreditCode',
      group: 'registrant',
      label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
      required: false,
      input: 'credit-code',
      hint: { zh: '单位登记时填写。', en: 'For a unit.' },
    },
    {
      field: 'contactName',
      group: 'registrant',
      label: { zh: '联系人', en: 'Contact person' },
      required: false,
      input: 'text',
    },
    {
      field: 'contactPhone',
      group: 'registrant',
      label: { zh: '联系电话', en: 'Contact phone' },
      required: false,
      input: 'phone',
    },
    {
      field: 'siteOfUse',
      group: 'registrant',
      label: { zh: '使用地点（施工项目）', en: 'Site of use (project)' },
      required: false,
      input: 'text',
    },
    {
      field: 'registeredOn',
      group: 'registrant',
      label: { zh: '登记日期', en: 'Registration date' },
      required: false,
      input: 'date',
    },
    {
      field: 'enteredSiteOn',
      group: 'registrant',
      label: { zh: '进场日期', en: 'Date it entered the site' },
      required: false,
      input: 'date',
    },
    {
      field: 'registeringCounty',
      group: 'registrant',
      label: { zh: '登记区县', en: 'Registering county' },
      required: false,
      input: 'select',
      choices: counties.map((c) => ({ value: c.code, label: { zh: c.zh, en: c.en } })),
    },
    {
      field: 'pin',
      group: 'technical',
      label: { zh: '产品识别码（PIN）', en: 'Product identification number (PIN)' },
      required: false,
      input: 'text',
      hint: {
        zh: '即机械环保代码，见机械铭牌或环保信息标签。',
        en: 'The machine’s environmental code, on the nameplate or information label.',
      },
    },
    {
      field: 'pinMissingReason',
      group: 'technical',
      label: { zh: '无产品识别码的原因', en: 'Why there is no PIN' },
      required: false,
      input: 'text',
      hint: {
        zh: '老旧机械出厂时未赋产品识别码的，填写原因（如：2014年前出厂，铭牌无PIN）',
        en: 'For an old machine built without a PIN: say why (e.g. built before 2014, no PIN on the plate)',
      },
    },
    {
      field: 'emissionStage',
      group: 'technical',
      label: { zh: '排放阶段', en: 'Emission stage' },
      required: true,
      input: 'select',
      choices: choicesFrom(emissionStages, emissionStageLabels),
      hint: {
        zh: '2009年10月1日前生产的按国一及以下登记。',
        en: 'Machines built before 2009-10-01 count as China I or below.',
      },
    },
    {
      field: 'fuel',
      group: 'technical',
      label: { zh: '燃料类型', en: 'Fuel' },
      required: true,
      input: 'select',
      choices: choicesFrom(fuelTypes, fuelTypeLabels),
    },
    {
      field: 'ratedPowerKw',
      group: 'technical',
      label: { zh: '额定净功率', en: 'Rated net power' },
      required: true,
      input: 'number',
      unit: 'kW',
    },
    {
      field: 'engineModel',
      group: 'technical',
      label: { zh: '发动机型号', en: 'Engine model' },
      required: true,
      input: 'text',
    },
    {
      field: 'engineManufacturer',
      group: 'technical',
      label: { zh: '发动机生产厂', en: 'Engine manufacturer' },
      required: false,
      input: 'text',
    },
    {
      field: 'engineNumber',
      group: 'technical',
      label: { zh: '发动机编号', en: 'Engine number' },
      required: true,
      input: 'text',
    },
  ],
  photos: [
    {
      id: 'machine.photo.machine-nameplate',
      label: { zh: '机械铭牌照片', en: 'Machine nameplate photo' },
      required: true,
    },
    {
      id: 'machine.photo.engine-nameplate',
      label: { zh: '发动机铭牌照片', en: 'Engine nameplate photo' },
      required: true,
    },
    {
      id: 'machine.photo.info-label',
      label: { zh: '环保信息公开标签照片', en: 'Environmental information label photo' },
      required: false,
    },
    {
      id: 'machine.photo.whole',
      label: { zh: '机械整机照片', en: 'Whole machine photo' },
      required: false,
    },
  ],
} as const satisfies RegistrationForm;
