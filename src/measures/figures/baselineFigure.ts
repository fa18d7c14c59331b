/**
 * The latest 12 months against the NCPM baseline 12 months, for a count measure. The latest figure
 * is the one the measure prints elsewhere: its own series (force extract, Home Office tables,
 * police.uk), else the published table covering those 12 months. The baseline comes from the same
 * source when it reaches back; otherwise from a published table with the same definition (the
 * catalogue's `published_heading`, never a police.uk category: police.uk 'Burglary' is all burglary
 * and is never set against recorded residential burglary). Sources that differ are both named.
 */

import type { Measure } from '../../catalogue/measures/schema.js';
import { type Period, rolling12Period } from '../../stats/calendar.js';
import { changeBetween } from '../../stats/change.js';
import type { NumberStyle } from '../../stats/numberStyle.js';
import { compareCounts } from '../../stats/significance.js';
import type { MeasureSeries } from '../fetchSeries.js';
import type { BaselineComparisonJson, TwelveMonthsJson, TwelveMonthsSource } from '../figureTypes.js';
import type { PublishedTable } from '../published/publishedTables.js';
import type { Figure } from '../result.js';
import { countChangeText, notAvailable } from './common.js';
import { significanceJson } from './significanceFigure.js';
import { fromSeries, fromTable } from './twelveMonths.js';

export interface BaselineInput {
  readonly measure: Measure;
  readonly forceSlug: string;
  /** The measure's own series over a window reaching back to the baseline; undefined when none is loaded. */
  readonly series: MeasureSeries | undefined;
  readonly tables: readonly PublishedTable[];
  readonly period: Period;
  /** The baseline 12 months (settings). */
  readonly baseline: Period;
  readonly alpha: number;
  readonly smallBelow: number;
  /** How the change text is written (the workspace's style). */
  readonly style?: NumberStyle;
}

export function baselineFigure(input: BaselineInput): Figure<BaselineComparisonJson> {
  const { measure, series, tables, forceSlug, baseline, period } = input;
  const latestWindow = rolling12Period(period.last);
  const source = seriesSource(measure);
  const heading = measure.published_heading;
  const own = (window: Period) => (series && source ? fromSeries(series, source, window) : undefined);
  const table = (window: Period) => (heading ? fromTable(tables, heading, forceSlug, window) : undefined);
  const ownLatest = own(latestWindow);
  const latest = ownLatest ?? table(latestWindow);
  if (!latest) return notAvailable(`no loaded source gives the ${latestWindow.label} in full`);
  const base = ownLatest ? (own(baseline) ?? table(baseline)) : (table(baseline) ?? own(baseline));
  if (!base) return notAvailable(`no loaded source reaches back to the baseline ${baseline.label}`);
  return compare(latest, base, input);
}

function compare(
  latest: TwelveMonthsJson,
  base: TwelveMonthsJson,
  input: BaselineInput,
): Figure<BaselineComparisonJson> {
  const change = changeBetween(latest.value, base.value);
  const test = compareCounts(
    { previous: base.value, current: latest.value },
    { alpha: input.alpha, label: `${input.measure.id}.baseline` },
  );
  return {
    status: 'ok',
    latest,
    baseline: base,
    difference: change.difference,
    percent: change.percent,
    changeText: countChangeText(change.difference, change.percent, input.style, {
      base: base.value,
      below: input.smallBelow,
    }),
    significance: significanceJson(test, base.label),
    sameSource: latest.sourceText === base.sourceText,
  };
}

/** The source of the measure's own series, for counts only (rates have no baseline count). */
function seriesSource(measure: Measure): Exclude<TwelveMonthsSource, 'published_table'> | undefined {
  return measure.source === 'external' ? undefined : measure.source;
}
