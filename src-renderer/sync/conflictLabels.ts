/**
 * What the conflict chooser shows for one differing field: a label a person reads (the
 * template's item text, the fact's label, the site field's label …) instead of the raw path,
 * and each side's value in words. Pure: the record's template, the UI language and a
 * translate function come in, text goes out; an unknown path falls back to the raw path.
 */
import { getTemplate } from '../../shared/templates/registry';
import { allItems, type ChecklistTemplate } from '../../shared/templates/templateSchema';
import type { FieldDifference } from './conflictDiff';
import { conflictValueText, type LabelContext } from './conflictValues';

export type { LabelContext, Translate } from './conflictValues';

export interface ConflictRowText {
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
}

/** Site fields whose i18n key under `site.*` differs from the field name. */
const SITE_KEYS: Readonly<Record<string, string>> = {
  countyCode: 'site.county',
  'contact.name': 'site.contactName',
  'contact.position': 'site.contactPosition',
  'contact.phone': 'site.contactPhone',
};
const SITE_FIELDS = new Set(['kind', 'name', 'creditCode', 'address', 'legalRepresentative']);
/** Top-level fields with a label of their own in `sync.conflict.labels`. */
const TOP_LEVEL = new Set([
  'site',
  'inspectors',
  'location',
  'place',
  'legal',
  'findings',
  'options',
  'startedAt',
  'endedAt',
  'signatures',
  'refusal',
  'attachments',
  'recordNumber',
]);
/** Sub-fields of answers, findings, legal steps and location, labelled in the same table. */
const SUB_FIELDS = new Set([
  'note',
  'result',
  'reading',
  'description',
  'rule',
  'requirement',
  'deadline',
  'certificatesShown',
  'recusalAsked',
  'recusalRequested',
  'rightsNotified',
  'partyConfirmation',
  'latitude',
  'longitude',
]);

/** The template a record was started with, when it is an inspection and the template is known. */
export function templateOf(record: object): ChecklistTemplate | undefined {
  const ref = (record as { template?: { id?: unknown; version?: unknown } }).template;
  if (typeof ref?.id !== 'string' || typeof ref.version !== 'number') return undefined;
  return getTemplate(ref.id, ref.version);
}

export function siteFieldLabel(field: string, ctx: LabelContext): string | undefined {
  const key = SITE_KEYS[field] ?? (SITE_FIELDS.has(field) ? `site.${field}` : undefined);
  return key ? ctx.t(key) : undefined;
}

export function subFieldLabel(field: string, ctx: LabelContext): string | undefined {
  return SUB_FIELDS.has(field) ? ctx.t(`sync.conflict.labels.${field}`) : undefined;
}

const joined = (parts: readonly string[]) => parts.join(' · ');

function itemLabel(rest: string, ctx: LabelContext): string | undefined {
  const items = ctx.template ? allItems(ctx.template) : [];
  const exact = items.find(({ item }) => item.id === rest);
  if (exact) return exact.item.text[ctx.lang];
  // `answers.<item id>.<note|result|reading>`: item ids hold dots, so the tail is split off.
  const dot = rest.lastIndexOf('.');
  if (dot === -1) return undefined;
  const item = items.find(({ item: i }) => i.id === rest.slice(0, dot));
  const sub = subFieldLabel(rest.slice(dot + 1), ctx);
  return item && sub ? joined([item.item.text[ctx.lang], sub]) : undefined;
}

function nestedLabel(top: string, rest: string, ctx: LabelContext): string | undefined {
  const head = ctx.t(`sync.conflict.labels.${top}`);
  if (top === 'site') {
    const field = siteFieldLabel(rest, ctx);
    return field ? joined([head, field]) : undefined;
  }
  // `findings.2.description`, `legal.rightsNotified`, `inspectors.0` …: the last named part.
  const parts = rest.split('.');
  const index = parts.find((p) => /^\d+$/.test(p));
  const last = parts[parts.length - 1] ?? '';
  const sub = /^\d+$/.test(last) ? undefined : subFieldLabel(last, ctx);
  if (last !== '' && !sub && !/^\d+$/.test(last)) return undefined;
  return joined([
    index === undefined ? head : `${head} ${Number(index) + 1}`,
    ...(sub ? [sub] : []),
  ]);
}

/** The label of one diff path; the raw path when nothing better is known. */
export function conflictLabel(path: string, ctx: LabelContext): string {
  const dot = path.indexOf('.');
  const top = dot === -1 ? path : path.slice(0, dot);
  const rest = dot === -1 ? '' : path.slice(dot + 1);
  let label: string | undefined;
  if (top === 'answers' && rest) label = itemLabel(rest, ctx);
  else if (top === 'facts' && rest)
    label = ctx.template?.facts.find((f) => f.id === rest)?.label[ctx.lang];
  else if (TOP_LEVEL.has(top))
    label = rest ? nestedLabel(top, rest, ctx) : ctx.t(`sync.conflict.labels.${top}`);
  return label ?? path;
}

/** Label and both values of one row of the chooser. */
export function conflictRowText(
  diff: FieldDifference,
  record: object,
  ctx: Omit<LabelContext, 'template'>,
): ConflictRowText {
  const full: LabelContext = { ...ctx, template: templateOf(record) };
  return {
    label: conflictLabel(diff.path, full),
    mine: conflictValueText(diff.path, diff.mine, diff.theirs, full),
    theirs: conflictValueText(diff.path, diff.theirs, diff.mine, full),
  };
}
