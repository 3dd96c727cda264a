/**
 * `npm run server -- import-template <file> [--scope city|<county>,<county>]`: a checklist as
 * JSON (the published format), .xlsx or .csv (the sheet, templates/templateSheet.ts), checked
 * in full and published all or nothing (docs/templates.md). Errors name a JSON path, or a
 * sheet, row and column.
 */
import type { Kysely } from 'kysely';
import { parsePublishedTemplate, TemplateScope } from '../../shared/templates/publishedTemplate';
import type { ChecklistTemplate } from '../../shared/templates/templateSchema';
import { findJsonShapeIssue } from '../checks/jsonShape';
import type { Engine } from '../db/openDatabase';
import type { ServerDatabase } from '../db/schema';
import { publishTemplate } from './publishTemplate';
import { readCsvSheets, readXlsxSheets } from './readSheets';
import { templateFromSheets } from './templateSheet';

export interface TemplateImportError {
  /** `sections.0.items.1.limitRef` for JSON, `items row 4 column limit value` for a sheet, '' for the file. */
  readonly where: string;
  readonly message: string;
}

export type TemplateImportResult =
  | {
      readonly ok: true;
      readonly outcome: 'published' | 'unchanged';
      readonly id: string;
      readonly version: number;
    }
  | { readonly ok: false; readonly errors: readonly TemplateImportError[] };

/** Parses the scope flag: absent or 'city' is city-wide, else county codes joined by commas. */
export function parseTemplateScope(text: string | undefined): TemplateScope | undefined {
  const parsed = TemplateScope.safeParse(
    text === undefined || text === 'city' ? 'city' : text.split(',').map((c) => c.trim()),
  );
  return parsed.success ? parsed.data : undefined;
}

/** The file's template, or every problem in it; which reader by the file name's extension. */
export async function readTemplateFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<
  { ok: true; template: ChecklistTemplate } | { ok: false; errors: TemplateImportError[] }
> {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'csv') {
    let sheets;
    try {
      sheets =
        ext === 'xlsx'
          ? await readXlsxSheets(bytes)
          : readCsvSheets(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      return {
        ok: false,
        errors: [
          {
            where: '',
            message: `cannot read the ${ext} file: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      };
    }
    const result = templateFromSheets(sheets);
    if (result.ok) return result;
    return {
      ok: false,
      errors: result.errors.map((e) => ({
        where: `${e.sheet}${e.row > 0 ? ` row ${e.row}` : ''}${e.column !== '' ? ` column ${e.column}` : ''}`,
        message: e.message,
      })),
    };
  }
  if (ext !== 'json')
    return {
      ok: false,
      errors: [{ where: '', message: 'a checklist is a .json, .xlsx or .csv file' }],
    };
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''),
    );
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          where: '',
          message: `not JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  // Texts end up printed on every laptop: the same rule as any record text first.
  const shape = findJsonShapeIssue(json);
  if (shape) return { ok: false, errors: [{ where: shape.path, message: shape.message }] };
  const parsed = parsePublishedTemplate(json);
  return parsed.ok
    ? parsed
    : { ok: false, errors: parsed.errors.map((e) => ({ where: e.path, message: e.message })) };
}

export async function importTemplate(
  db: Kysely<ServerDatabase>,
  engine: Engine,
  fileName: string,
  bytes: Uint8Array,
  scope: TemplateScope,
  now: Date,
): Promise<TemplateImportResult> {
  const read = await readTemplateFile(fileName, bytes);
  if (!read.ok) return read;
  const published = await publishTemplate(db, engine, read.template, scope, now);
  if (!published.ok) return { ok: false, errors: [{ where: '', message: published.message }] };
  return {
    ok: true,
    outcome: published.outcome,
    id: read.template.id,
    version: read.template.version,
  };
}
