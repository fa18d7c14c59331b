/**
 * Rolling (moving) sums, means and rates over N months.
 *
 * Window anchoring: the window is TRAILING and anchored at its end month: the 3-month figure for
 * March 2024 covers January, February and March 2024. A figure is reported at the month its window
 * ends, never centred.
 *
 * Ends of a series: there is no partial window. Where the window reaches back before the series'
 * first month the result is 'not_enough_history' (needed N months, available k); where a month
 * inside the series is absent it is 'incomplete' with the months listed. A shorter window is never
 * silently substituted.
 *
 * A rolling RATE is Σ numerator / Σ denominator over the window (e.g. outcomes 'action taken' over
 * crimes recorded in the three months), NOT the mean of the monthly rates: a month with 5 crimes
 * must not weigh as much as a month with 500. It is a proportion (0.214 for 21.4%), and null when
 * the window's denominator is 0 (not computable).
 */
import { addMonths, type Month, monthRange } from './calendar.js';
import {
  type Incomplete,
  type MonthlySeries,
  type NotEnoughHistory,
  seriesSpan,
  sum,
  windowShortfall,
  windowValues,
} from './series.js';

interface Window {
  /** First month of the window. */
  readonly first: Month;
  /** Last month of the window: the month the figure is reported at. */
  readonly last: Month;
}

type Shortfall = (Incomplete & Window) | (NotEnoughHistory & Window);

export type RollingFigure = ({ readonly status: 'complete'; readonly value: number } & Window) | Shortfall;

export type RollingRate =
  | ({
      readonly status: 'complete';
      readonly numerator: number;
      readonly denominator: number;
      /** numerator / denominator, a proportion; null when the denominator is 0. */
      readonly rate: number | null;
    } & Window)
  | Shortfall;

/** The window of `months` months ending with `end`. */
export function trailingWindow(end: Month, months: number): Window {
  if (!Number.isInteger(months) || months < 1)
    throw new RangeError(`a window needs 1 or more months, got ${months}`);
  return { first: addMonths(end, -(months - 1)), last: end };
}

/** Sum of the `months` months ending with `end`. */
export function rollingSum(series: MonthlySeries, end: Month, months: number): RollingFigure {
  const window = trailingWindow(end, months);
  const values = windowValues(series, monthRange(window.first, window.last));
  const shortfall = windowShortfall(values);
  return shortfall
    ? { ...shortfall, ...window }
    : { status: 'complete', value: sum(values.values), ...window };
}

/** Mean of the `months` months ending with `end` (the rolling sum divided by `months`). */
export function rollingMean(series: MonthlySeries, end: Month, months: number): RollingFigure {
  const total = rollingSum(series, end, months);
  return total.status === 'complete' ? { ...total, value: total.value / months } : total;
}

/** Σ numerator / Σ denominator over the `months` months ending with `end`. */
export function rollingRate(
  numerator: MonthlySeries,
  denominator: MonthlySeries,
  end: Month,
  months: number,
): RollingRate {
  const top = rollingSum(numerator, end, months);
  const bottom = rollingSum(denominator, end, months);
  if (top.status === 'complete' && bottom.status === 'complete') {
    return {
      status: 'complete',
      numerator: top.value,
      denominator: bottom.value,
      rate: bottom.value > 0 ? top.value / bottom.value : null,
      first: top.first,
      last: top.last,
    };
  }
  return combineShortfalls(top, bottom);
}

/** A rolling figure at every month of the series, from its first month to its last. */
export function rollingSeries(
  series: MonthlySeries,
  months: number,
  statistic: 'sum' | 'mean',
): { readonly month: Month; readonly figure: RollingFigure }[] {
  const span = seriesSpan(series);
  if (!span) return [];
  const figure = statistic === 'sum' ? rollingSum : rollingMean;
  return monthRange(span.first, span.last).map((month) => ({ month, figure: figure(series, month, months) }));
}

/** A rolling rate at every month from the earliest to the latest month of either series. */
export function rollingRateSeries(
  numerator: MonthlySeries,
  denominator: MonthlySeries,
  months: number,
): { readonly month: Month; readonly figure: RollingRate }[] {
  const spans = [seriesSpan(numerator), seriesSpan(denominator)].filter((span) => span !== undefined);
  if (spans.length === 0) return [];
  const first = spans.map((span) => span.first).sort()[0]!;
  const last = spans
    .map((span) => span.last)
    .sort()
    .at(-1)!;
  return monthRange(first, last).map((month) => ({
    month,
    figure: rollingRate(numerator, denominator, month, months),
  }));
}

/** Either series' gap makes the rate incomplete; otherwise the shorter history decides. */
function combineShortfalls(top: RollingFigure, bottom: RollingFigure): Shortfall {
  const window = { first: top.first, last: top.last };
  const shortfalls = [top, bottom].filter((figure): figure is Shortfall => figure.status !== 'complete');
  if (shortfalls.some((figure) => figure.status === 'incomplete')) {
    const missing = [...new Set(shortfalls.flatMap((figure) => figure.missing))].sort();
    return { status: 'incomplete', missing, ...window };
  }
  const history = shortfalls as (NotEnoughHistory & Window)[];
  const worst = history.reduce((a, b) => (a.available <= b.available ? a : b));
  return { ...worst, ...window };
}
