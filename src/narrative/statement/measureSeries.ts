/**
 * Reading a measure of the measures result as monthly series for the stats functions: the counts
 * (or the in-month rates), the rolling rates, and the months up to the statement's end. The result's
 * series runs to the last month loaded, which may be after the period: the statement never looks
 * past the period's last month.
 */

import { quarterTotalsAsMonths } from '../../measures/figures/quarterlyFigures.js';
import type { MeasureJson, SeriesPoint } from '../../measures/result.js';
import type { Month } from '../../stats/calendar.js';
import { type MonthlySeries, monthlySeries } from '../../stats/series.js';

/** The points up to and including `last`, oldest first. */
export function pointsTo(measure: MeasureJson, last: Month): SeriesPoint[] {
  return (measure.series ?? []).filter((p) => p.month <= last);
}

/**
 * Monthly values (counts, or in-month rates in percent) up to `last`. A quarterly series (a
 * published table) comes back with each quarter's total on its first month and 0 on the others,
 * so any sum over whole quarters is right (measures/figures/quarterlyFigures.ts).
 */
export function valueSeries(measure: MeasureJson, last: Month): MonthlySeries {
  const values = monthlySeries(
    pointsTo(measure, last).flatMap((p) => (p.value === null ? [] : [[p.month, p.value] as const])),
  );
  return measure.frequency === 'quarter' ? quarterTotalsAsMonths(values) : values;
}

/** The rolling rate (percent) ending at `month`, when the result holds one. */
export function rollingAt(measure: MeasureJson, month: Month): number | undefined {
  const point = (measure.series ?? []).find((p) => p.month === month);
  return point?.rolling ?? undefined;
}

export function pointAt(measure: MeasureJson, month: Month): SeriesPoint | undefined {
  return (measure.series ?? []).find((p) => p.month === month);
}
