/**
 * The NCPM yardsticks of one count measure for one force: the latest 12 months against the baseline
 * 12 months (figures/baselineFigure.ts) and, where the published tables cover the measure, the
 * force's position among the 43 forces (figures/nationalFigure.ts). Rates have neither: a baseline
 * is a count of offences, and the tables publish counts.
 */
import type { Measure } from '../catalogue/measures/schema.js';
import type { Period } from '../stats/calendar.js';
import type { MeasureSeries } from './fetchSeries.js';
import { baselineFigure } from './figures/baselineFigure.js';
import { nationalFigure } from './figures/nationalFigure.js';
import type { PublishedTable } from './published/publishedTables.js';
import type { YardsticksJson } from './result.js';
import type { MeasureSettings } from './settings.js';

const COUNT_STATISTICS: ReadonlySet<Measure['statistic']> = new Set([
  'count',
  'disruption_count',
  'safeguarded_count',
]);

export interface YardstickInput {
  readonly measure: Measure;
  readonly forceSlug: string;
  readonly peerSlugs: readonly string[];
  /** The force's own series reaching back to the baseline (before it is trimmed to the history window). */
  readonly series: MeasureSeries | undefined;
  readonly tables: readonly PublishedTable[];
  readonly period: Period;
  readonly settings: MeasureSettings;
}

export function yardsticks(input: YardstickInput): YardsticksJson | undefined {
  const { measure, settings } = input;
  if (!COUNT_STATISTICS.has(measure.statistic) || measure.applicability.status === 'not_applicable')
    return undefined;
  const heading = measure.published_heading;
  return {
    baseline: baselineFigure({
      measure,
      forceSlug: input.forceSlug,
      series: input.series,
      tables: input.tables,
      period: input.period,
      baseline: settings.baseline,
      alpha: settings.significanceLevel,
      smallBelow: settings.smallNumbersBelow,
      style: settings.style,
    }),
    ...(heading
      ? {
          national: nationalFigure({
            heading,
            forceSlug: input.forceSlug,
            peerSlugs: input.peerSlugs,
            tables: input.tables,
            last: input.period.last,
          }),
        }
      : {}),
  };
}

/** The series without the months before `first` (fetched only for the baseline). */
export function seriesFrom(series: MeasureSeries, first: string): MeasureSeries {
  const cut = (map: ReadonlyMap<string, number>) => new Map([...map].filter(([month]) => month >= first));
  return {
    datasets: series.datasets,
    frequency: series.frequency,
    value: cut(series.value),
    ...(series.numerator ? { numerator: cut(series.numerator) } : {}),
    ...(series.denominator ? { denominator: cut(series.denominator) } : {}),
    ...(series.excludingExceptional ? { excludingExceptional: cut(series.excludingExceptional) } : {}),
  };
}
