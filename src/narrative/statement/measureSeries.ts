/**
 * Reading a measure of the measures result as monthly series for the stats functions: the counts
 * (or the in-month rates), the rolling rates, and the months up to the statement's end. The result's
 * series runs to the last month loaded, which may be after the period: the statement never looks
 * past the period's last month.
 */
import type { MeasureJson, SeriesPoint } from '../../measures/result.js';
import type { Month } from '../../stats/calendar.js';
import { type MonthlySeries, monthlySeries } from '../../stats/series.js';

/** The points up to and including `last`, oldest first. */
export function pointsTo(measure: MeasureJson, last: Month): SeriesPoint[] {
  return (measure.series ?? []).filter((p) => p.month <= last);
}

/** Monthly values (counts, or in-month rates in percent) up to `last`. */
export function valueSeries(measure: MeasureJson, last: Month): MonthlySeries {
  return monthlySeries(
    pointsTo(measure, last).flatMap((p) => (p.value === null ? [] : [[p.month, p.value] as const])),
  );
}

/** The rolling rate (percent) ending at `month`, when the result holds one. */
export function rollingAt(measure: MeasureJson, month: Month): number | undefined {
  const point = (measure.series ?? []).find((p) => p.month === month);
  return point?.rolling ?? undefined;
}

export function pointAt(measure: MeasureJson, month: Month): SeriesPoint | undefined {
  return (measure.series ?? []).find((p) => p.month === month);
}
