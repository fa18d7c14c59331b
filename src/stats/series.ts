/**
 * The series type every statistic takes: one number per calendar month, keyed 'YYYY-MM'.
 *
 * A month that is ABSENT from a series means "no data for that month", never zero. A count series
 * built from records must therefore hold an explicit 0 for every month its sources cover in which
 * nothing was recorded (denseSeries does this for a known coverage). That distinction is what lets
 * every statistic refuse to give a silently wrong number: a window with an absent month is reported
 * as 'incomplete' (a gap inside the series) or 'not_enough_history' (the window starts before the
 * series does), with the months listed.
 */
import { isMonth, type Month, monthRange } from './calendar.js';

/** One value per month. Build it with monthlySeries so keys and values are checked. */
export type MonthlySeries = ReadonlyMap<Month, number>;

/** A window with months absent inside the series (or after its end): no figure is given. */
export interface Incomplete {
  readonly status: 'incomplete';
  /** The absent months, in order. */
  readonly missing: readonly Month[];
}

/** A window reaching back before the series starts: no figure is given. */
export interface NotEnoughHistory {
  readonly status: 'not_enough_history';
  /** Months (or periods, where the function says so) the calculation needs. */
  readonly needed: number;
  /** How many of those the series holds. */
  readonly available: number;
  /** The absent months, in order. */
  readonly missing: readonly Month[];
}

/**
 * A series from [month, value] pairs or a { month: value } record. Throws RangeError on a key that
 * is not 'YYYY-MM', a value that is not a finite number, or a month given twice: these are
 * programmers' errors (user data is checked, with file and line, when it is ingested).
 */
export function monthlySeries(
  entries: Iterable<readonly [Month, number]> | Readonly<Record<Month, number>>,
): MonthlySeries {
  const pairs = Symbol.iterator in entries ? entries : Object.entries(entries);
  const series = new Map<Month, number>();
  for (const [month, value] of pairs as Iterable<readonly [Month, number]>) {
    if (!isMonth(month))
      throw new RangeError(`series key is not a month 'YYYY-MM': ${JSON.stringify(month)}`);
    if (!Number.isFinite(value))
      throw new RangeError(`series value for ${month} is not a finite number: ${value}`);
    if (series.has(month)) throw new RangeError(`month ${month} appears twice in the series`);
    series.set(month, value);
  }
  return new Map([...series].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Counts over a known coverage: every month from `first` to `last` is present, 0 where `counts` has
 * none. Counts outside the coverage are an error (they would be data the coverage denies having).
 */
export function denseSeries(counts: MonthlySeries, first: Month, last: Month): MonthlySeries {
  for (const month of counts.keys()) {
    if (month < first || month > last) {
      throw new RangeError(`count for ${month} lies outside the coverage ${first} to ${last}`);
    }
  }
  return new Map(monthRange(first, last).map((month) => [month, counts.get(month) ?? 0]));
}

/** First and last month present, or undefined for an empty series. */
export function seriesSpan(
  series: MonthlySeries,
): { readonly first: Month; readonly last: Month } | undefined {
  let first: Month | undefined;
  let last: Month | undefined;
  for (const month of series.keys()) {
    if (first === undefined || month < first) first = month;
    if (last === undefined || month > last) last = month;
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** The values of `months` that are present, and which months are absent (split by where they are). */
export interface WindowValues {
  readonly values: readonly number[];
  /** Absent months before the series' first month. */
  readonly beforeStart: readonly Month[];
  /** Absent months from the series' first month on (gaps, or months after its end). */
  readonly gaps: readonly Month[];
}

export function windowValues(series: MonthlySeries, months: readonly Month[]): WindowValues {
  const start = seriesSpan(series)?.first;
  const values: number[] = [];
  const beforeStart: Month[] = [];
  const gaps: Month[] = [];
  for (const month of months) {
    const value = series.get(month);
    if (value !== undefined) values.push(value);
    else if (start === undefined || month < start) beforeStart.push(month);
    else gaps.push(month);
  }
  return { values, beforeStart, gaps };
}

/**
 * The statistic's verdict on an absent month: a gap anywhere makes the window 'incomplete';
 * otherwise months before the series starts make it 'not_enough_history'; undefined when complete.
 * `needed` and `available` count months.
 */
export function windowShortfall(window: WindowValues): Incomplete | NotEnoughHistory | undefined {
  if (window.gaps.length > 0)
    return { status: 'incomplete', missing: [...window.beforeStart, ...window.gaps].sort() };
  if (window.beforeStart.length > 0) {
    return {
      status: 'not_enough_history',
      needed: window.values.length + window.beforeStart.length,
      available: window.values.length,
      missing: window.beforeStart,
    };
  }
  return undefined;
}

/** Sum of a list of numbers (0 for none). */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
