/**
 * One-step-ahead forecasts on the last months of a count series, for the volumes chart's band: each
 * month forecast from the months before it only (forecast/forecastMonth.ts), exactly as
 * figures/forecastFigure.ts forecasts the period's last month, so the band's last month and the
 * `forecast` figure agree.
 *
 * Computed on request rather than in every measures run: each month is its own model fit, and only
 * the few count measures a chart draws need them (the statement's volumes charts). A month whose
 * forecast cannot be made (gap, short history, failed fit) is left without one; the chart leaves it
 * out of the band.
 */
import { forecastMonth } from '../forecast/index.js';
import { addMonths, type Month } from '../stats/calendar.js';
import { monthlySeries } from '../stats/series.js';
import type { MeasureJson, SeriesPoint } from './result.js';

/** Months forecast by default: a year, the span a reader compares against. */
export const SERIES_FORECAST_MONTHS = 12;

/**
 * The measure with `forecast` on its series points from `months` months before `last` to `last`.
 * Rates and measures without a series come back unchanged.
 */
export function withSeriesForecasts(
  measure: MeasureJson,
  last: Month,
  months: number = SERIES_FORECAST_MONTHS,
): MeasureJson {
  if (!measure.series || measure.figures?.kind !== 'count') return measure;
  const first = addMonths(last, -(months - 1));
  const values = monthlySeries(
    measure.series.flatMap((p) => (p.value === null || p.month > last ? [] : [[p.month, p.value] as const])),
  );
  const series = measure.series.map((point): SeriesPoint => {
    if (point.month < first || point.month > last || point.value === null) return point;
    const forecast = forecastMonth(values, point.month);
    if (forecast.status !== 'complete') return point;
    return {
      ...point,
      forecast: {
        value: forecast.point,
        lower: forecast.lower,
        upper: forecast.upper,
        level: forecast.level,
      },
    };
  });
  return { ...measure, series };
}
