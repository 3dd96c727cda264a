/**
 * Printed wording of the record elements added for issue #9 (docs/records.md): inspection
 * reason, location with its source, and a machinery check's machine identity.
 */
import { findCounty } from '../domain/counties';
import type { InspectionReason } from '../domain/inspection';
import type { GeoLocation } from '../domain/location';
import type { MachineIdentity } from '../domain/machine';
import { emissionStageLabels, machineTypeLabels } from '../templates/machineLabels';

export const reasonLabels: Record<InspectionReason, string> = {
  routine: '日常巡查',
  random: '双随机抽查',
  complaint: '信访投诉',
  campaign: '专项行动',
  recheck: '复查',
  'pollution-alert': '重污染天气应急',
  other: '其他',
};

const sourceLabels: Record<GeoLocation['source'], string> = {
  gps: '系统定位',
  exif: '照片 EXIF',
  manual: '手工输入',
};

function coordinate(value: number, positive: string, negative: string): string {
  return `${value < 0 ? negative : positive} ${Math.abs(value).toFixed(6)}°`;
}

/** 北纬 37.520000°，东经 111.140000°（系统定位，精度约 12 米） */
export function locationText(location: GeoLocation): string {
  const accuracy =
    location.accuracy === undefined ? '' : `，精度约 ${Math.round(location.accuracy)} 米`;
  return `${coordinate(location.latitude, '北纬', '南纬')}，${coordinate(location.longitude, '东经', '西经')}（${sourceLabels[location.source]}${accuracy}）`;
}

/** Label/value pairs of a machine's identity, in the order the record prints them. */
export function machineIdentityPairs(machine: MachineIdentity): [string, string, string][] {
  const county = machine.registeringCounty
    ? (findCounty(machine.registeringCounty)?.zh ?? machine.registeringCounty)
    : '';
  const pin = machine.pin !== '' ? machine.pin : `无（${machine.pinMissingReason ?? ''}）`;
  return [
    ['机械类型', machineTypeLabels[machine.machineType].zh, 'machine.machineType'],
    ['品牌', machine.brand, 'machine.brand'],
    ['型号', machine.model, 'machine.model'],
    ['产品识别码（PIN）', pin, 'machine.pin'],
    ['发动机型号', machine.engineModel, 'machine.engineModel'],
    ['发动机编号', machine.engineNumber, 'machine.engineNumber'],
    ['所有人', machine.owner, 'machine.owner'],
    ['环保登记编码', machine.registrationCode, 'machine.registrationCode'],
    ['排放阶段', emissionStageLabels[machine.emissionStage].zh, 'machine.emissionStage'],
    ['额定净功率', `${machine.ratedPowerKw} kW`, 'machine.ratedPowerKw'],
    ['登记日期', machine.registeredOn ?? '', 'machine.registeredOn'],
    ['进场日期', machine.enteredSiteOn ?? '', 'machine.enteredSiteOn'],
    ['登记区县', county, 'machine.registeringCounty'],
  ];
}

/**
 * Straight double quotes in pairs as Chinese “” (the dust title reads 扬尘“六个百分之百” on
 * screen; the template data holds "…"), so the printed title matches the screen.
 */
export function chineseQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”');
}
