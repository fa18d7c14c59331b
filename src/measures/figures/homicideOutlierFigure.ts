/**
 * The Home Office homicide outlier rule (src/stats/homicideOutlier.ts): the six months to the
 * period's end against the same six months a year earlier; a rise of 5 or more is a negative
 * outlier, a fall of 5 or more a positive one. Judged on all homicides, exceptional incidents included.
 */
import type { Period } from '../../stats/calendar.js';
import { homicideOutlier } from '../../stats/homicideOutlier.js';
import type { MeasureSeries } from '../fetchSeries.js';
import type { MeasureFigures } from '../result.js';

export function homicideOutlierFigure(
  series: MeasureSeries,
  period: Period,
): NonNullable<MeasureFigures['homicideOutlier']> {
  const result = homicideOutlier(series.value, period.last);
  if (result.status !== 'ok') return { status: result.status, missing: result.missing };
  return {
    status: 'ok',
    latest: { first: result.latestPeriod.first, last: result.latestPeriod.last, count: result.latestCount },
    previous: {
      first: result.previousPeriod.first,
      last: result.previousPeriod.last,
      count: result.previousCount,
    },
    difference: result.difference,
    threshold: result.threshold,
    verdict: result.verdict,
    text:
      result.verdict === 'not_outlier'
        ? 'not an outlier'
        : result.verdict === 'negative_outlier'
          ? 'a negative outlier (an increase of five or more)'
          : 'a positive outlier (a decrease of five or more)',
  };
}
