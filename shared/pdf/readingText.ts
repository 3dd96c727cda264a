/** How a reading prints in the checklist table: values with unit, the limit applied and its source. */
import type { Inspection } from '../domain/inspection';
import { unitLabels, units, type Unit } from '../templates/units';
import { pdfLabels } from './pdfLabels';

type Reading = NonNullable<Inspection['answers'][string]['reading']>;

function isUnit(unit: string): unit is Unit {
  return (units as readonly string[]).includes(unit);
}

/** The unit as printed: the template's zh label for known units, else as entered. */
export function unitText(unit: string): string {
  return isUnit(unit) ? unitLabels[unit].zh : unit;
}

/** Glues a unit to a number the way the standards print it ("0.3 m/s", "1级（林格曼黑度）"). */
function withUnit(value: string, unit: string): string {
  const label = unitText(unit);
  if (label === '') return value;
  return /^[\p{Script=Han}（]/u.test(label) ? `${value}${label}` : `${value} ${label}`;
}

export function limitText(limit: NonNullable<Reading['limit']>): string {
  const { min, max, unit } = limit;
  if (min !== undefined && max !== undefined) return withUnit(`${min}～${max}`, unit);
  if (min !== undefined) return `≥${withUnit(String(min), unit)}`;
  if (max !== undefined) return `≤${withUnit(String(max), unit)}`;
  return pdfLabels.noLimit;
}

export function readingText(reading: Reading): string {
  const lines: string[] = [];
  if (reading.values.length > 0)
    lines.push(withUnit(reading.values.map((v) => String(v)).join('、'), reading.unit));
  if (reading.limit) {
    lines.push(`${pdfLabels.limitPrefix}${limitText(reading.limit)}（${reading.limit.source}）`);
  } else lines.push(pdfLabels.noLimit);
  if (reading.exceeded === true) lines.push(pdfLabels.exceeded);
  else if (reading.exceeded === false) lines.push(pdfLabels.withinLimit);
  const instrument = reading.instrument;
  if (instrument && (instrument.model || instrument.serial)) {
    const serial = instrument.serial ? `（${instrument.serial}）` : '';
    const calibrated = instrument.calibratedOn ? ` 校准${instrument.calibratedOn}` : '';
    lines.push(`${pdfLabels.instrument}：${instrument.model}${serial}${calibrated}`);
  }
  return lines.join('\n');
}
