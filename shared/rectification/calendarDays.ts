/**
 * Calendar-day arithmetic for deadlines (docs/rectification.md "Days"). A deadline is a
 * day in Asia/Shanghai; "today" is the Shanghai day of an injected instant, so a laptop
 * whose clock runs in UTC or another zone sees the same state. Pure: no Date.now().
 */
import { shanghaiDay } from '../pdf/shanghaiTime';

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(day: string): number {
  const m = DATE.exec(day);
  if (m === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2026-02-30 over to March: a day that does not come back is refused.
  if (new Date(time).toISOString().slice(0, 10) !== day)
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return time / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The Shanghai calendar day of an instant (the injected clock). */
export function shanghaiToday(now: Date): string {
  return shanghaiDay(now.toISOString());
}
