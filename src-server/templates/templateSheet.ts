/**
 * A checklist written as a spreadsheet (docs/templates.md "The sheet"), turned into the one
 * published format (shared/templates/publishedTemplate.ts). Sheets: `template` (key, value),
 * optional `options` and `facts`, and `items` (one row per item, its section on the row).
 * Every problem names its sheet, row and column; a schema problem found after conversion is
 * traced back to the cell it came from. Pure over a grid of cell texts, so .xlsx and .csv
 * (readSheets.ts) share it.
 */
import {
  parsePublishedTemplate,
  type TemplateParse,
} from '../../shared/templates/publishedTemplate';
import type { ChecklistTemplate } from '../../shared/templates/templateSchema';

/** One sheet: rows of trimmed cell texts, each with the row number the admin sees. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly string[];
}
export type Sheets = ReadonlyMap<string, readonly SheetRow[]>;

export interface SheetError {
  readonly sheet: string;
  /** 0 when the problem is the sheet as a whole. */
  readonly row: number;
  /** The column's header text; '' for the row or sheet as a whole. */
  readonly column: string;
  readonly message: string;
}

export const ITEM_COLUMNS = [
  'section id',
  'section zh',
  'section en',
  'item id',
  'text zh',
  'text en',
  'basis',
  'answer kind',
  'reading unit',
  'repeats',
  'judged by',
  'decimals',
  'instruments',
  'limit ref',
  'limit op',
  'limit value',
  'condition',
  'guidance zh',
  'guidance en',
] as const;
export const FACT_COLUMNS = [
  'fact id',
  'label zh',
  'label en',
  'kind',
  'unit',
  'choices',
  'required',
] as const;
export const OPTION_COLUMNS = ['option id', 'title zh', 'title en'] as const;
export const TEMPLATE_KEYS = [
  'id',
  'version',
  'type',
  'title zh',
  'title en',
  'description zh',
  'description en',
] as const;

type Located = { sheet: string; row: number; column: string };

/** A sheet's rows as records by header; the header is the first non-empty row. */
function table<C extends string>(
  sheets: Sheets,
  name: string,
  columns: readonly C[],
  required: readonly C[],
  errors: SheetError[],
): { row: number; get: (c: C) => string }[] | undefined {
  const rows = (sheets.get(name) ?? []).filter((r) => r.cells.some((c) => c !== ''));
  const header = rows[0];
  if (header === undefined) return undefined;
  const index = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    const key = cell.toLowerCase();
    if (key === '') return;
    if (!(columns as readonly string[]).includes(key))
      errors.push({
        sheet: name,
        row: header.row,
        column: cell,
        message: `unknown column "${cell}"`,
      });
    index.set(key, i);
  });
  for (const c of required) {
    if (!index.has(c))
      errors.push({ sheet: name, row: header.row, column: c, message: `missing column "${c}"` });
  }
  return rows.slice(1).map((r) => ({
    row: r.row,
    get: (c: C) => {
      const i = index.get(c);
      return i === undefined ? '' : (r.cells[i] ?? '');
    },
  }));
}

const LIMIT_OPS = { '<=': 'max', '<': 'max', '>=': 'min', '>': 'min' } as const;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * `option:ID`, `fact=value`, `fact=a|b`, `fact>=n`, `fact<=n`; several joined by `&` must all
 * hold. Returns undefined for a blank cell, a message for a cell it cannot read.
 */
