/**
 * The office's limit overrides arrive in the pull as a `limit-table` reference change
 * (`{ version, overrides }`, the whole table) and land in the `limitOverrides` setting the
 * checklist engine reads (features/checklist/checklistData.ts loadLimitOverrides). The
 * version goes beside it so a replayed older version never replaces a newer one. Called
 * inside the pull's transaction (db/applyPulledChanges.ts), so it lands with its cursor.
 */
import { z } from 'zod';
import { ControlLevelTable } from '../../shared/templates/controlLevels';
import { LimitOverrides } from '../../shared/templates/limitSchema';
import type { ReferenceChange } from '../../shared/sync/wireSchemas';
import type { AppDatabase } from './database';

export const LIMIT_OVERRIDES_KEY = 'limitOverrides';
export const LIMIT_OVERRIDES_VERSION_KEY = 'limitOverrides.version';
/** The office's per-county control levels (shared/templates/controlLevels.ts), sent with the table. */
export const CONTROL_LEVELS_KEY = 'controlLevels';

const LimitTableData = z.object({
  version: z.number().int().positive(),
  overrides: LimitOverrides,
  /** Optional: a table without it leaves the shipped per-county defaults in force. */
  controlLevels: ControlLevelTable.optional(),
});

export async function applyLimitTable(
  db: AppDatabase,
  change: ReferenceChange,
): Promise<'stored' | 'skipped'> {
  const parsed = LimitTableData.safeParse(change.data);
  if (!parsed.success) return 'skipped';
  const held = z
    .number()
    .int()
    .safeParse((await db.settings.get(LIMIT_OVERRIDES_VERSION_KEY))?.value);
  if (held.success && held.data >= parsed.data.version) return 'skipped';
  await db.settings.bulkPut([
    { key: LIMIT_OVERRIDES_KEY, value: parsed.data.overrides },
    { key: LIMIT_OVERRIDES_VERSION_KEY, value: parsed.data.version },
    { key: CONTROL_LEVELS_KEY, value: parsed.data.controlLevels ?? {} },
  ]);
  return 'stored';
}
