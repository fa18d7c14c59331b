/**
 * Volumes of a period and their change: month on previous month, quarter on previous quarter,
 * financial year on previous, rolling 12 months on the 12 before; and each on the same period a
 * year earlier. Input is a monthly COUNT series: a period's volume is the sum of its months.
 *
 * Absent months are never treated as zero (see series.ts): if either period has an absent month
 * inside the series the result is 'incomplete', if the base period starts before the series does
 * it is 'not_enough_history', and both list the absent months.
 *
 * The percentage is 100 × (current − base) / base, in that order of operations so that integer
 * counts give a correctly rounded quotient (900 / 360 is exactly 2.5). It is null, "not
 * computable", when the base is 0: 0 to 3 homicides is not an "infinite" rise. Rounding happens only
 * when the figure is written (rounding.ts); results hold full precision.
 */
import { monthsOf, type Period, previousPeriod, samePeriodYearEarlier } from './calendar.js';
import {
  type Incomplete,
  type MonthlySeries,
  type NotEnoughHistory,
  sum,
  windowShortfall,
  windowValues,
} from './series.js';

export interface ChangeFigures {
  /** current − base. */
  readonly difference: number;
  /** 100 × (current − base) / base; null when the base is 0 or less (not computable). */
  readonly percent: number | null;
}

/** The change from `base` to `current`, as a number and a percentage. */
export function changeBetween(current: number, base: number): ChangeFigures {
  if (!Number.isFinite(current) || !Number.isFinite(base)) {
    throw new RangeError(`change needs finite numbers, got ${current} and ${base}`);
  }
  const difference = current - base;
  return { difference, percent: base > 0 ? (100 * difference) / base : null };
}

export type PeriodVolume =
  | { readonly status: 'complete'; readonly period: Period; readonly value: number }
  | (Incomplete & { readonly period: Period })
  | (NotEnoughHistory & { readonly period: Period });

/** The sum of the period's months, or why there is none. `needed`/`available` count months. */
export function periodVolume(series: MonthlySeries, period: Period): PeriodVolume {
  const window = windowValues(series, monthsOf(period));
  const shortfall = windowShortfall(window);
  if (shortfall) return { ...shortfall, period };
  return { status: 'complete', period, value: sum(window.values) };
}

/** What a period is compared with. */
export type ChangeBasis = 'previous_period' | 'same_period_year_earlier';

export type PeriodChange =
  | ({
      readonly status: 'complete';
      readonly basis: ChangeBasis;
      readonly period: Period;
      readonly basePeriod: Period;
      /** The period's volume. */
      readonly current: number;
      /** The base period's volume. */
      readonly base: number;
    } & ChangeFigures)
  | (Incomplete & { readonly basis: ChangeBasis; readonly period: Period; readonly basePeriod: Period })
  | (NotEnoughHistory & {
      readonly basis: ChangeBasis;
      readonly period: Period;
      readonly basePeriod: Period;
    });

/** The period the change is measured against. */
export function basePeriodFor(period: Period, basis: ChangeBasis): Period {
  return basis === 'previous_period' ? previousPeriod(period) : samePeriodYearEarlier(period);
}

/**
 * The change of the period's volume on the previous period of the same kind, or on the same period
 * a year earlier. For a financial year both bases are the previous financial year.
 */
export function periodChange(series: MonthlySeries, period: Period, basis: ChangeBasis): PeriodChange {
  const basePeriod = basePeriodFor(period, basis);
  const context = { basis, period, basePeriod };
  const shortfall = windowShortfall(windowValues(series, [...monthsOf(basePeriod), ...monthsOf(period)]));
  if (shortfall) return { ...shortfall, ...context };
  const current = sum(windowValues(series, monthsOf(period)).values);
  const base = sum(windowValues(series, monthsOf(basePeriod)).values);
  return { status: 'complete', ...context, current, base, ...changeBetween(current, base) };
}

/** A period's volume with both of its changes: what the statement reports for each measure. */
export interface PeriodComparison {
  readonly volume: PeriodVolume;
  readonly onPreviousPeriod: PeriodChange;
  readonly onSamePeriodYearEarlier: PeriodChange;
}

export function periodComparison(series: MonthlySeries, period: Period): PeriodComparison {
  return {
    volume: periodVolume(series, period),
    onPreviousPeriod: periodChange(series, period, 'previous_period'),
    onSamePeriodYearEarlier: periodChange(series, period, 'same_period_year_earlier'),
  };
}
