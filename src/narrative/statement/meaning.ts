/**
 * Whether a change means anything, read from the figures the measures layer already judged: the SPC
 * type of a month's point (Making Data Count) and the exact Poisson test of two counts. A month is
 * judged by SPC, since month-to-month noise is what its limits describe; a quarter or a year by the
 * significance test.
 */
import type { MeasureJson } from '../../measures/result.js';
import { type Month, monthName } from '../../stats/calendar.js';
import { compareCounts } from '../../stats/significance.js';
import { type PointSignal, pointSignal } from '../sentences/spcPoints.js';
import type { VolumeFacts } from '../sentences/volumes.js';
import { pointAt } from './measureSeries.js';

/** The SPC verdict of a month's point: undefined when the point has none (too short a series). */
export function spcOfMonth(
  measure: MeasureJson,
  month: Month,
): { readonly special: false } | { readonly special: true; readonly signal: PointSignal } | undefined {
  const type = pointAt(measure, month)?.spc?.pointType;
  if (type === undefined) return undefined;
  const signal = pointSignal(type);
  return signal === undefined ? { special: false } : { special: true, signal };
}

/** The meaning fields of a month's volume sentence. */
export function monthMeaning(
  measure: MeasureJson,
  month: Month,
): Pick<VolumeFacts, 'significance' | 'spcSignal' | 'spcLimits'> {
  const spc = spcOfMonth(measure, month);
  if (spc === undefined) return {};
  const limits = spcLimitsText(measure);
  return spc.special
    ? { spcSignal: spc.signal, ...(limits ? { spcLimits: limits } : {}) }
    : { significance: 'normal_variation' };
}

/** 'April 2019 to March 2020': the months that set the measure's SPC limits; undefined without SPC. */
export function spcLimitsText(measure: MeasureJson): string | undefined {
  const spc = measure.figures?.spc;
  if (spc?.status !== 'ok') return undefined;
  return `${monthName(spc.limitsFrom.first)} to ${monthName(spc.limitsFrom.last)}`;
}

/** The meaning of a change between two whole-period counts, by the exact Poisson test. */
export function countMeaning(
  previous: number,
  current: number,
  alpha: number,
  label: string,
): { readonly significance: NonNullable<VolumeFacts['significance']>; readonly smallCounts: boolean } {
  const test = compareCounts({ previous, current }, { alpha, label });
  const significance = test.phraseKey === 'within_normal_variation' ? 'normal_variation' : test.phraseKey;
  return { significance, smallCounts: test.smallCounts };
}
