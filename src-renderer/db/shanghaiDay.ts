/**
 * Calendar days as inspectors see them: Asia/Shanghai is UTC+8 all year (no DST since 1991),
 * so a day is a fixed 24-hour span and needs no time-zone database.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC instant (toISOString form) at which the given Shanghai day begins. */
export function shanghaiDayStart(day: string): string {
  const time = DATE.test(day) ? Date.parse(`${day}T00:00:00.000+08:00`) : Number.NaN;
  // V8 rolls 2026-02-30 over to 2 March; a day that does not come back unchanged is refused.
  const roundTrips =
    !Number.isNaN(time) && new Date(time + OFFSET_MS).toISOString().slice(0, 10) === day;
  if (!roundTrips) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return new Date(time).toISOString();
}

/** The UTC instant at which the day after the given Shanghai day begins (an exclusive end). */
export function shanghaiDayEnd(day: string): string {
  return new Date(Date.parse(shanghaiDayStart(day)) + DAY_MS).toISOString();
}
