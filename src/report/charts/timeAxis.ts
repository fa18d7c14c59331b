/**
 * The month axis shared by the time-series charts. Months are placed at 00:00 UTC on their first
 * day on a UTC scale, so the axis reads the same whatever the machine's time zone (a local scale
 * would put '2024-04' on 31 March west of Greenwich). Ticks fall on the series' own last month
 * and every few months back from it, so the latest month, the one the text discusses, is labelled.
 */
import { monthUtc } from '../../document/format.js';

/** Every `step` months back from the last, oldest first. */
function tickMonths(months: readonly string[]): string[] {
  const step = months.length <= 13 ? 1 : months.length <= 40 ? 3 : months.length <= 80 ? 6 : 12;
  const ticks: string[] = [];
  for (let i = months.length - 1; i >= 0; i -= step) ticks.unshift(months[i] as string);
  return ticks;
}

/** A Vega-Lite x encoding over the field `t` (monthUtc of each datum's month). */
export function monthAxisEncoding(months: readonly string[]) {
  const first = months[0];
  const last = months[months.length - 1];
  return {
    field: 't',
    type: 'temporal' as const,
    title: null,
    scale: {
      type: 'utc' as const,
      ...(first !== undefined && last !== undefined
        ? { domain: [monthUtc(first) - 15 * 86_400_000, monthUtc(last) + 15 * 86_400_000] }
        : {}),
    },
    axis: {
      values: tickMonths(months).map(monthUtc),
      // Two lines, 'Mar' over '2024': full years stay unambiguous and the labels stay narrow.
      labelExpr: "[utcFormat(datum.value, '%b'), utcFormat(datum.value, '%Y')]",
      grid: false,
      labelAngle: 0,
      labelOverlap: false,
    },
  };
}
