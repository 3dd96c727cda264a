/**
 * One side's value of a differing field, in words: 符合/不符合/不适用 for results, numbers with
 * their unit for readings and facts, times in Asia/Shanghai, and for objects (site, legal
 * steps) only the parts that differ from the other side, each with its label.
 */
import { canonicalJson } from '../../shared/domain/canonicalJson';
import type { ChecklistTemplate } from '../../shared/templates/templateSchema';
import { allItems } from '../../shared/templates/templateSchema';
import { unitLabels } from '../../shared/templates/units';
import { formatDateTime } from '../components/formatTime';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface LabelContext {
  readonly lang: 'zh' | 'en';
  readonly t: Translate;
  readonly template?: ChecklistTemplate;
}

const LIMIT = 400;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
const v = (ctx: LabelContext, key: string) => ctx.t(`sync.conflict.values.${key}`);
const lbl = (ctx: LabelContext, key: string) => ctx.t(`sync.conflict.labels.${key}`);
const pair = (ctx: LabelContext, label: string, text: string) =>
  `${label}${v(ctx, 'colon')}${text}`;

function unitText(unit: unknown, ctx: LabelContext): string {
  if (typeof unit !== 'string' || unit === '') return '';
  const known = (unitLabels as Readonly<Record<string, { zh: string; en: string }>>)[unit];
  return known ? known[ctx.lang] : unit;
}

function scalar(value: unknown, ctx: LabelContext): string {
  if (typeof value === 'boolean') return v(ctx, value ? 'yes' : 'no');
  if (typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))
    return formatDateTime(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? '';
  return text;
}

function answerText(value: unknown, itemId: string, ctx: LabelContext): string {
  if (!isObj(value)) return scalar(value, ctx);
  const parts: string[] = [];
  if (value.result === 'pass' || value.result === 'fail' || value.result === 'na')
    parts.push(v(ctx, value.result));
  const reading = value.reading;
  if (isObj(reading) && Array.isArray(reading.values) && reading.values.length > 0) {
    const item = ctx.template
      ? allItems(ctx.template).find(({ item: i }) => i.id === itemId)?.item
      : undefined;
    const unit = unitText(reading.unit ?? (item?.kind === 'reading' ? item.unit : ''), ctx);
    const numbers = reading.values.map((n) => String(n)).join(v(ctx, 'listSeparator'));
    parts.push(pair(ctx, lbl(ctx, 'reading'), unit ? `${numbers} ${unit}` : numbers));
  }
  if (typeof value.note === 'string' && value.note !== '')
    parts.push(pair(ctx, lbl(ctx, 'note'), value.note));
  return parts.join(v(ctx, 'separator'));
}

function factText(value: unknown, factId: string, ctx: LabelContext): string {
  const fact = ctx.template?.facts.find((f) => f.id === factId);
  if (fact?.kind === 'number' && typeof value === 'number')
    return `${value} ${unitText(fact.unit, ctx)}`;
  if (fact?.kind === 'select') {
    const choice = fact.choices.find((c) => c.value === value);
    if (choice) return choice.label[ctx.lang];
  }
  return scalar(value, ctx);
}

function findingText(value: unknown, ctx: LabelContext): string {
  if (!isObj(value)) return scalar(value, ctx);
  return ['description', 'rule', 'requirement', 'deadline']
    .filter((k) => typeof value[k] === 'string' && value[k] !== '')
    .map((k) => pair(ctx, lbl(ctx, k), String(value[k])))
    .join(v(ctx, 'separator'));
}

function inspectorText(value: unknown, ctx: LabelContext): string {
  if (!isObj(value)) return scalar(value, ctx);
  const cert = typeof value.certificateNumber === 'string' ? value.certificateNumber : '';
  return cert ? `${String(value.name)}（${cert}）` : String(value.name);
}

function locationText(value: unknown, ctx: LabelContext): string {
  if (!isObj(value)) return scalar(value, ctx);
  const parts = [
    pair(ctx, lbl(ctx, 'latitude'), String(value.latitude)),
    pair(ctx, lbl(ctx, 'longitude'), String(value.longitude)),
  ];
  if (typeof value.accuracy === 'number')
    parts.push(ctx.t('sync.conflict.labels.accuracy', { metres: value.accuracy }));
  return parts.join(v(ctx, 'separator'));
}

/** An object's parts that differ from the other side's, each as "label：value". */
function changedParts(
  value: Obj,
  other: unknown,
  label: (key: string) => string | undefined,
  ctx: LabelContext,
  prefix = '',
): string[] {
  const theirs = isObj(other) ? other : {};
  return Object.keys(value)
    .filter((k) => !same(value[k], theirs[k]))
    .flatMap((k) => {
      if (isObj(value[k])) return changedParts(value[k], theirs[k], label, ctx, `${prefix}${k}.`);
      const text = value[k] === '' ? '' : scalar(value[k], ctx);
      return [pair(ctx, label(`${prefix}${k}`) ?? `${prefix}${k}`, text)];
    });
}

const SITE_KEYS: Readonly<Record<string, string>> = {
  countyCode: 'county',
  'contact.name': 'contactName',
  'contact.position': 'contactPosition',
  'contact.phone': 'contactPhone',
};

function list(value: unknown, each: (x: unknown) => string, ctx: LabelContext): string {
  return Array.isArray(value) ? value.map(each).join(v(ctx, 'listSeparator')) : each(value);
}

function render(path: string, value: unknown, other: unknown, ctx: LabelContext): string {
  const dot = path.indexOf('.');
  const top = dot === -1 ? path : path.slice(0, dot);
  const rest = dot === -1 ? '' : path.slice(dot + 1);
  if (top === 'answers' && rest) return answerText(value, rest, ctx);
  if (top === 'facts' && rest) return factText(value, rest, ctx);
  if (top === 'inspectors' && !rest) return list(value, (x) => inspectorText(x, ctx), ctx);
  if (top === 'findings' && !rest)
    return Array.isArray(value)
      ? value.map((f, i) => `${i + 1}. ${findingText(f, ctx)}`).join(v(ctx, 'separator'))
      : findingText(value, ctx);
  if (top === 'location' && !rest) return locationText(value, ctx);
  if (top === 'site' && !rest && isObj(value))
    return changedParts(value, other, (k) => ctx.t(`site.${SITE_KEYS[k] ?? k}`), ctx).join(
      v(ctx, 'separator'),
    );
  if (top === 'legal' && !rest && isObj(value))
    return changedParts(value, other, (k) => lbl(ctx, k), ctx).join(v(ctx, 'separator'));
  if (Array.isArray(value)) return list(value, (x) => scalar(x, ctx), ctx);
  return scalar(value, ctx);
}

/** The text of `value` (one side) at `path`; '' when the side has nothing there. */
export function conflictValueText(
  path: string,
  value: unknown,
  other: unknown,
  ctx: LabelContext,
): string {
  if (value === undefined || value === null || value === '') return '';
  const text = render(path, value, other, ctx);
  return text.length > LIMIT ? `${text.slice(0, LIMIT)}…` : text;
}
