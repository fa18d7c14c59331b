/**
 * The forecast of the period's last month, fitted on the months before it (src/forecast), and
 * whether the observed value is in line with it (inside the 95% prediction interval).
 */
import type { Period } from '../../stats/calendar.js';
import type { MeasureSeries } from '../fetchSeries.js';
import type { MeasureFigures } from '../result.js';
import { notAvailable } from './common.js';

export function forecastFigure(_series: MeasureSeries, _period: Period): MeasureFigures['forecast'] {
  return notAvailable('the forecasting engine (src/forecast) is not available in this build');
}
