/**
 * The last-moment copy of a checklist. An IndexedDB write started while the page unloads
 * needs several event-loop turns (Dexie reads the stored rev before it writes) and is cut off
 * by a reload or a closed window; localStorage writes synchronously. So on unload, unsaved
 * changes also go here, and the next open of the inspection takes them back and saves them
 * through saveDraft. Parsed on the way back in: storage is a boundary like any other.
 */
import { z } from 'zod';
import { RecordId } from '../../../shared/domain/ids';
import { ItemResult } from '../../../shared/domain/inspection';
import type { ChecklistDraft } from './checklistDraft';

const text = z.string().max(5000);
const ChecklistDraftSchema = z.object({
  options: z.array(z.string().max(80)).max(40),
  facts: z.record(z.string().max(80), text),
  answers: z.record(
    z.string().max(120),
    z.object({
      result: ItemResult.optional(),
      note: text,
      readingTexts: z.array(z.string().max(100)).max(20),
      overrideReason: text.optional(),
      instrument: z.object({ type: text, model: text, serial: text, calibratedOn: text }),
    }),
  ),
  findings: z.record(
    z.string().max(120),
    z.object({ id: RecordId, description: text, rule: text, requirement: text, deadline: text }),
  ),
  endedAt: z.string().max(40).optional(),
  controlLevelReason: text.optional(),
});

const UnloadCopy = z.object({
  baseRev: z.number().int().nonnegative(),
  draft: ChecklistDraftSchema,
});

const keyFor = (inspectionId: string) => `bluesky.checklist.unsaved.${inspectionId}`;

export function writeUnloadCopy(
  inspectionId: string,
  baseRev: number,
  draft: ChecklistDraft,
): void {
  try {
    localStorage.setItem(keyFor(inspectionId), JSON.stringify({ baseRev, draft }));
  } catch {
    // Quota or privacy mode: the IndexedDB flush that runs beside this is all we can do.
  }
}

/**
 * The copy left by an unload, if it belongs to this record as stored now: the stored rev is
 * the one the copy started from, or one more (the unload's own write got through). A record
 * changed since (e.g. by a sync) is newer than the copy, which is then dropped.
 */
export function readUnloadCopy(
  inspectionId: string,
  storedRev: number,
): ChecklistDraft | undefined {
  let raw: string | null;
  try {
    raw = localStorage.getItem(keyFor(inspectionId));
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    clearUnloadCopy(inspectionId);
    return undefined;
  }
  const parsed = UnloadCopy.safeParse(json);
  if (!parsed.success || storedRev > parsed.data.baseRev + 1) {
    clearUnloadCopy(inspectionId);
    return undefined;
  }
  const { endedAt, ...draft } = parsed.data.draft;
  return endedAt === undefined ? draft : { ...draft, endedAt };
}

export function clearUnloadCopy(inspectionId: string): void {
  try {
    localStorage.removeItem(keyFor(inspectionId));
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}
