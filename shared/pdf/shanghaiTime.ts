/**
 * Times as printed on the record: Beijing time (UTC+8, no daylight saving since 1991), to
 * the minute (docs/domain.md §4.2). Pure arithmetic, so Node and the renderer print the same
 * whatever the machine's time zone.
 */
const OFFSET_MS = 8 * 3600 * 1000;

function parts(iso: string): {
  date: string;
  y: string;
  m: string;
  d: string;
  hh: string;
  mm: string;
} {
  const shifted = new Date(Date.parse(iso) + OFFSET_MS).toISOString();
  return {
    date: shifted.slice(0, 10),
    y: shifted.slice(0, 4),
    m: shifted.slice(5, 7),
    d: shifted.slice(8, 10),
    hh: shifted.slice(11, 13),
    mm: shifted.slice(14, 16),
  };
}

/** 2026-11-28 09:30 */
export function formatShanghaiMinute(iso: string): string {
  const p = parts(iso);
  return `${p.date} ${p.hh}:${p.mm}`;
}

/** 2026年11月28日09时30分 */
export function formatShanghaiChinese(iso: string): string {
  const p = parts(iso);
  return `${p.y}年${p.m}月${p.d}日${p.hh}时${p.mm}分`;
}

/** The Beijing calendar day of a timestamp, YYYY-MM-DD. */
export function shanghaiDay(iso: string): string {
  return parts(iso).date;
}
