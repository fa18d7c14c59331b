/**
 * The "3-year average" a period is compared with, in two definitions (the domain brief found no
 * source that fixes one; the workspace setting `statistics.three_year_average` chooses, and every
 * result carries its definition and a label saying which was used):
 *
 * - 'same_month' (default): the mean of the SAME period in each of the three previous years:
 *   March 2024 against March 2021, 2022 and 2023; Q4 2023/24 against Q4 of 2020/21, 2021/22 and
 *   2022/23; a financial year against the three before it. This keeps seasonality out of the
 *   comparison.
 * - 'previous_36_months': the mean period volume over the 36 months before the period starts,
 *   i.e. the mean of the 36 / (months in period) periods of the same kind just before it: for a
 *   month the previous 36 months, for a quarter the previous 12 quarters, for a financial year the
 *   previous 3 (the same as 'same_month').
 *
 * Every month of the comparison periods must be present: a window reaching before the series'
 * start gives 'not_enough_history' (for 'same_month' counted in PERIODS, e.g. needed 3, available 2;
 * for 'previous_36_months' counted in MONTHS, needed 36), a gap inside the series gives
 * 'incomplete' with the absent months. No average is ever made of fewer values than the definition
 * says.
 */
import {
  monthCount,
  monthsOf,
  type Period,
  type PeriodKind,
  previousPeriod,
  samePeriodYearsEarlier,
} from './calendar.js';
import {
  type Incomplete,
  type MonthlySeries,
  type NotEnoughHistory,
  sum,
  windowShortfall,
  windowValues,
} from './series.js';

export type ThreeYearAverageDefinition = 'same_month' | 'previous_36_months';

interface Context {
  readonly definition: ThreeYearAverageDefinition;
  /** What was averaged, for the output: e.g. 'mean of the same month in the three previous years'. */
  readonly label: string;
  /** The period being judged. */
  readonly period: Period;
}

export type ThreeYearAverage =
  | ({
      readonly status: 'complete';
      /** The mean of the comparison volumes (a volume per period of the period's own length). */
      readonly value: number;
      /** The periods averaged, oldest first, with their volumes. */
      readonly comparisons: readonly { readonly period: Period; readonly value: number }[];
    } & Context)
  | (Incomplete & Context)
  | (NotEnoughHistory & Context);

/** The periods a definition averages over, oldest first. */
export function comparisonPeriods(period: Period, definition: ThreeYearAverageDefinition): Period[] {
  // A run of months of any length (a range, a year to date) is compared with the same months.
  const sameMonths = definition === 'same_month' || period.kind === 'range' || period.kind === 'year_to_date';
  const count = sameMonths ? 3 : 36 / monthCount(period);
  const periods: Period[] = [];
  let earlier = period;
  for (let step = 1; step <= count; step++) {
    earlier = sameMonths ? samePeriodYearsEarlier(period, step) : previousPeriod(earlier);
    periods.unshift(earlier);
  }
  return periods;
}

/** The 3-year average for a period of a monthly count series (see the file comment). */
export function threeYearAverage(
  series: MonthlySeries,
  period: Period,
  definition: ThreeYearAverageDefinition = 'same_month',
): ThreeYearAverage {
  const context: Context = { definition, label: averageLabel(period.kind, definition), period };
  const periods = comparisonPeriods(period, definition);
  const shortfall = windowShortfall(windowValues(series, periods.flatMap(monthsOf)));
  if (shortfall?.status === 'incomplete') return { ...shortfall, ...context };
  if (shortfall && definition === 'same_month') {
    const available = periods.filter(
      (p) => windowValues(series, monthsOf(p)).beforeStart.length === 0,
    ).length;
    return { ...shortfall, needed: periods.length, available, ...context };
  }
  if (shortfall) return { ...shortfall, ...context };
  const comparisons = periods.map((p) => ({
    period: p,
    value: sum(windowValues(series, monthsOf(p)).values),
  }));
  const value = sum(comparisons.map((c) => c.value)) / comparisons.length;
  return { status: 'complete', value, comparisons, ...context };
}

/** How "in line with the 3-year average" is decided. */
export type InLineRule =
  /** Inside the range from the lowest to the highest comparison volume, both included (default). */
  | { readonly rule: 'range' }
  /** Within ± `percent` % of the average, both ends included. */
  | { readonly rule: 'tolerance'; readonly percent: number };

export interface AverageVerdict {
  readonly verdict: 'in_line' | 'above' | 'below';
  readonly rule: InLineRule;
  /** The band "in line" means, both ends included. */
  readonly lower: number;
  readonly upper: number;
}

/**
 * Whether `observed` is in line with a complete 3-year average. The default rule, 'range', reads
 * "in line" as "no higher than the highest and no lower than the lowest of the values averaged":
 * a plain statement of fact, not a test of significance (three values from a steady series
 * bracket a fourth only half the time; significance.ts and SPC say whether a change is real).
 */
export function compareWithThreeYearAverage(
  observed: number,
  average: ThreeYearAverage & { readonly status: 'complete' },
  rule: InLineRule = { rule: 'range' },
): AverageVerdict {
  let lower: number;
  let upper: number;
  if (rule.rule === 'range') {
    const values = average.comparisons.map((c) => c.value);
    lower = Math.min(...values);
    upper = Math.max(...values);
  } else {
    if (!(rule.percent >= 0)) throw new RangeError(`tolerance must be 0 % or more, got ${rule.percent}`);
    // Multiply before dividing so whole-number averages and tolerances give exact bounds (1230 × 90 / 100).
    lower = (average.value * (100 - rule.percent)) / 100;
    upper = (average.value * (100 + rule.percent)) / 100;
  }
  const verdict = observed > upper ? 'above' : observed < lower ? 'below' : 'in_line';
  return { verdict, rule, lower, upper };
}

const PERIOD_NOUN: Record<PeriodKind, string> = {
  month: 'month',
  quarter: 'quarter',
  financial_year: 'financial year',
  rolling_12: '12-month period',
  year_to_date: 'months',
  range: 'months',
};

/** Says in the output which definition was used. */
function averageLabel(kind: PeriodKind, definition: ThreeYearAverageDefinition): string {
  if (kind === 'financial_year') return 'mean of the three previous financial years';
  if (kind === 'rolling_12') return 'mean of the three previous 12-month periods';
  if (kind === 'year_to_date' || kind === 'range')
    return 'mean of the same months in the three previous years';
  return definition === 'same_month'
    ? `mean of the same ${PERIOD_NOUN[kind]} in the three previous years`
    : `mean ${PERIOD_NOUN[kind]} of the previous 36 months`;
}
