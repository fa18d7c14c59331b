/**
 * The figures behind "Is burglary going up where I live?", per district and measure:
 *   - the 12 months to the site's quarter end against the 12 months before: whole years, so the
 *     seasons cancel out, and enough crimes in a district for the comparison to mean something;
 *   - whether the change is more than chance: the exact test for two Poisson counts (stats), the
 *     same test the force-wide figures use, at the workspace's significance level;
 *   - the rate per 1,000 residents when the configuration gives the district's population;
 *   - each month's 3-year average, by the measure's own definition and stats function, for the
 *     district's chart (the site draws it, never works it out).
 * Districts are shown only for measures with at least DISTRICT_MIN_YEARLY crimes a year across the
 * force (districtThreshold.ts says why).
 */

import { addMonths, type Month, monthPeriod, type Period } from '../stats/calendar.js';
import { monthlySeries } from '../stats/series.js';
import { type CountComparison, compareCounts } from '../stats/significance.js';
import { type ThreeYearAverageDefinition, threeYearAverage } from '../stats/threeYearAverage.js';
import type { DistrictSeriesResult } from './districtSeries.js';
import { DISTRICT_MIN_YEARLY } from './districtThreshold.js';
import type { District } from './districtTypes.js';
import type { MeasureJson } from './result.js';

export type { District } from './districtTypes.js';

export type DistrictVerdict = 'up' | 'down' | 'no_clear_change' | 'not_enough_data';

export interface YearTotal {
  readonly first: Month;
  readonly last: Month;
  readonly total: number;
}

/** A district's month: its count and, where its three years are held, its 3-year average. */
export interface DistrictMonth {
  readonly month: Month;
  readonly count: number;
  /** As the measure series' own (result.ts SeriesPoint): absent where the history is too short. */
  readonly threeYearAverage?: number;
}

export interface DistrictFigures {
  readonly measure: MeasureJson;
  readonly district: District;
  /** Every month held, oldest first, up to the site's quarter end. */
  readonly months: readonly DistrictMonth[];
  readonly latest?: YearTotal;
  readonly previous?: YearTotal;
  readonly comparison?: CountComparison;
  /** Crimes per 1,000 residents in the latest 12 months. */
  readonly ratePer1000?: number;
  /** The force's total for the latest 12 months, for "1 in N of the force's". */
  readonly forceLatest?: number;
  readonly verdict: DistrictVerdict;
}

function yearTotal(months: readonly { month: Month; count: number }[], last: Month): YearTotal | undefined {
  const first = addMonths(last, -11);
  const inYear = months.filter((m) => m.month >= first && m.month <= last);
  if (inYear.length < 12) return undefined;
  return { first, last, total: inYear.reduce((sum, m) => sum + m.count, 0) };
}

/** The measures that get district pages: with district series and enough crimes a year. */
export function districtMeasures(
  measures: readonly MeasureJson[],
  series: DistrictSeriesResult,
): MeasureJson[] {
  const withSeries = new Set(series.rows.map((r) => r.measureId));
  return measures.filter((m) => {
    if (!withSeries.has(m.id) || m.status !== 'ok') return false;
    const rolling = m.figures?.rolling;
    return rolling?.status === 'ok' && rolling.value >= DISTRICT_MIN_YEARLY;
  });
}

/**
 * Each month's 3-year average over the district's own counts, with the stats function and the
 * definition the measure's series uses (assembleMeasure.ts seriesPoints), so a district's line and
 * the force's are drawn alike.
 */
function withAverages(
  months: readonly DistrictMonth[],
  averageBy: ThreeYearAverageDefinition | undefined,
): DistrictMonth[] {
  if (averageBy === undefined) return [...months];
  const series = monthlySeries(months.map((p) => [p.month, p.count] as const));
  return months.map((p) => {
    const average = threeYearAverage(series, monthPeriod(p.month), averageBy);
    return average.status === 'complete' ? { ...p, threeYearAverage: average.value } : p;
  });
}

/**
 * A measure's figures in a district. `averageBy` is the workspace's 3-year average definition (the
 * result's settings.threeYearAverage); without it the months carry no averages (a data file needs none).
 */
export function districtFigures(
  measure: MeasureJson,
  district: District,
  series: DistrictSeriesResult,
  period: Period,
  alpha: number,
  averageBy?: ThreeYearAverageDefinition,
): DistrictFigures {
  const row = series.rows.find((r) => r.measureId === measure.id && r.district === district.name);
  const forceRows = series.rows.filter((r) => r.measureId === measure.id);
  // A month counts when the measure's source covers it (some row holds a number for it).
  const covered = series.months.flatMap((month, i) =>
    month <= period.last && forceRows.some((r) => r.counts[i] !== null && r.counts[i] !== undefined)
      ? [{ month, i }]
      : [],
  );
  const months = withAverages(
    covered.map(({ month, i }) => ({ month, count: row?.counts[i] ?? 0 })),
    averageBy,
  );
  const latest = yearTotal(months, period.last);
  const previous = yearTotal(months, addMonths(period.last, -12));
  const forceMonths = covered.map(({ month, i }) => ({
    month,
    count: forceRows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0),
  }));
  const forceLatest = yearTotal(forceMonths, period.last)?.total;
  const base = { measure, district, months, ...(forceLatest === undefined ? {} : { forceLatest }) };
  if (!latest || !previous) return { ...base, ...(latest ? { latest } : {}), verdict: 'not_enough_data' };
  const comparison = compareCounts(
    { previous: previous.total, current: latest.total },
    { alpha, label: `${measure.id}.${district.slug}` },
  );
  const verdict: DistrictVerdict = !comparison.significant
    ? 'no_clear_change'
    : comparison.direction === 'increase'
      ? 'up'
      : 'down';
  return {
    ...base,
    latest,
    previous,
    comparison,
    ...(district.population ? { ratePer1000: (1000 * latest.total) / district.population } : {}),
    verdict,
  };
}
