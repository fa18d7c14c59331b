/**
 * The forecast of the period's last month, fitted only on the months before it (src/forecast: MSTL
 * with ETS, 95% prediction interval), and whether the observed value is in line with it: inside the
 * interval is 'in_line', otherwise 'above' or 'below'. Counts only.
 */
import { FORECAST_METHOD, forecastMonth, judgeAgainstForecast } from '../../forecast/index.js';
import type { Period } from '../../stats/calendar.js';
import type { MeasureSeries } from '../fetchSeries.js';
import type { MeasureFigures } from '../result.js';
import { notAvailable } from './common.js';

export function forecastFigure(series: MeasureSeries, period: Period): MeasureFigures['forecast'] {
  if (series.numerator !== undefined) return notAvailable('forecasts are made for counts, not for rates');
  const month = period.last;
  const observed = series.value.get(month);
  if (observed === undefined) return notAvailable(`no value for ${month}`);
  const forecast = forecastMonth(series.value, month);
  if (forecast.status === 'model_failed')
    return notAvailable(`the model could not be fitted: ${forecast.reason}`);
  if (forecast.status !== 'complete') return { status: forecast.status, missing: forecast.missing };
  return {
    status: 'ok',
    month,
    observed,
    forecast: forecast.point,
    lower: forecast.lower,
    upper: forecast.upper,
    level: forecast.level,
    verdict: judgeAgainstForecast(observed, forecast),
    fittedOn: { first: forecast.historyFirst, last: forecast.historyLast, months: forecast.historyMonths },
    method: FORECAST_METHOD,
  };
}