export function parseConditionCell(text: string): { condition?: unknown; error?: string } {
  if (text === '') return {};
  const parts = text.split('&').map((p) => p.trim());
  const leaves: unknown[] = [];
  for (const part of parts) {
    const option = /^option:([A-Za-z][A-Za-z0-9-]*)$/.exec(part);
    if (option) {
      leaves.push({ option: option[1] });
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9-]*)\s*(>=|<=|=)\s*(.+)$/.exec(part);
    if (!m)
      return {
        error: `cannot read condition "${part}": use option:ID, fact=value, fact=a|b, fact>=n or fact<=n`,
      };
    const [, fact, op, raw] = m as unknown as [string, string, string, string];
    const value = raw.trim();
    if (op !== '=') {
      if (!NUMBER.test(value)) return { error: `"${part}": ${op} needs a number` };
      leaves.push(op === '>=' ? { fact, atLeast: Number(value) } : { fact, atMost: Number(value) });
      continue;
    }
    const values = value.split('|').map((v) => v.trim());
    const typed = values.map((v) => (NUMBER.test(v) ? Number(v) : v));
    leaves.push(typed.length === 1 ? { fact, equals: typed[0] } : { fact, in: typed });
  }
  return { condition: leaves.length === 1 ? leaves[0] : { all: leaves } };
}

