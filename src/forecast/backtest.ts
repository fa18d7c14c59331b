/**
 * Back-testing the forecaster: for every month after a warm-up, fit on the months before it only
 * (exactly as forecastMonth does when judging a month), forecast it, and check whether the observed
 * value fell inside the interval. The share inside is the interval's empirical coverage, which for
 * a 95% interval should be near 0.95.
 */
import { addMonths, type Month, monthRange } from '../stats/calendar.js';
import { type MonthlySeries, seriesSpan } from '../stats/series.js';
import {
  type ForecastOptions,
  type ForecastVerdict,
  forecastMonth,
  judgeAgainstForecast,
} from './forecastMonth.js';

export interface BacktestOptions extends ForecastOptions {
  /** Months at the start of the series used only as history (default: minHistoryMonths, 24). */
  readonly warmUpMonths?: number;
  /** Optional clock (milliseconds) to time each fit; the back-test itself reads no clock. */
  readonly clock?: () => number;
}

export interface BacktestMonth {
  readonly month: Month;
  readonly observed: number;
  readonly point: number;
  readonly lower: number;
  readonly upper: number;
  readonly verdict: ForecastVerdict;
  /** Time the fit took, when a clock was given. */
  readonly fitMilliseconds?: number;
}

export interface BacktestResult {
  readonly months: readonly BacktestMonth[];
  /** Months that could not be forecast, with why. */
  readonly skipped: readonly { readonly month: Month; readonly status: string }[];
  readonly tested: number;
  readonly inside: number;
  readonly above: number;
  readonly below: number;
  /** inside / tested; null when nothing was tested. */
  readonly coverage: number | null;
}

export function backtestForecast(series: MonthlySeries, options: BacktestOptions = {}): BacktestResult {
  const span = seriesSpan(series);
  const warmUp = options.warmUpMonths ?? options.minHistoryMonths ?? 24;
  const months: BacktestMonth[] = [];
  const skipped: { month: Month; status: string }[] = [];
  if (span) {
    for (const month of monthRange(addMonths(span.first, warmUp), span.last)) {
      const observed = series.get(month);
      if (observed === undefined) {
        skipped.push({ month, status: 'no observation' });
        continue;
      }
      const started = options.clock?.();
      const forecast = forecastMonth(series, month, options);
      const fitMilliseconds = started === undefined ? undefined : options.clock!() - started;
      if (forecast.status !== 'complete') {
        skipped.push({ month, status: forecast.status });
        continue;
      }
      const { point, lower, upper } = forecast;
      const verdict = judgeAgainstForecast(observed, forecast);
      months.push({
        month,
        observed,
        point,
        lower,
        upper,
        verdict,
        ...(fitMilliseconds === undefined ? {} : { fitMilliseconds }),
      });
    }
  }
  const count = (verdict: ForecastVerdict) => months.filter((m) => m.verdict === verdict).length;
  const inside = count('in_line');
  return {
    months,
    skipped,
    tested: months.length,
    inside,
    above: count('above'),
    below: count('below'),
    coverage: months.length === 0 ? null : inside / months.length,
  };
}
