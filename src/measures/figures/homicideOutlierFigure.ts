/**
 * The Home Office homicide outlier rule on the latest six months against the same six months a year
 * earlier (src/stats/homicideOutlier.ts).
 */
import type { Period } from '../../stats/calendar.js';
import type { MeasureSeries } from '../fetchSeries.js';
import type { MeasureFigures } from '../result.js';
import { notAvailable } from './common.js';

export function homicideOutlierFigure(
  _series: MeasureSeries,
  _period: Period,
): NonNullable<MeasureFigures['homicideOutlier']> {
  return notAvailable(
    'the homicide outlier rule (src/stats/homicideOutlier.ts) is not available in this build',
  );
}
