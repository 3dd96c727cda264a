/**
 * The two reads the checklist needs beyond its inspection: the office's limit overrides
 * (a `limitOverrides` setting, synced later; absent or unreadable means the defaults) and
 * the registry entry a machinery check prefills its facts from.
 */
import type { Machine } from '../../../shared/domain/machine';
import { ControlLevelTable } from '../../../shared/templates/controlLevels';
import { LimitOverrides } from '../../../shared/templates/limitSchema';
import { CONTROL_LEVELS_KEY } from '../../db/pulledLimitTable';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import type { AppDatabase } from '../../db/database';

export async function loadLimitOverrides(db: AppDatabase): Promise<LimitOverrides> {
  const row = await db.settings.get('limitOverrides');
  const parsed = LimitOverrides.safeParse(row?.value);
  return parsed.success ? parsed.data : {};
}

/** The office's per-county control levels (`controlLevels` setting); unreadable means the defaults. */
export async function loadControlLevels(db: AppDatabase): Promise<ControlLevelTable> {
  const row = await db.settings.get(CONTROL_LEVELS_KEY);
  const parsed = ControlLevelTable.safeParse(row?.value);
  return parsed.success ? parsed.data : {};
}

export async function loadMachine(db: AppDatabase, id: string): Promise<Machine | undefined> {
  return db.machines.get(id);
}

/** Facts a machine fills in, for facts not answered yet (never overwrite what was typed). */
export function prefillFacts(
  template: ChecklistTemplate,
  machine: Machine,
  current: Readonly<Record<string, string>>,
): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const fact of template.facts) {
    if (fact.prefillFrom === undefined || (current[fact.id] ?? '') !== '') continue;
    const value: unknown = machine[fact.prefillFrom];
    if (typeof value === 'string' || typeof value === 'number') filled[fact.id] = String(value);
  }
  return filled;
}
