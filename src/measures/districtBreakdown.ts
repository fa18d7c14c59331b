/**
 * A measure's figures per district for the period against the previous period (a quarter against
 * the quarter before, as the statement's proxies lead), from the district series
 * (workspaceDistrictSeries.ts): each district's count, change and whether the change is more than
 * chance (the exact test for two Poisson counts, stats/significance, at the workspace's level),
 * and the rows no district could take, by reason, so the parts add up to the force's figure.
 *
 * "Driven by" (the reference report: "driven by an increase in north Warwickshire") is said only
 * when it is sound: the force-wide change is itself significant, ONE district moved the same way
 * by more than half of the net change, and that district's own change is significant. Then that
 * district accounts for most of the change and its change is not noise. Otherwise drivenBy is null.
 */
import { monthsOf, type Period, previousPeriod } from '../stats/calendar.js';
import { compareCounts } from '../stats/significance.js';
import type { DistrictCounts, DistrictSeriesResult } from './districtSeries.js';
import type {
  CountChangeJson,
  District,
  DistrictBreakdownJson,
  DistrictChangeJson,
  UnplacedJson,
} from './districtTypes.js';

export type * from './districtTypes.js';

export const DRIVEN_BY_SHARE = 0.5;

export interface BreakdownInput {
  readonly measureId: string;
  readonly source: 'force_extract' | 'police_uk';
  readonly period: Period;
  readonly series: DistrictSeriesResult;
  readonly districts: readonly District[];
  readonly alpha: number;
}

function change(previous: number, current: number, alpha: number, label: string): CountChangeJson {
  const test = compareCounts({ previous, current }, { alpha, label });
  const difference = current - previous;
  return {
    current,
    previous,
    difference,
    percent: previous === 0 ? null : (100 * difference) / previous,
    significant: test.significant,
    direction: test.direction,
    pValue: test.pValue,
  };
}

/** Undefined when the series does not cover every month of both periods. */
export function districtBreakdown(input: BreakdownInput): DistrictBreakdownJson | undefined {
  const { measureId, period, series, alpha } = input;
  const before = previousPeriod(period);
  const months = [...monthsOf(before), ...monthsOf(period)];
  const rows = series.rows.filter((r) => r.measureId === measureId);
  const at = months.map((m) => series.months.indexOf(m));
  if (rows.length === 0 || at.some((i) => i < 0 || rows.every((r) => r.counts[i] === null))) return undefined;
  const previousCount = monthsOf(before).length;
  const monthly = (row: DistrictCounts | undefined) => at.map((i) => row?.counts[i] ?? 0);
  const split = (counts: readonly number[]) => ({
    previous: counts.slice(0, previousCount).reduce((a, b) => a + b, 0),
    current: counts.slice(previousCount).reduce((a, b) => a + b, 0),
  });
  const totals = split(at.map((i) => rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0)));
  const total = change(totals.previous, totals.current, alpha, `${measureId}.districts`);
  const districts = input.districts.map((d): DistrictChangeJson => {
    const counts = monthly(rows.find((r) => r.district === d.name));
    const { previous, current } = split(counts);
    return {
      name: d.name,
      ...(d.code === undefined ? {} : { code: d.code }),
      ...(d.partnership === undefined ? {} : { partnership: d.partnership }),
      ...change(previous, current, alpha, `${measureId}.${d.slug}`),
      monthly: counts,
      shareOfChange: total.difference === 0 ? null : (current - previous) / total.difference,
    };
  });
  const named = new Set(input.districts.map((d) => d.name));
  const unplacedBy = new Map<UnplacedJson['reason'], { previous: number; current: number }>();
  for (const row of rows) {
    if (row.district !== null && named.has(row.district)) continue;
    const reason = row.district === null ? (row.unplaced ?? 'no_district') : 'no_district';
    const sums = split(monthly(row));
    const held = unplacedBy.get(reason) ?? { previous: 0, current: 0 };
    unplacedBy.set(reason, { previous: held.previous + sums.previous, current: held.current + sums.current });
  }
  const unplaced = [...unplacedBy.entries()]
    .filter(([, sums]) => sums.previous + sums.current > 0)
    .map(([reason, sums]) => ({ reason, ...sums }));
  return {
    source: input.source,
    period: period.label,
    previousPeriod: before.label,
    months,
    total,
    districts,
    unplaced,
    drivenBy: drivenBy(total, districts),
    rule: `one district moved the same way as the force by more than ${100 * DRIVEN_BY_SHARE}% of the net change, and both its change and the force's are statistically significant (exact test, p < ${alpha})`,
  };
}

function drivenBy(
  total: CountChangeJson,
  districts: readonly DistrictChangeJson[],
): DistrictBreakdownJson['drivenBy'] {
  if (!total.significant || total.difference === 0 || total.direction === 'none') return null;
  // The largest share wins: two districts can each pass half when a third moved the other way.
  const driver = districts
    .filter((d) => d.significant && d.shareOfChange !== null && d.shareOfChange > DRIVEN_BY_SHARE)
    .sort((a, b) => (b.shareOfChange ?? 0) - (a.shareOfChange ?? 0))[0];
  if (!driver || driver.shareOfChange === null) return null;
  return {
    district: driver.name,
    direction: total.difference > 0 ? 'increase' : 'decrease',
    difference: driver.difference,
    shareOfChange: driver.shareOfChange,
  };
}
