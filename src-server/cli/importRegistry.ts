/**
 * `npm run server -- import-registry --kind enterprises|machines <file.csv>`: validates every
 * row first and lists every error with its line number; writes nothing unless all rows are
 * valid, then upserts them and appends them to the change log in one transaction, so field
 * laptops receive them on their next pull.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Engine } from '../db/openDatabase';
import type { ChangesTable, ServerDatabase } from '../db/schema';
import { appendChanges, CITY_ONLY, lockChangeLog, nextSeq } from '../store/changeLog';
import { parseCsv } from './parseCsv';
import { hasControlCharacters } from '../../shared/domain/text';
import { EnterpriseRow, RegistryMachineRow } from './registryRows';

export type RegistryKind = 'enterprises' | 'machines';

export interface ImportError {
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

export type ImportResult =
  | { readonly ok: true; readonly imported: number }
  | { readonly ok: false; readonly errors: readonly ImportError[] };

export async function importRegistry(
  db: Kysely<ServerDatabase>,
  engine: Engine,
  kind: RegistryKind,
  csvText: string,
  now: Date,
): Promise<ImportResult> {
  const schema: z.ZodType<EnterpriseRow | RegistryMachineRow> =
    kind === 'enterprises' ? EnterpriseRow : RegistryMachineRow;
  const rows = parseCsv(csvText);
  const header = rows[0];
  if (!header)
    return {
      ok: false,
      errors: [{ line: 1, column: '', message: 'empty file: a header row is required' }],
    };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const errors: ImportError[] = [];
  const parsed: { line: number; row: EnterpriseRow | RegistryMachineRow }[] = [];
  const keys = new Map<string, number>();
  for (const { line, cells } of rows.slice(1)) {
    if (cells.length !== columns.length) {
      errors.push({
        line,
        column: '',
        message: `${cells.length} cells, header has ${columns.length}`,
      });
      continue;
    }
    const record = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
    // The laptop's one-line rule for every cell (shared/domain/text.ts): rows are served to every laptop.
    const control = columns.find((c) => hasControlCharacters(record[c] ?? '', true));
    if (control !== undefined) {
      errors.push({ line, column: control, message: 'control character' });
      continue;
    }
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push({ line, column: issue.path.join('.'), message: issue.message });
      continue;
    }
    const key = 'credit_code' in result.data ? result.data.credit_code : result.data.pin;
    const earlier = keys.get(key);
    if (earlier !== undefined)
      errors.push({
        line,
        column: 'credit_code' in result.data ? 'credit_code' : 'pin',
        message: `duplicate of line ${earlier}`,
      });
    keys.set(key, line);
    parsed.push({ line, row: result.data });
  }
  if (rows.length < 2) errors.push({ line: 2, column: '', message: 'no data rows' });
  if (errors.length > 0) return { ok: false, errors };

  const nowIso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await lockChangeLog(trx, engine);
    let seq = await nextSeq(trx);
    const changes: ChangesTable[] = [];
    for (const { row } of parsed) {
      const data = JSON.stringify(row);
      if ('credit_code' in row) {
        await trx
          .insertInto('enterprises')
          .values({
            credit_code: row.credit_code,
            name: row.name,
            county_code: row.county_code,
            address: row.address,
            data,
            updated_at: nowIso,
          })
          .onConflict((oc) =>
            oc.column('credit_code').doUpdateSet({
              name: row.name,
              county_code: row.county_code,
              address: row.address,
              data,
              updated_at: nowIso,
            }),
          )
          .execute();
        changes.push({
          seq: seq++,
          type: 'enterprise',
          kind: 'reference',
          id: row.credit_code,
          hash: '',
          county_code: row.county_code,
        });
      } else {
        const county = row.county_code === '' ? null : row.county_code;
        await trx
          .insertInto('registry_machines')
          .values({ pin: row.pin, county_code: county, data, updated_at: nowIso })
          .onConflict((oc) =>
            oc.column('pin').doUpdateSet({ county_code: county, data, updated_at: nowIso }),
          )
          .execute();
        changes.push({
          seq: seq++,
          type: 'registry-machine',
          kind: 'reference',
          id: row.pin,
          hash: '',
          county_code: county ?? CITY_ONLY,
        });
      }
    }
    await appendChanges(trx, changes);
  });
  return { ok: true, imported: parsed.length };
}
