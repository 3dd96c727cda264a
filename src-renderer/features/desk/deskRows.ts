/**
 * The desk's filtered list (docs/rectification.md "Office desk"): the records and the
 * rectification items that match a DeskFilter, as plain rows the tables and the .xlsx share.
 * Uses the same matching as shared/rectification/deskStats.ts, so the export and the
 * statistics count the same records.
 */
import type { Inspection } from '../../../shared/domain/inspection';
import { shanghaiDay } from '../../../shared/pdf/shanghaiTime';
import type { DeskFilter, DeskRecord } from '../../../shared/rectification/deskStats';
import type {
  RectificationItem,
  RectificationState,
} from '../../../shared/rectification/rectificationState';

export type DeskListRecord = DeskRecord & Pick<Inspection, 'recordNumber'>;

export interface DeskRecordRow {
  readonly recordNumber: string;
  /** Shanghai calendar day, yyyy-mm-dd. */
  readonly day: string;
  readonly countyCode: string;
  readonly siteName: string;
  readonly creditCode: string;
  readonly templateId: string;
  readonly nonCompliant: boolean;
  readonly inspectors: readonly string[];
}

export interface DeskItemRow {
  readonly recordNumber: string;
  readonly templateId: string;
  /** The checklist item the finding is about; '' for a finding not tied to one. */
  readonly itemId: string;
  readonly description: string;
  readonly requirement: string;
  /** yyyy-mm-dd. */
  readonly deadline: string;
  readonly state: RectificationState;
}

export interface DeskList {
  readonly records: readonly DeskRecordRow[];
  readonly items: readonly DeskItemRow[];
}

function matches(
  day: string,
  countyCode: string,
  templateId: string,
  inspectors: readonly string[],
  filter: DeskFilter,
): boolean {
  return (
    (!filter.from || day >= filter.from) &&
    (!filter.to || day <= filter.to) &&
    (!filter.countyCode || countyCode === filter.countyCode) &&
    (!filter.templateId || templateId === filter.templateId) &&
    (!filter.inspector || inspectors.includes(filter.inspector))
  );
}

/** Finalised inspections (not 复查 records, as deskStats counts them), newest first. */
export function deskList(
  records: Iterable<DeskListRecord>,
  items: readonly RectificationItem[],
  filter: DeskFilter,
): DeskList {
  const rows: DeskRecordRow[] = [];
  for (const r of records) {
    if (r.status !== 'finalized' || r.recheck !== undefined) continue;
    const day = shanghaiDay(r.startedAt ?? r.createdAt);
    const inspectors = r.inspectors.map((p) => p.name);
    if (!matches(day, r.site.countyCode, r.template.id, inspectors, filter)) continue;
    rows.push({
      recordNumber: r.recordNumber ?? '',
      day,
      countyCode: r.site.countyCode,
      siteName: r.site.name,
      creditCode: r.site.creditCode,
      templateId: r.template.id,
      nonCompliant: Object.values(r.answers).some((a) => a.result === 'fail'),
      inspectors,
    });
  }
  rows.sort((a, b) => b.day.localeCompare(a.day) || a.recordNumber.localeCompare(b.recordNumber));
  const itemRows = items
    .filter((i) => matches(i.openedOn, i.countyCode, i.templateId, i.inspectors, filter))
    .map((i) => ({
      recordNumber: i.recordNumber,
      templateId: i.templateId,
      itemId: i.itemId ?? '',
      description: i.description,
      requirement: i.requirement,
      deadline: i.deadline,
      state: i.state,
    }));
  return { records: rows, items: itemRows };
}
