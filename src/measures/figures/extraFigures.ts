/**
 * The figures that need more than the measure's own volumes: the significance of the change on a
 * year earlier, the statement year against the year before, the forecast of the latest month, the peer rank and, for homicide, the outlier rule.
 */
import type { Measure } from '../../catalogue/measures/schema.js';
import { type Period, samePeriodYearEarlier } from '../../stats/calendar.js';
import type { MeasureSeries } from '../fetchSeries.js';
import type { MeasureFigures } from '../result.js';
import type { MeasureSettings } from '../settings.js';
import { notAvailable } from './common.js';
import { forecastFigure } from './forecastFigure.js';
import { homicideOutlierFigure } from './homicideOutlierFigure.js';
import { type PeerValues, peerFigure } from './peerFigure.js';
import { significanceFigure } from './significanceFigure.js';
import { yearFigure } from './yearFigure.js';

export type { PeerValues };

type Extras = Pick<MeasureFigures, 'forecast' | 'significance' | 'year' | 'peers' | 'homicideOutlier'>;

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
      ? significanceFigure(
          series.value,
          period,
          samePeriodYearEarlier(period),
          settings.significanceLevel,
          measure.id,
        )
      : notAvailable('the significance test compares counts; rates are judged by SPC'),
    year: isCount
      ? yearFigure(series.value, period, settings.significanceLevel, measure.id, settings.style)
      : notAvailable('the year on year figure is given for counts; rates are judged by SPC'),
    forecast: forecastFigure(series, period),
    peers: peers ? peerFigure(peers, measure.direction) : notAvailable('no peer comparison for this measure'),
    ...(measure.homicide_outlier_rule ? { homicideOutlier: homicideOutlierFigure(series, period) } : {}),
  };
}
