/**
 * Finalised originals, amendments and 复查 records for the rectification rules, built with
 * the real finalising and amending functions so hashes and links are as the app writes them.
 */
import { newRecordId, type RecordId } from '../../../shared/domain/ids';
import { Inspection, type Finding } from '../../../shared/domain/inspection';
import { createAmendment } from '../../../shared/records/amendment';
import { finaliseInspection } from '../../../shared/records/finalise';
import { createRecheck } from '../../../shared/rectification/createRecheck';
import type { RecheckItem } from '../../../shared/rectification/recheckSchema';
import {
  deriveRectificationItems,
  type RectificationRecord,
} from '../../../shared/rectification/rectificationState';
import { makeInspector } from '../../fixtures/builders';
import { makeFinalisable } from '../records/recordFixtures';

let serial = 0;
const numberOf = () => `吕离环检〔2026〕${String(++serial).padStart(4, '0')}号`;

export function finding(deadline: string, description = '东门未设冲洗设施'): Finding {
  return {
    id: newRecordId(),
    itemId: 'dust.wash.exit',
    description,
    rule: '《山西省大气污染防治条例》',
    requirement: '设置车辆冲洗设施',
    deadline,
  };
}

/** A finalised dust inspection started at `startedAt` with the given findings. */
export function original(findings: Finding[], startedAt = '2026-03-15T01:30:00.000Z'): Inspection {
  const draft = makeFinalisable({ findings, startedAt, endedAt: startedAt });
  return finaliseInspection(draft, { recordNumber: numberOf(), now: startedAt });
}

/** A finalised amendment of `record`, changed by `edit`. */
export function amend(
  record: Inspection,
  edit: (draft: Inspection) => Partial<Inspection>,
  at: string,
): Inspection {
  const draft = createAmendment(record, newRecordId(), at);
  const edited = Inspection.parse({ ...draft, ...edit(draft), signatures: record.signatures });
  return finaliseInspection(edited, { recordNumber: numberOf(), now: at });
}

/** A finalised 复查 of `source` made at `at`, each item's outcome set by `outcome`. */
export function recheck(
  source: Inspection,
  all: readonly RectificationRecord[],
  at: string,
  outcome: (item: RecheckItem, index: number) => Partial<RecheckItem>,
  id: RecordId = newRecordId(),
): Inspection {
  const items = deriveRectificationItems(all, new Date(at));
  const draft = createRecheck(source, items, {
    id,
    now: at,
    deviceId: source.deviceId,
    inspectors: [makeInspector({ name: '王五' }), makeInspector({ name: '赵六' })],
  });
  const recheckPart = draft.recheck;
  if (recheckPart === undefined) throw new Error('no recheck');
  const filled = Inspection.parse({
    ...draft,
    startedAt: at,
    endedAt: at,
    recheck: {
      ...recheckPart,
      items: recheckPart.items.map((item, i) => ({ ...item, ...outcome(item, i) })),
    },
  });
  return finaliseInspection(filled, { recordNumber: numberOf(), now: at });
}
