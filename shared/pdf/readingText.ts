/**
 * How a reading prints in the checklist table: values as typed with unit, the judged value with
 * its rule, the limit applied and its source (docs/domain.md "Readings").
 */
import type { Inspection } from '../domain/inspection';
import { judgeReading } from '../templates/judge';
import type { LimitResolution } from '../templates/resolveLimit';
import type { ReadingItem } from '../templates/templateSchema';
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

/** The complying side of the limit: "≤500", "<2000" (strict), "1～1.2", ">0 且 ≤5". */
export function limitText(limit: NonNullable<Reading['limit']>): string {
  const { min, max, unit } = limit;
  const strict = limit.minExclusive === true || limit.maxExclusive === true;
  if (min !== undefined && max !== undefined && !strict) return withUnit(`${min}～${max}`, unit);
  const low = min === undefined ? undefined : `${limit.minExclusive === true ? '>' : '≥'}${min}`;
  const high = max === undefined ? undefined : `${limit.maxExclusive === true ? '<' : '≤'}${max}`;
  if (low !== undefined && high !== undefined) return withUnit(`${low} 且 ${high}`, unit);
  if (low !== undefined) return withUnit(low, unit);
  if (high !== undefined) return withUnit(high, unit);
  return pdfLabels.noLimit;
}

/** The values as typed ("0.60" stays "0.60"); records made before texts were kept print the numbers. */
export function valueTexts(reading: Reading): string[] {
  const texts = reading.texts;
  if (texts !== undefined && texts.length === reading.values.length) return texts;
  return reading.values.map((v) => String(v));
}

/**
 * The judged value as the template's rule makes it from the stored values (mean of three
 * opacity readings, a 1-hour NMHC average …), with the item's decimals and the rule named,
 * so the reader can redo the arithmetic; undefined when the values do not give one.
 */
export function judgedValueText(reading: Reading, item: ReadingItem): string | undefined {
  const limit = reading.limit;
  const resolution: LimitResolution = limit
    ? {
        ok: true,
        limit: {
          limitId: item.limitRef,
          ...(limit.min !== undefined ? { min: limit.min } : {}),
          ...(limit.max !== undefined ? { max: limit.max } : {}),
          ...(limit.minExclusive === true ? { minExclusive: true } : {}),
          ...(limit.maxExclusive === true ? { maxExclusive: true } : {}),
          unit: item.unit,
          source: limit.source,
          confidence: 'V',
          overridden: false,
        },
      }
    : { ok: false, reason: 'unknown-limit', detail: item.limitRef };
  const { value } = judgeReading(item, reading.values, resolution);
  if (value === null) return undefined;
  const rule = pdfLabels.judgedBy[item.judgedBy](reading.values.length);
  return `${pdfLabels.judgedValue}：${withUnit(value.toFixed(item.decimals), reading.unit)}（${pdfLabels.judgedRule(rule, item.decimals)}）`;
}

export function readingText(reading: Reading, item?: ReadingItem): string {
  const lines: string[] = [];
  if (reading.values.length > 0) lines.push(withUnit(valueTexts(reading).join('、'), reading.unit));
  const judged = item === undefined ? undefined : judgedValueText(reading, item);
  if (judged !== undefined) lines.push(judged);
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
