/**
 * A Period is the span a figure is reported for: a month, a financial quarter, a financial year,
 * the rolling 12 months to a month, a financial year to date (April to a month of the same year)
 * or any other run of months. Every period is a run of whole months from `first` to `last` (both
 * included), with the label the statement prints; every label reads back as its period.
 */
import {
  financialQuarterFirstMonth,
  financialQuarterLabel,
  financialQuarterOf,
  financialYearFirstMonth,
  financialYearLabel,
  financialYearOf,
  type QuarterNumber,
} from './financialYear.js';
import { addMonths, type Month, monthName, monthRange, monthsBetween } from './month.js';

export type PeriodKind = 'month' | 'quarter' | 'financial_year' | 'rolling_12' | 'year_to_date' | 'range';

/** The kinds that a single month places in exactly one period (a range has no fixed length). */
export type RegularPeriodKind = Exclude<PeriodKind, 'range'>;

export interface Period {
  readonly kind: PeriodKind;
  /** First month of the period. */
  readonly first: Month;
  /** Last month of the period (included). */
  readonly last: Month;
  /**
   * 'March 2024', 'Q4 2023/24', '2023/24', '12 months to March 2024', '2023/24 to December 2023'
   * (year to date) or 'April 2023 to December 2023' (a range).
   */
  readonly label: string;
}

export const PERIOD_KINDS: readonly PeriodKind[] = [
  'month',
  'quarter',
  'financial_year',
  'rolling_12',
  'year_to_date',
  'range',
];

/** The month itself: label 'March 2024'. */
export function monthPeriod(month: Month): Period {
  return { kind: 'month', first: month, last: month, label: monthName(month) };
}

/** A financial quarter, e.g. quarterPeriod(2023, 4) is January to March 2024, 'Q4 2023/24'. */
export function quarterPeriod(startYear: number, quarter: QuarterNumber): Period {
  const first = financialQuarterFirstMonth(startYear, quarter);
  return {
    kind: 'quarter',
    first,
    last: addMonths(first, 2),
    label: financialQuarterLabel(startYear, quarter),
  };
}

/** A financial year, e.g. financialYearPeriod(2023) is April 2023 to March 2024, '2023/24'. */
export function financialYearPeriod(startYear: number): Period {
  const first = financialYearFirstMonth(startYear);
  return { kind: 'financial_year', first, last: addMonths(first, 11), label: financialYearLabel(startYear) };
}

/** The 12 months ending with `last` (trailing window): label '12 months to March 2024'. */
export function rolling12Period(last: Month): Period {
  return { kind: 'rolling_12', first: addMonths(last, -11), last, label: `12 months to ${monthName(last)}` };
}

/**
 * The financial year to date ending with `last`: April of its financial year to `last`, label
 * '2023/24 to December 2023'. Ending in March it is the whole financial year.
 */
export function yearToDatePeriod(last: Month): Period {
  const startYear = financialYearOf(last);
  if (last === addMonths(financialYearFirstMonth(startYear), 11)) return financialYearPeriod(startYear);
  return {
    kind: 'year_to_date',
    first: financialYearFirstMonth(startYear),
    last,
    label: `${financialYearLabel(startYear)} to ${monthName(last)}`,
  };
}

/**
 * The months `first` to `last` (both included; the caller checks the order). A run that is exactly
 * a month, a financial quarter or a financial year is that period, so it is compared as one.
 */
export function monthRangePeriod(first: Month, last: Month): Period {
  if (first === last) return monthPeriod(first);
  for (const kind of ['quarter', 'financial_year'] as const) {
    const whole = periodContaining(kind, first);
    if (whole.first === first && whole.last === last) return whole;
  }
  return { kind: 'range', first, last, label: `${monthName(first)} to ${monthName(last)}` };
}

/**
 * The period of `kind` that holds `month`. For rolling_12 there are twelve such windows; this
 * returns the one that ends with `month`, since a rolling figure is always reported at its end.
 */
export function periodContaining(kind: RegularPeriodKind, month: Month): Period {
  switch (kind) {
    case 'month':
      return monthPeriod(month);
    case 'quarter':
      return quarterPeriod(financialYearOf(month), financialQuarterOf(month));
    case 'financial_year':
      return financialYearPeriod(financialYearOf(month));
    case 'rolling_12':
      return rolling12Period(month);
    case 'year_to_date':
      return yearToDatePeriod(month);
  }
}

/** Every month of the period, in order. */
export function monthsOf(period: Period): Month[] {
  return monthRange(period.first, period.last);
}

/** How many months the period spans (1, 3 or 12; any number for a range or a year to date). */
export function monthCount(period: Period): number {
  return monthsBetween(period.first, period.last) + 1;
}

/**
 * The period of the same kind that ends the month before this one starts: the previous month,
 * quarter or financial year, or for rolling_12 the 12 months before (no overlap). For a year to
 * date or a range, the same number of months just before it (a range: those months run into the
 * previous financial year, so they are no longer a year to date).
 */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'range' || period.kind === 'year_to_date') {
    const length = monthCount(period);
    return monthRangePeriod(addMonths(period.first, -length), addMonths(period.first, -1));
  }
  return periodContaining(period.kind, addMonths(period.first, -1));
}

/** The same period one year earlier: March 2023 for March 2024, Q4 2022/23 for Q4 2023/24. */
export function samePeriodYearEarlier(period: Period): Period {
  return samePeriodYearsEarlier(period, 1);
}

/** The period of the same kind `years` years earlier (yearsEarlier(p, 1) = samePeriodYearEarlier). */
export function samePeriodYearsEarlier(period: Period, years: number): Period {
  if (period.kind === 'range')
    return monthRangePeriod(addMonths(period.first, -12 * years), addMonths(period.last, -12 * years));
  return periodContaining(period.kind, addMonths(period.last, -12 * years));
}

/** True when both are the same kind and span the same months. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.first === b.first && a.last === b.last;
}

/**
 * The latest financial quarter whose months are all on or before `lastMonth` (the last month of
 * data): the quarter holding it when it is that quarter's third month, else the one before.
 */
export function completeQuarterUpTo(lastMonth: Month): Period {
  const holding = periodContaining('quarter', lastMonth);
  return holding.last === lastMonth ? holding : periodContaining('quarter', addMonths(holding.first, -1));
}
