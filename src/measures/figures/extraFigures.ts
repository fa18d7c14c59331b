/**
 * The figures that need more than the measure's own volumes: the significance of the change on a
 * year earlier, the forecast of the latest month, the peer rank and, for homicide, the outlier rule.
 */
import type { Measure } from '../../catalogue/measures/schema.js';
import { type Period, samePeriodYearEarlier } from '../../stats/calendar.js';
import { periodVolume } from '../../stats/change.js';
import { compareCounts } from '../../stats/significance.js';
import type { MeasureSeries } from '../fetchSeries.js';
import type { MeasureFigures } from '../result.js';
import type { MeasureSettings } from '../settings.js';
import { notAvailable, shortfall } from './common.js';
import { forecastFigure } from './forecastFigure.js';
import { homicideOutlierFigure } from './homicideOutlierFigure.js';
import { type PeerValues, peerFigure } from './peerFigure.js';

export type { PeerValues };

type Extras = Pick<MeasureFigures, 'forecast' | 'significance' | 'peers' | 'homicideOutlier'>;

export function extraFigures(
  measure: Measure,
  series: MeasureSeries,
  period: Period,
  settings: MeasureSettings,
  peers: PeerValues | undefined,
): Extras {
  const isCount = series.numerator === undefined;
  return {
    significance: isCount
      ? significanceFigure(series, period, settings, measure.id)
      : notAvailable('the significance test compares counts; rates are judged by SPC'),
    forecast: forecastFigure(series, period),
    peers: peers ? peerFigure(peers, measure.direction) : notAvailable('no peer comparison for this measure'),
    ...(measure.homicide_outlier_rule ? { homicideOutlier: homicideOutlierFigure(series, period) } : {}),
  };
}

/** The exact test for two Poisson counts: the period against the same period a year earlier. */
function significanceFigure(
  series: MeasureSeries,
  period: Period,
  settings: MeasureSettings,
  label: string,
): MeasureFigures['significance'] {
  const current = periodVolume(series.value, period);
  const earlier = periodVolume(series.value, samePeriodYearEarlier(period));
  if (current.status !== 'complete') return shortfall(current);
  if (earlier.status !== 'complete') return shortfall(earlier);
  const result = compareCounts(
    { previous: earlier.value, current: current.value },
    { alpha: settings.significanceLevel, label },
  );
  return {
    status: 'ok',
    comparedWith: earlier.period.label,
    previous: result.previous,
    current: result.current,
    pValue: result.pValue,
    alpha: result.alpha,
    significant: result.significant,
    direction: result.direction,
    verdict: result.phraseKey,
    phrase: result.phrase,
    smallCounts: result.smallCounts,
    method: result.method,
  };
}
