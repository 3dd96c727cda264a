/**
 * The rectification items (整改事项) and their states, derived ONLY from records: the
 * finalised originals, their finalised amendments and the finalised 复查 records
 * (docs/rectification.md). Every device that holds the same records computes the same
 * states for the same day; the day comes from an injected clock.
 */
import type { Inspection } from '../domain/inspection';
import { shanghaiDay } from '../pdf/shanghaiTime';
import { daysBetween, shanghaiToday } from './calendarDays';
import type { RecheckOutcome } from './recheckSchema';

export const rectificationStates = ['open', 'due-soon', 'overdue', 'closed', 'referred'] as const;
export type RectificationState = (typeof rectificationStates)[number];

/** An open item turns "due soon" this many days before its deadline (docs/rectification.md). */
export const DUE_SOON_DAYS = 3;

/** The part of a record the rules read (a full Inspection fits). */
export type RectificationRecord = Pick<
  Inspection,
  | 'id'
  | 'status'
  | 'createdAt'
  | 'startedAt'
  | 'amends'
  | 'findings'
  | 'recheck'
  | 'recordNumber'
  | 'site'
  | 'inspectors'
  | 'template'
  | 'type'
>;

export interface RectificationEvent {
  readonly recordId: string;
  readonly recordNumber: string;
  readonly day: string;
  readonly outcome: RecheckOutcome;
  readonly newDeadline?: string;
}

export interface RectificationItem {
  /** `${chain root id}/${finding id}`: the same on every device. */
  readonly key: string;
  /** The current version of the record that holds the finding (its latest finalised amendment). */
  readonly recordId: string;
  readonly recordNumber: string;
  /** The first record of the amendment chain that holds the finding. */
  readonly rootId: string;
  readonly findingId: string;
  readonly itemId?: string;
  readonly description: string;
  readonly requirement: string;
  /** The deadline in force: the finding's, or the latest 复查's new one. */
  readonly deadline: string;
  readonly state: RectificationState;
  /** Days from today to the deadline; negative when overdue. Absent once closed or referred. */
  readonly daysLeft?: number;
  /** The Shanghai day of the original inspection. */
  readonly openedOn: string;
  /** The day of the 复查 that closed or referred it. */
  readonly settledOn?: string;
  /** The 复查 records that followed it, oldest first. */
  readonly history: readonly RectificationEvent[];
  readonly countyCode: string;
  readonly siteName: string;
  readonly creditCode: string;
  readonly templateId: string;
  readonly type: Inspection['type'];
  readonly inspectors: readonly string[];
}

function recordDay(r: RectificationRecord): string {
  return shanghaiDay(r.startedAt ?? r.createdAt);
}

/** Later first: by day, then creation time, then id, so every device orders alike. */
function compareRecords(a: RectificationRecord, b: RectificationRecord): number {
  return (
    recordDay(a).localeCompare(recordDay(b)) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The finalised records in force: a record whose finalised amendment exists is replaced by
 * it; returns, for each record id of a chain, its chain root, and for each root the record
 * in force (two amendments of one record from two devices: the later one, compareRecords).
 */
function resolveChains(finalised: readonly RectificationRecord[]): {
  rootOf: (id: string) => string;
  current: Map<string, RectificationRecord>;
} {
  const byId = new Map<string, RectificationRecord>(finalised.map((r) => [r.id, r]));
  const roots = new Map<string, string>();
  const rootOf = (id: string): string => {
    const known = roots.get(id);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    let at = id;
    for (;;) {
      seen.add(at);
      const parent = byId.get(at)?.amends?.id;
      // A parent this device does not hold, or a cycle a hostile bundle could bring, ends it.
      if (parent === undefined || !byId.has(parent) || seen.has(parent)) break;
      at = parent;
    }
    roots.set(id, at);
    return at;
  };
  const depth = (r: RectificationRecord): number => {
    let n = 0;
    let at: RectificationRecord | undefined = r;
    const seen = new Set<string>();
    while (at?.amends !== undefined && !seen.has(at.id)) {
      seen.add(at.id);
      at = byId.get(at.amends.id);
      n += 1;
    }
    return n;
  };
  const current = new Map<string, RectificationRecord>();
  for (const r of finalised) {
    const root = rootOf(r.id);
    const held = current.get(root);
    if (
      held === undefined ||
      depth(r) > depth(held) ||
      (depth(r) === depth(held) && compareRecords(r, held) > 0)
    )
      current.set(root, r);
  }
  return { rootOf, current };
}

function stateOf(deadline: string, today: string): { state: RectificationState; daysLeft: number } {
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  return { state: daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'open', daysLeft };
}

/** Every rectification item of the given records, sorted by deadline then key. */
export function deriveRectificationItems(
  records: Iterable<RectificationRecord>,
  now: Date,
): RectificationItem[] {
  const today = shanghaiToday(now);
  const finalised = [...records].filter((r) => r.status === 'finalized');
  const { rootOf, current } = resolveChains(finalised);

  // Outcomes of the 复查 records in force, by item key, oldest 复查 first.
  const events = new Map<string, RectificationEvent[]>();
  const rechecks = [...current.values()]
    .filter((r) => r.recheck !== undefined)
    .sort(compareRecords);
  for (const r of rechecks) {
    for (const item of r.recheck?.items ?? []) {
      if (item.outcome === undefined) continue;
      const key = `${rootOf(item.origin.recordId)}/${item.origin.findingId}`;
      const list = events.get(key) ?? [];
      list.push({
        recordId: r.id,
        recordNumber: r.recordNumber ?? '',
        day: recordDay(r),
        outcome: item.outcome,
        ...(item.newDeadline === undefined ? {} : { newDeadline: item.newDeadline }),
      });
      events.set(key, list);
    }
  }

  const items: RectificationItem[] = [];
  for (const [root, record] of current) {
    for (const finding of record.findings) {
      // A finding without a deadline is no rectification item; nor one an amendment removed.
      if (finding.deadline === '') continue;
      const key = `${root}/${finding.id}`;
      const history = events.get(key) ?? [];
      const last = history.at(-1);
      let deadline = finding.deadline;
      for (const e of history)
        if (e.outcome === 'not-rectified' && e.newDeadline) deadline = e.newDeadline;
      const base = {
        key,
        recordId: record.id,
        recordNumber: record.recordNumber ?? '',
        rootId: root,
        findingId: finding.id,
        ...(finding.itemId === undefined ? {} : { itemId: finding.itemId }),
        description: finding.description,
        requirement: finding.requirement,
        deadline,
        openedOn: recordDay(record),
        history,
        countyCode: record.site.countyCode,
        siteName: record.site.name,
        creditCode: record.site.creditCode,
        templateId: record.template.id,
        type: record.type,
        inspectors: record.inspectors.map((p) => p.name),
      };
      if (last?.outcome === 'rectified')
        items.push({ ...base, state: 'closed', settledOn: last.day });
      else if (last?.outcome === 'referred')
        items.push({ ...base, state: 'referred', settledOn: last.day });
      else items.push({ ...base, ...stateOf(deadline, today) });
    }
  }
  return items.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.key.localeCompare(b.key));
}

/** The items still to be followed (open, due soon, overdue). */
export function isPending(item: Pick<RectificationItem, 'state'>): boolean {
  return item.state === 'open' || item.state === 'due-soon' || item.state === 'overdue';
}

/** Days from the original inspection to the closing 复查; undefined unless closed. */
export function daysToClosure(item: RectificationItem): number | undefined {
  return item.state === 'closed' && item.settledOn !== undefined
    ? daysBetween(item.openedOn, item.settledOn)
    : undefined;
}