/** Sheets → template JSON, then the published format's own validation. */
export function templateFromSheets(
  sheets: Sheets,
): { ok: true; template: ChecklistTemplate } | { ok: false; errors: SheetError[] } {
  const errors: SheetError[] = [];
  /** JSON path prefix → the cell it came from, to place schema problems. */
  const origin = new Map<string, Located>();
  const at = (path: string, sheet: string, row: number, column: string) =>
    origin.set(path, { sheet, row, column });

  const meta = new Map<string, { value: string; row: number }>();
  for (const r of sheets.get('template') ?? []) {
    const key = (r.cells[0] ?? '').toLowerCase();
    if (key === '') continue;
    if (!(TEMPLATE_KEYS as readonly string[]).includes(key))
      errors.push({
        sheet: 'template',
        row: r.row,
        column: 'A',
        message: `unknown key "${r.cells[0] ?? ''}"`,
      });
    else meta.set(key, { value: r.cells[1] ?? '', row: r.row });
  }
  if (!sheets.has('template'))
    errors.push({ sheet: 'template', row: 0, column: '', message: 'missing sheet "template"' });
  const metaValue = (key: (typeof TEMPLATE_KEYS)[number], path: string) => {
    const m = meta.get(key);
    at(path, 'template', m?.row ?? 0, 'B');
    return m?.value ?? '';
  };
  const localized = (zh: string, en: string) => ({ zh, en });

  const versionText = metaValue('version', 'version');
  const json: Record<string, unknown> = {
    id: metaValue('id', 'id'),
    version: NUMBER.test(versionText) ? Number(versionText) : versionText,
    type: metaValue('type', 'type'),
    title: localized(metaValue('title zh', 'title.zh'), metaValue('title en', 'title.en')),
    options: [],
    facts: [],
    sections: [],
  };
  at('title.en', 'template', meta.get('title en')?.row ?? 0, 'B');
  const descZh = meta.get('description zh')?.value ?? '';
  const descEn = meta.get('description en')?.value ?? '';
  if (descZh !== '' || descEn !== '') {
    json.description = localized(descZh, descEn);
    at('description.zh', 'template', meta.get('description zh')?.row ?? 0, 'B');
    at('description.en', 'template', meta.get('description en')?.row ?? 0, 'B');
  }

  const options =
    table(sheets, 'options', OPTION_COLUMNS, ['option id', 'title zh', 'title en'], errors) ?? [];
  json.options = options.map((r, i) => {
    at(`options.${i}`, 'options', r.row, '');
    at(`options.${i}.id`, 'options', r.row, 'option id');
    at(`options.${i}.title`, 'options', r.row, 'title zh');
    return { id: r.get('option id'), title: localized(r.get('title zh'), r.get('title en')) };
  });

  const facts =
    table(sheets, 'facts', FACT_COLUMNS, ['fact id', 'label zh', 'label en', 'kind'], errors) ?? [];
  json.facts = facts.map((r, i) => {
    const path = `facts.${i}`;
    at(path, 'facts', r.row, '');
    at(`${path}.id`, 'facts', r.row, 'fact id');
    at(`${path}.label.zh`, 'facts', r.row, 'label zh');
    at(`${path}.label.en`, 'facts', r.row, 'label en');
    at(`${path}.kind`, 'facts', r.row, 'kind');
    at(`${path}.unit`, 'facts', r.row, 'unit');
    at(`${path}.choices`, 'facts', r.row, 'choices');
    const fact: Record<string, unknown> = {
      id: r.get('fact id'),
      label: localized(r.get('label zh'), r.get('label en')),
      kind: r.get('kind'),
    };
    const required = r.get('required').toLowerCase();
    if (required === 'yes' || required === 'true') fact.required = true;
    else if (required !== '' && required !== 'no' && required !== 'false')
      errors.push({
        sheet: 'facts',
        row: r.row,
        column: 'required',
        message: 'required is yes or no',
      });
    if (fact.kind === 'number') fact.unit = r.get('unit');
    if (fact.kind === 'text') fact.maxLength = 200;
    if (fact.kind === 'select') {
      // `value=中文/English; value=中文/English`
      fact.choices = r
        .get('choices')
        .split(';')
        .map((c) => c.trim())
        .filter((c) => c !== '')
        .map((c) => {
          const m = /^([^=]+)=([^/]+)\/(.+)$/.exec(c);
          if (!m) {
            errors.push({
              sheet: 'facts',
              row: r.row,
              column: 'choices',
              message: `cannot read choice "${c}": use value=中文/English`,
            });
            return { value: c, label: localized(c, c) };
          }
          return {
            value: (m[1] ?? '').trim(),
            label: localized((m[2] ?? '').trim(), (m[3] ?? '').trim()),
          };
        });
    }
    return fact;
  });

  const items = table(
    sheets,
    'items',
    ITEM_COLUMNS,
    ['section id', 'item id', 'text zh', 'text en', 'basis', 'answer kind'],
    errors,
  );
  if (items === undefined)
    errors.push({
      sheet: 'items',
      row: 0,
      column: '',
      message: 'missing sheet "items" or it has no header row',
    });
  const sections: { id: string; title: unknown; items: unknown[] }[] = [];
  const limits: unknown[] = [];
  for (const r of items ?? []) {
    const sectionId = r.get('section id');
    let s = sections.findIndex((x) => x.id === sectionId);
    if (s === -1) {
      s = sections.length;
      sections.push({
        id: sectionId,
        title: localized(r.get('section zh'), r.get('section en')),
        items: [],
      });
      at(`sections.${s}`, 'items', r.row, 'section id');
      at(`sections.${s}.id`, 'items', r.row, 'section id');
      at(`sections.${s}.title.zh`, 'items', r.row, 'section zh');
      at(`sections.${s}.title.en`, 'items', r.row, 'section en');
    }
    const section = sections[s];
    if (section === undefined) continue;
    const path = `sections.${s}.items.${section.items.length}`;
    const cols: Record<string, (typeof ITEM_COLUMNS)[number]> = {
      '': 'item id',
      id: 'item id',
      'text.zh': 'text zh',
      'text.en': 'text en',
      source: 'basis',
      kind: 'answer kind',
      unit: 'reading unit',
      repeats: 'repeats',
      judgedBy: 'judged by',
      decimals: 'decimals',
      instruments: 'instruments',
      limitRef: 'limit ref',
      condition: 'condition',
      'guidance.zh': 'guidance zh',
      'guidance.en': 'guidance en',
    };
    for (const [field, column] of Object.entries(cols))
      at(field === '' ? path : `${path}.${field}`, 'items', r.row, column);
    const item: Record<string, unknown> = {
      id: r.get('item id'),
      text: localized(r.get('text zh'), r.get('text en')),
      source: r.get('basis'),
      kind: r.get('answer kind'),
    };
    if (r.get('guidance zh') !== '' || r.get('guidance en') !== '')
      item.guidance = localized(r.get('guidance zh'), r.get('guidance en'));
    const condition = parseConditionCell(r.get('condition'));
    if (condition.error !== undefined)
      errors.push({ sheet: 'items', row: r.row, column: 'condition', message: condition.error });
    else if (condition.condition !== undefined) item.condition = condition.condition;
    if (item.kind === 'reading') {
      const int = (column: (typeof ITEM_COLUMNS)[number], fallback: number) => {
        const text = r.get(column);
        if (text === '') return fallback;
        if (!/^\d+$/.test(text))
          errors.push({
            sheet: 'items',
            row: r.row,
            column,
            message: `${column} is a whole number`,
          });
        return Number(text);
      };
      item.unit = r.get('reading unit');
      item.repeats = int('repeats', 1);
      item.judgedBy = r.get('judged by') === '' ? 'max' : r.get('judged by');
      item.decimals = int('decimals', 1);
      item.instruments =
        r.get('instruments') === ''
          ? ['document']
          : r
              .get('instruments')
              .split(/[;,]/)
              .map((x) => x.trim());
      const ref = r.get('limit ref');
      const op = r.get('limit op');
      const value = r.get('limit value');
      if (ref !== '' && (op !== '' || value !== '')) {
        errors.push({
          sheet: 'items',
          row: r.row,
          column: 'limit ref',
          message: 'either a limit ref or a limit op and value, not both',
        });
      } else if (ref !== '') {
        item.limitRef = ref;
      } else if (!(op in LIMIT_OPS)) {
        errors.push({
          sheet: 'items',
          row: r.row,
          column: 'limit op',
          message: `limit op is one of <=, <, >=, > (or give a limit ref), not "${op}"`,
        });
      } else if (!NUMBER.test(value)) {
        errors.push({
          sheet: 'items',
          row: r.row,
          column: 'limit value',
          message: `limit value is a number, not "${value}"`,
        });
      } else {
        // The item's own limit, named after it (docs/templates.md "Limits").
        const side = LIMIT_OPS[op as keyof typeof LIMIT_OPS];
        const strict = op === '<' || op === '>';
        const bound = { [side]: Number(value), ...(strict ? { [`${side}Exclusive`]: true } : {}) };
        item.limitRef = item.id;
        const l = limits.length;
        at(`limits.${l}`, 'items', r.row, 'limit value');
        at(`limits.${l}.unit`, 'items', r.row, 'reading unit');
        at(`limits.${l}.source`, 'items', r.row, 'basis');
        at(`limits.${l}.id`, 'items', r.row, 'item id');
        limits.push({
          id: item.id,
          text: item.text,
          unit: item.unit,
          source: item.source,
          confidence: 'V',
          values: { kind: 'single', bound },
        });
      }
    } else {
      for (const column of ['reading unit', 'limit ref', 'limit op', 'limit value'] as const) {
        if (r.get(column) !== '')
          errors.push({
            sheet: 'items',
            row: r.row,
            column,
            message: `only a reading has a ${column}`,
          });
      }
    }
    section.items.push(item);
  }
  json.sections = sections;
  if (limits.length > 0) json.limits = limits;
  if (errors.length > 0) return { ok: false, errors };

  const parsed: TemplateParse = parsePublishedTemplate(json);
  if (parsed.ok) return parsed;
  return { ok: false, errors: parsed.errors.map((e) => placeProblem(e.path, e.message, origin)) };
}

/** The cell of the longest known path prefix; a consistency problem names its item or section id. */
function placeProblem(
  path: string,
  message: string,
  origin: ReadonlyMap<string, Located>,
): SheetError {
  const parts = path === '' ? [] : path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const found = origin.get(parts.slice(0, n).join('.'));
    if (found) return { ...found, message };
  }
  return { sheet: 'items', row: 0, column: '', message };
}
