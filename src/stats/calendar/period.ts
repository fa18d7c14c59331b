/**
 * A Period is the span a figure is reported for: a month, a financial quarter, a financial year,
 * or the rolling 12 months to a month. Every period is a run of whole months from `first` to
 * `last` (both included), with the label the statement prints.
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

export type PeriodKind = 'month' | 'quarter' | 'financial_year' | 'rolling_12';

export interface Period {
  readonly kind: PeriodKind;
  /** First month of the period. */
  readonly first: Month;
  /** Last month of the period (included). */
  readonly last: Month;
  /** 'March 2024', 'Q4 2023/24', '2023/24' or '12 months to March 2024'. */
  readonly label: string;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'financial_year', 'rolling_12'];

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
 * The period of `kind` that holds `month`. For rolling_12 there are twelve such windows; this
 * returns the one that ends with `month`, since a rolling figure is always reported at its end.
 */
export function periodContaining(kind: PeriodKind, month: Month): Period {
  switch (kind) {
    case 'month':
      return monthPeriod(month);
    case 'quarter':
      return quarterPeriod(financialYearOf(month), financialQuarterOf(month));
    case 'financial_year':
      return financialYearPeriod(financialYearOf(month));
    case 'rolling_12':
      return rolling12Period(month);
  }
}

/** Every month of the period, in order. */
export function monthsOf(period: Period): Month[] {
  return monthRange(period.first, period.last);
}

/** How many months the period spans (1, 3 or 12). */
export function monthCount(period: Period): number {
  return monthsBetween(period.first, period.last) + 1;
}

/**
 * The period of the same kind that ends the month before this one starts: the previous month,
 * quarter or financial year, or for rolling_12 the 12 months before (no overlap).
 */
export function previousPeriod(period: Period): Period {
  return periodContaining(period.kind, addMonths(period.first, -1));
}

/** The same period one year earlier: March 2023 for March 2024, Q4 2022/23 for Q4 2023/24. */
export function samePeriodYearEarlier(period: Period): Period {
  return periodContaining(period.kind, addMonths(period.last, -12));
}

/** The period of the same kind `years` years earlier (yearsEarlier(p, 1) = samePeriodYearEarlier). */
export function samePeriodYearsEarlier(period: Period, years: number): Period {
  return periodContaining(period.kind, addMonths(period.last, -12 * years));
}

/** True when both are the same kind and span the same months. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.first === b.first && a.last === b.last;
}
