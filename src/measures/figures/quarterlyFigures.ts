/**
 * The figures of a count published per financial quarter (the Home Office police recorded crime
 * table): the quarter, the previous quarter and the same quarter a year earlier with the changes,
 * the financial year or rolling 12 months against the year before (with the exact test), the
 * 3-year average, the peer rank and, for homicide, the outlier rule, exactly as for a monthly count.
 *
 * Every period such a series can answer is made of whole quarters, so each figure is a sum of
 * quarters. The monthly functions of stats/ are reused on a series holding each quarter's total on
 * its first month and 0 on the other two: any sum over whole quarters is then the sum of the
 * quarters, and nothing month-level is ever read from it. The figures that need months (the latest
 * month, the forecast, the monthly SPC chart) are not available, and say why.
 */
import type { Measure } from '../../catalogue/measures/schema.js';
import { addMonths, monthsOf, type Period, samePeriodYearEarlier } from '../../stats/calendar.js';
import type { MonthlySeries } from '../../stats/series.js';
import type { MeasureSeries } from '../fetchSeries.js';
import type { MeasureFigures } from '../result.js';
import type { MeasureSettings } from '../settings.js';
import { notAvailable } from './common.js';
import { countFigures } from './countFigures.js';
import { homicideOutlierFigure } from './homicideOutlierFigure.js';
import { type PeerValues, peerFigure } from './peerFigure.js';
import { significanceFigure } from './significanceFigure.js';
import { targetFigure } from './targetFigure.js';
import { yearFigure } from './yearFigure.js';

export const QUARTERLY_REASON = 'published per quarter: there are no monthly figures';

/** A quarter's first month: April, July, October or January. */
export const isQuarterStart = (month: string) => [4, 7, 10, 1].includes(Number(month.slice(5, 7)));

/** Whether the period is made of whole financial quarters (a quarter, a year, 12 months to a quarter's end). */
export function wholeQuarters(period: Period): boolean {
  return isQuarterStart(period.first) && isQuarterStart(addMonths(period.last, 1));
}

/** The quarter starts of the period that the series does not hold. */
export function missingQuarters(series: MonthlySeries, period: Period): string[] {
  return monthsOf(period).filter((m, i) => i % 3 === 0 && !series.has(m));
}

/** Each quarter's total on its first month and 0 on the two others (see the file comment). */
export function quarterTotalsAsMonths(series: MonthlySeries): MonthlySeries {
  const months = new Map<string, number>();
  for (const [start, value] of series) {
    months.set(start, value);
    months.set(addMonths(start, 1), 0);
    months.set(addMonths(start, 2), 0);
  }
  return months;
}

export function quarterlyFigures(
  measure: Measure,
  series: MeasureSeries,
  period: Period,
  settings: MeasureSettings,
  peers: PeerValues | undefined,
): MeasureFigures {
  const months = quarterTotalsAsMonths(series.value);
  const core = { ...countFigures(months, period, settings), latestMonth: notAvailable(QUARTERLY_REASON) };
  return {
    ...core,
    spc: notAvailable(`${QUARTERLY_REASON}, so no monthly control chart`),
    target: targetFigure(measure, core, settings),
    significance: significanceFigure(
      months,
      period,
      samePeriodYearEarlier(period),
      settings.significanceLevel,
      measure.id,
    ),
    year: yearFigure(months, period, settings.significanceLevel, measure.id),
    forecast: notAvailable(`${QUARTERLY_REASON} to forecast`),
    peers: peers ? peerFigure(peers, measure.direction) : notAvailable('no peer comparison for this measure'),
    ...(measure.homicide_outlier_rule
      ? { homicideOutlier: homicideOutlierFigure({ ...series, value: months }, period) }
      : {}),
  };
}
