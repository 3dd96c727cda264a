/**
 * 开始现场检查: a machinery-check draft for a registered machine, with its facts prefilled
 * from the registry entry (the template's `prefillFrom`), so the inspector starts from what
 * the registry says and corrects it where the machine disagrees.
 */
import type { DeviceId } from '../../shared/domain/ids';
import type { Inspection } from '../../shared/domain/inspection';
import type { Inspector } from '../../shared/domain/inspector';
import type { Machine } from '../../shared/domain/machine';
import type { Site } from '../../shared/domain/site';
import { latestTemplate } from '../../shared/templates/registry';
import type { ChecklistTemplate } from '../../shared/templates/templateSchema';
import type { AppDatabase } from './database';
import { createDraftInspection } from './inspectionRepository';

/** Fact values from the machine for every fact with `prefillFrom`; empty values are left out. */
export function machineCheckFacts(
  template: ChecklistTemplate,
  machine: Machine,
): Record<string, string | number> {
  const facts: Record<string, string | number> = {};
  for (const fact of template.facts) {
    if (fact.prefillFrom === undefined) continue;
    const value: unknown = machine[fact.prefillFrom];
    if (
      (typeof value === 'string' && value !== '') ||
      (typeof value === 'number' && Number.isFinite(value))
    ) {
      facts[fact.id] = value;
    }
  }
  return facts;
}

export interface NewMachineCheck {
  readonly machine: Machine;
  readonly site: Site;
  readonly inspectors: Inspector[];
  readonly deviceId: DeviceId;
}

/**
 * Creates the draft (latest machinery template, machineId, prefilled facts) through
 * createDraftInspection, so it is written like every other draft: site, outbox row and audit
 * entry in the same transaction.
 */
export async function startMachineCheck(
  db: AppDatabase,
  input: NewMachineCheck,
): Promise<Inspection> {
  const template = latestTemplate('machinery');
  return createDraftInspection(db, {
    type: 'machinery',
    template: { id: template.id, version: template.version },
    site: input.site,
    inspectors: input.inspectors,
    deviceId: input.deviceId,
    machineId: input.machine.id,
    facts: machineCheckFacts(template, input.machine),
  });
}
