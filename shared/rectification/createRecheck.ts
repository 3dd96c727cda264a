/**
 * Starts a 复查 draft from a finalised record (docs/rectification.md "复查"): same site,
 * template and type, reason 复查, and one recheck item per rectification item still pending
 * on that record, each with the original finding, requirement and deadline. Nothing else of
 * the checklist is copied: a 复查 checks the failed items only.
 */
import type { DeviceId, RecordId } from '../domain/ids';
import { Inspection, type InspectionInput } from '../domain/inspection';
import type { Inspector } from '../domain/inspector';
import { isPending, type RectificationItem } from './rectificationState';

/** The pending items a 复查 of `source` follows: its own findings', or those it left open. */
export function itemsToRecheck(
  source: Pick<Inspection, 'id'>,
  items: readonly RectificationItem[],
): RectificationItem[] {
  return items.filter((item) => {
    if (!isPending(item)) return false;
    const last = item.history.at(-1);
    return last === undefined ? item.recordId === source.id : last.recordId === source.id;
  });
}

export interface NewRecheck {
  readonly id: RecordId;
  readonly now: string;
  readonly deviceId: DeviceId;
  /** Who re-inspects (the laptop's profile first); they need not be the original's. */
  readonly inspectors: readonly Inspector[];
}

export function createRecheck(
  source: Inspection,
  items: readonly RectificationItem[],
  { id, now, deviceId, inspectors }: NewRecheck,
): Inspection {
  if (source.status !== 'finalized' || source.hash === undefined)
    throw new Error(
      `record ${source.id} is not finalised: only finalised records are re-inspected`,
    );
  const pending = itemsToRecheck(source, items);
  if (pending.length === 0)
    throw new Error(`record ${source.id} has no pending rectification item`);
  return Inspection.parse({
    id,
    rev: 1,
    baseRev: 0,
    status: 'draft',
    deviceId,
    createdAt: now,
    updatedAt: now,
    kind: 'inspection',
    type: source.type,
    template: source.template,
    site: source.site,
    inspectors: [...inspectors],
    options: source.options,
    facts: source.facts,
    ...(source.machineId === undefined ? {} : { machineId: source.machineId }),
    // The 复查 starts when it is created on site; its end is stamped when it is complete.
    startedAt: now,
    reason: 'recheck',
    ...(inspectors[0] === undefined ? {} : { recorder: inspectors[0].name }),
    recheck: {
      of: { id: source.id, hash: source.hash, recordNumber: source.recordNumber ?? '' },
      items: pending.map((item) => ({
        origin: { recordId: item.rootId, findingId: item.findingId },
        ...(item.itemId === undefined ? {} : { itemId: item.itemId }),
        description: item.description,
        requirement: item.requirement,
        deadline: item.deadline,
        photos: [],
      })),
    },
  } satisfies InspectionInput);
}
