/**
 * The office desk's figures over synced records (docs/rectification.md "Desk statistics"):
 * inspections done, non-compliance rate, the items failed most often, rectification items by
 * state and the median days to closure. Pure, so the renderer, the server and the bench count
 * alike; the day comes from the injected clock inside the rectification items.
 */
import type { Inspection } from '../domain/inspection';
import { shanghaiDay } from '../pdf/shanghaiTime';
import {
  daysToClosure,
  type RectificationItem,
  type RectificationState,
} from './rectificationState';

export interface DeskFilter {
  /** First and last Shanghai day, inclusive; '' for no bound. */
  readonly from?: string;
  readonly to?: string;
  readonly countyCode?: string;
  readonly templateId?: string;
  /** An inspector's name as printed on the record. */
  readonly inspector?: string;
}

export type DeskRecord = Pick<
  Inspection,
  | 'id'
  | 'status'
  | 'startedAt'
  | 'createdAt'
  | 'site'
  | 'template'
  | 'inspectors'
  | 'answers'
  | 'recheck'
>;

export interface DeskStats {
  readonly inspections: number;
  /** Inspections with at least one failed item. */
  readonly nonCompliant: number;
  /** nonCompliant / inspections, 0 when there are none. */
  readonly nonComplianceRate: number;
  /** Items failed most often: item id and count, most first, ties by id. */
  readonly mostFailed: readonly { readonly itemId: string; readonly count: number }[];
  readonly items: Readonly<Record<RectificationState, number>>;
  /** Median days from inspection to closure over closed items; undefined when none closed. */
  readonly medianDaysToClosure: number | undefined;
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

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Counts finalised inspections (复查 records are not inspections done: they follow one) and the
 * rectification items of the records that match, an item by its original record's day.
 */
export function deskStats(
  records: Iterable<DeskRecord>,
  items: readonly RectificationItem[],
  filter: DeskFilter = {},
  top = 10,
): DeskStats {
  let inspections = 0;
  let nonCompliant = 0;
  const failed = new Map<string, number>();
  for (const r of records) {
    if (r.status !== 'finalized' || r.recheck !== undefined) continue;
    const names = r.inspectors.map((p) => p.name);
    const day = shanghaiDay(r.startedAt ?? r.createdAt);
    if (!matches(day, r.site.countyCode, r.template.id, names, filter)) continue;
    inspections += 1;
    let any = false;
    for (const [itemId, answer] of Object.entries(r.answers)) {
      if (answer.result !== 'fail') continue;
      any = true;
      failed.set(itemId, (failed.get(itemId) ?? 0) + 1);
    }
    if (any) nonCompliant += 1;
  }
  const counts: Record<RectificationState, number> = {
    open: 0,
    'due-soon': 0,
    overdue: 0,
    closed: 0,
    referred: 0,
  };
  const closure: number[] = [];
  for (const item of items) {
    if (!matches(item.openedOn, item.countyCode, item.templateId, item.inspectors, filter))
      continue;
    counts[item.state] += 1;
    const days = daysToClosure(item);
    if (days !== undefined) closure.push(days);
  }
  return {
    inspections,
    nonCompliant,
    nonComplianceRate: inspections === 0 ? 0 : nonCompliant / inspections,
    mostFailed: [...failed.entries()]
      .map(([itemId, count]) => ({ itemId, count }))
      .sort((a, b) => b.count - a.count || a.itemId.localeCompare(b.itemId))
      .slice(0, top),
    items: counts,
    medianDaysToClosure: median(closure),
  };
}
