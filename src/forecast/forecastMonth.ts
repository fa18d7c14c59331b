/**
 * A seasonal forecast of one month of a monthly count series, with a prediction interval, fitted
 * ONLY on the months before it: the forecast for March 2024 knows nothing of March 2024.
 *
 * Model: augurs' MSTL (STL decomposition with one season of 12 months) with an AutoETS model of the
 * deseasonalised series, forecasting one step ahead; its interval at `level` (default 95%).
 *
 * History: the `maxHistoryMonths` months before the month (default 60, five years), or fewer if the
 * series starts later, but at least `minHistoryMonths` (default 24: STL needs two full seasons).
 * Every history month must be present: a gap gives 'incomplete', too short a series
 * 'not_enough_history'; neither is papered over by imputation.
 *
 * Count floor (default on): MSTL's interval alone is too narrow (0.81 to 0.87 coverage for a 95%
 * interval in back-tests), so for counts it is widened at each end to at least the floor of
 * intervalFloor.ts (Poisson noise, or the noise seen in year-on-year differences, whichever is
 * larger, stretched for the error in the point forecast), and its lower end is never below 0.
 *
 * "In line with forecast" means lower ≤ observed ≤ upper (both ends included); otherwise 'above' or
 * 'below'.
 */
import { addMonths, type Month, monthRange } from '../stats/calendar.js';
import { type MonthlySeries, windowShortfall, windowValues } from '../stats/series.js';
import { mstl } from './augursRuntime.js';
import { memoisedFit } from './fitCache.js';
import { countIntervalFloor } from './intervalFloor.js';

export interface ForecastOptions {
  /** Probability the interval should hold, between 0 and 1 (default 0.95). */
  readonly level?: number;
  /** Fewest months of history to fit on (default 24; at least 2 × seasonLength). */
  readonly minHistoryMonths?: number;
  /** Most months of history to fit on, counting back from the month before (default 60). */
  readonly maxHistoryMonths?: number;
  /** Season length in months (default 12). */
  readonly seasonLength?: number;
  /** Widen to at least the Poisson interval and keep the lower end ≥ 0 (default true, for counts). */
  readonly countFloor?: boolean;
}

export const FORECAST_DEFAULTS = {
  level: 0.95,
  minHistoryMonths: 24,
  maxHistoryMonths: 60,
  seasonLength: 12,
  countFloor: true,
} as const;

export const FORECAST_METHOD =
  'MSTL (season 12) with AutoETS (augurs); interval at least the Poisson or year-on-year noise, stretched for estimation error';

export type MonthForecast =
  | {
      readonly status: 'complete';
      readonly month: Month;
      readonly point: number;
      readonly lower: number;
      readonly upper: number;
      readonly level: number;
      /** The months fitted on, first and last (the month before `month`). */
      readonly historyFirst: Month;
      readonly historyLast: Month;
      readonly historyMonths: number;
      /** True when the count floor widened the model's interval at either end. */
      readonly widenedToFloor: boolean;
      readonly method: string;
    }
  | { readonly status: 'incomplete'; readonly month: Month; readonly missing: readonly Month[] }
  | {
      readonly status: 'not_enough_history';
      readonly month: Month;
      /** Months of history needed and present. */
      readonly needed: number;
      readonly available: number;
      readonly missing: readonly Month[];
    }
  | { readonly status: 'model_failed'; readonly month: Month; readonly reason: string };

/** Forecast `month` from the series' months before it (see the file comment). */
export function forecastMonth(
  series: MonthlySeries,
  month: Month,
  options: ForecastOptions = {},
): MonthForecast {
  const settings = { ...FORECAST_DEFAULTS, ...options };
  checkSettings(settings);
  const historyLast = addMonths(month, -1);
  const wanted = monthRange(addMonths(month, -settings.maxHistoryMonths), historyLast);
  const window = windowValues(series, wanted);
  const shortfall = windowShortfall(window);
  if (shortfall?.status === 'incomplete') return { status: 'incomplete', month, missing: shortfall.missing };
  // Months before the series starts only shorten the history; it must still be long enough.
  if (window.values.length < settings.minHistoryMonths) {
    return {
      status: 'not_enough_history',
      month,
      needed: settings.minHistoryMonths,
      available: window.values.length,
      missing: window.beforeStart.slice(-(settings.minHistoryMonths - window.values.length)),
    };
  }
  const fitted = memoisedFit(window.values, settings.seasonLength, settings.level, () =>
    fitAndPredict(window.values, settings.seasonLength, settings.level),
  );
  if (typeof fitted === 'string') return { status: 'model_failed', month, reason: fitted };
  let { lower, upper } = fitted;
  let widenedToFloor = false;
  if (settings.countFloor) {
    const floor = countIntervalFloor(window.values, fitted.point, settings.level, settings.seasonLength);
    widenedToFloor = floor.lower < lower || floor.upper > upper;
    lower = Math.max(0, Math.min(lower, floor.lower));
    upper = Math.max(upper, floor.upper);
  }
  return {
    status: 'complete',
    month,
    point: settings.countFloor ? Math.max(fitted.point, 0) : fitted.point,
    lower,
    upper,
    level: settings.level,
    historyFirst: addMonths(historyLast, -(window.values.length - 1)),
    historyLast,
    historyMonths: window.values.length,
    widenedToFloor,
    method: settings.countFloor ? FORECAST_METHOD : 'MSTL (season 12) with AutoETS, augurs',
  };
}

export type ForecastVerdict = 'in_line' | 'above' | 'below';

/** 'in_line' when lower ≤ observed ≤ upper, else 'above' or 'below'. */
export function judgeAgainstForecast(
  observed: number,
  forecast: { readonly lower: number; readonly upper: number },
): ForecastVerdict {
  if (observed > forecast.upper) return 'above';
  if (observed < forecast.lower) return 'below';
  return 'in_line';
}

/** One fit; the model's error text when it cannot fit or returns something unusable. */
function fitAndPredict(
  history: readonly number[],
  seasonLength: number,
  level: number,
): { point: number; lower: number; upper: number } | string {
  const model = mstl().ets([seasonLength]);
  try {
    model.fit(Float64Array.from(history));
    const forecast = model.predict(1, level);
    const point = forecast.point[0];
    const lower = forecast.intervals?.lower[0];
    const upper = forecast.intervals?.upper[0];
    if (![point, lower, upper].every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return 'the model returned no finite forecast and interval';
    }
    return { point: point!, lower: lower!, upper: upper! };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    model.free();
  }
}

function checkSettings(settings: Required<ForecastOptions>): void {
  if (!(settings.level > 0 && settings.level < 1)) throw new RangeError(`level must be between 0 and 1`);
  if (!Number.isInteger(settings.seasonLength) || settings.seasonLength < 2) {
    throw new RangeError('seasonLength must be a whole number of months, 2 or more');
  }
  if (settings.minHistoryMonths < 2 * settings.seasonLength) {
    throw new RangeError('minHistoryMonths must cover at least two seasons');
  }
  if (settings.maxHistoryMonths < settings.minHistoryMonths) {
    throw new RangeError('maxHistoryMonths must be at least minHistoryMonths');
  }
}
