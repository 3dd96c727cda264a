/**
 * `npm run server -- import-limits <file.json>`: the office's limit overrides as one JSON
 * object `{ "<limit id>": { values, source, unit } }` (shared/templates/limitSchema.ts
 * LimitOverrides). The file is the WHOLE table: it replaces the previous one (an empty
 * object withdraws every override). Every problem is listed with its JSON path; nothing is
 * written unless the file is valid as a whole. Then a new version is stored and appended to
 * the change log for every device (limits are city-wide reference data).
 *
 * The file may also carry `"controlLevels": { "<county code>": { level, basis } }`
 * (shared/templates/controlLevels.ts): the office's per-county GB 37822 control level, sent
 * with the table; counties not listed keep the shipped default (docs/domain.md "Control
 * level"). The key cannot clash with a limit id, which is lower-case.
 *
 * Beyond the schema, each id must name an entry of the default limits table and keep its
 * unit: the checklist engine refuses a mismatched override at judging time, so catching it
 * here tells the admin instead of an inspector on site.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { limits } from '../../shared/templates/limits';
import { counties } from '../../shared/domain/counties';
import { ControlLevelTable } from '../../shared/templates/controlLevels';
import { LimitOverrides } from '../../shared/templates/limitSchema';
import type { Engine } from '../db/openDatabase';
import type { ServerDatabase } from '../db/schema';
import { nativeSha256Hex } from '../nativeSha256';
import { findJsonShapeIssue } from '../checks/jsonShape';
import { appendChanges, EVERYONE, lockChangeLog, nextSeq } from '../store/changeLog';

/** The one limit table the office publishes; the id leaves room for more later. */
export const LIMIT_OVERRIDES_TABLE = 'overrides';
/** The change-log `type` of a limit table version. */
export const LIMIT_TABLE_CHANGE = 'limit-table';

export interface LimitImportError {
  /** JSON path, e.g. `vocs.hood-face-velocity.values.bound`; '' for the whole file. */
  readonly path: string;
  readonly message: string;
}

export type LimitImportResult =
  | { readonly ok: true; readonly version: number; readonly overrides: number }
  | { readonly ok: false; readonly errors: readonly LimitImportError[] };

/** The reserved top-level key of the per-county control levels in the import file. */
export const CONTROL_LEVELS = 'controlLevels';

/** Stored in limit_tables.data and served as the change's `data`. */
export const LimitTableData = z.object({
  version: z.number().int().positive(),
  overrides: LimitOverrides,
  controlLevels: ControlLevelTable.optional(),
});
export type LimitTableData = z.infer<typeof LimitTableData>;

export function validateLimitOverrides(
  jsonText: string,
):
  | { ok: true; overrides: LimitOverrides; controlLevels?: ControlLevelTable }
  | { ok: false; errors: LimitImportError[] } {
  let json: unknown;
  try {
    json = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `not JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  // Units and sources end up printed and served to every laptop: the laptop's text rule first.
  const shape = findJsonShapeIssue(json);
  if (shape) return { ok: false, errors: [{ path: shape.path, message: shape.message }] };
  let levels: ControlLevelTable | undefined;
  if (
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json) &&
    Object.hasOwn(json, CONTROL_LEVELS)
  ) {
    const { [CONTROL_LEVELS]: rawLevels, ...rest } = json as Record<string, unknown>;
    const parsedLevels = ControlLevelTable.safeParse(rawLevels);
    if (!parsedLevels.success)
      return {
        ok: false,
        errors: parsedLevels.error.issues.map((i) => ({
          path: [CONTROL_LEVELS, ...i.path.map(String)].join('.'),
          message: i.message,
        })),
      };
    const unknown = Object.keys(parsedLevels.data).filter(
      (code) => !counties.some((c) => c.code === code),
    );
    if (unknown.length > 0)
      return {
        ok: false,
        errors: unknown.map((code) => ({
          path: `${CONTROL_LEVELS}.${code}`,
          message: `not a Lüliang county code: ${code}`,
        })),
      };
    levels = parsedLevels.data;
    json = rest;
  }
  const parsed = LimitOverrides.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message,
      })),
    };
  }
  const errors: LimitImportError[] = [];
  for (const [id, override] of Object.entries(parsed.data)) {
    const entry = limits.find((e) => e.id === id);
    if (entry === undefined) errors.push({ path: id, message: `unknown limit id ${id}` });
    else if (entry.unit !== override.unit)
      errors.push({
        path: `${id}.unit`,
        message: `unit ${override.unit} differs from the limit's unit ${entry.unit}`,
      });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    overrides: parsed.data,
    ...(levels !== undefined ? { controlLevels: levels } : {}),
  };
}

export async function importLimits(
  db: Kysely<ServerDatabase>,
  engine: Engine,
  jsonText: string,
  now: Date,
): Promise<LimitImportResult> {
  const valid = validateLimitOverrides(jsonText);
  if (!valid.ok) return valid;
  const version = await db.transaction().execute(async (trx) => {
    await lockChangeLog(trx, engine);
    const latest = await trx
      .selectFrom('limit_tables')
      .select((eb) => eb.fn.max('version').as('max'))
      .where('id', '=', LIMIT_OVERRIDES_TABLE)
      .executeTakeFirst();
    const next = Number(latest?.max ?? 0) + 1;
    const data = JSON.stringify(
      LimitTableData.parse({
        version: next,
        overrides: valid.overrides,
        ...(valid.controlLevels !== undefined ? { controlLevels: valid.controlLevels } : {}),
      }),
    );
    await trx
      .insertInto('limit_tables')
      .values({ id: LIMIT_OVERRIDES_TABLE, version: next, data, updated_at: now.toISOString() })
      .execute();
    // `hash` names the version's content, so the change feed serves exactly this version.
    await appendChanges(trx, [
      {
        seq: await nextSeq(trx),
        type: LIMIT_TABLE_CHANGE,
        kind: 'reference',
        id: LIMIT_OVERRIDES_TABLE,
        hash: nativeSha256Hex(data),
        county_code: EVERYONE,
      },
    ]);
    return next;
  });
  return { ok: true, version, overrides: Object.keys(valid.overrides).length };
}
