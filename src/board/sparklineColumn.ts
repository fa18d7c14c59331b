/**
 * The sparkline column's heading, from what the sparklines of the rows shown actually draw: a
 * measure's series may be shorter than SPARKLINE_MONTHS (a dataset that started recently), so a
 * fixed 'Last 25 months' would be untrue. Every row drawing the same months: 'Last 24 months',
 * 'Oct 2024 to Sep 2026'. Rows that differ: 'Up to 25 months', 'to Sep 2026' (each sparkline's
 * text alternative names its own months).
 */
import { monthShort } from '../document/format.js';
import type { BoardRow, ColumnLabel } from './model.js';

const months = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

export function sparklineColumn(rows: readonly BoardRow[]): ColumnLabel {
  const drawn = rows.map((r) => r.sparkline).filter((points) => points.length > 0);
  if (drawn.length === 0) return { heading: 'Monthly values', period: 'none to draw' };
  const spans = new Set(drawn.map((p) => `${p[0]!.month}..${p.at(-1)!.month}`));
  const longest = Math.max(...drawn.map((p) => p.length));
  const last = drawn
    .map((p) => p.at(-1)!.month)
    .sort()
    .at(-1)!;
  if (spans.size === 1) {
    const first = drawn[0]![0]!.month;
    return { heading: `Last ${months(longest)}`, period: `${monthShort(first)} to ${monthShort(last)}` };
  }
  return { heading: `Up to ${months(longest)}`, period: `to ${monthShort(last)}` };
}
