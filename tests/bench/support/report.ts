/** The printed table of a benchmark: what, measured, target, ok/over (or "info"). */
import { round } from './stats';

export interface Row {
  readonly what: string;
  readonly measured: number;
  readonly unit: string;
  /** Upper bound; undefined for figures printed for information only. */
  readonly target?: number;
}

export function verdict(row: Row): 'ok' | 'over' | 'info' {
  if (row.target === undefined) return 'info';
  return row.measured <= row.target ? 'ok' : 'over';
}

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.what,
    `${round(r.measured)} ${r.unit}`,
    r.target === undefined ? '—' : `≤ ${r.target} ${r.unit}`,
    verdict(r),
  ]);
  const header = ['what', 'measured', 'target', 'verdict'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => c.map((s, i) => s.padEnd(widths[i] ?? 0)).join(' │ ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line)].join(
    '\n',
  );
}
