/**
 * What each chart of the site draws, read from the measures result and the district figures: the
 * site draws what the measures layer computed, each month's 3-year average included (a measure's
 * in its series, a district's in measures/districtFigures.ts); no chart works one out.
 *   - counts: monthly volumes over three years with the 3-year average and the forecast interval;
 *   - rates: the rolling rate with the in-month rate (and the target, for satisfaction);
 *   - every measure with an SPC result: the XmR chart of its whole series, with its icons.
 */

import type { MeasureJson } from '../../measures/result.js';
import { spcChartPoints } from '../../narrative/sentences/spcPoints.js';
import { assuranceDrawing, variationDrawing } from '../../report/charts/mdcIconNames.js';
import type { RateChartInput } from '../../report/charts/rateChart.js';
import type { SpcChartInput } from '../../report/charts/spcChart.js';
import type { VolumesChartInput } from '../../report/charts/volumesChart.js';
import { addMonths, type Month, type Period } from '../../stats/calendar.js';

/** Three years drawn; a volumes chart needs at least 25 months (two years and the latest month). */
export const CHART_MONTHS = 36;
export const MIN_VOLUME_MONTHS = 25;

export type ChartInput =
  | { readonly kind: 'volumes'; readonly input: VolumesChartInput }
  | { readonly kind: 'rate'; readonly input: RateChartInput }
  | { readonly kind: 'spc'; readonly input: SpcChartInput };

function upTo(measure: MeasureJson, period: Period) {
  return (measure.series ?? []).filter((p) => p.month <= period.last);
}

/** A month's count and, where known, its 3-year average. */
export interface MonthCount {
  readonly month: Month;
  readonly count: number;
  readonly threeYearAverage?: number;
}

/** Monthly counts with their 3-year averages: a measure's or a district's, the last three years of them. */
export function volumesInput(
  title: string,
  counts: readonly MonthCount[],
  forecast?: {
    readonly month: Month;
    readonly mean: number;
    readonly lower: number;
    readonly upper: number;
    readonly level: number;
  },
): VolumesChartInput | undefined {
  if (counts.length === 0) return undefined;
  const last = counts[counts.length - 1]!.month;
  const shown = counts.filter((p) => p.month > addMonths(last, -CHART_MONTHS));
  if (shown.length < MIN_VOLUME_MONTHS) return undefined;
  return {
    measure: title,
    intervalPercent: Math.round((forecast?.level ?? 0.95) * 100),
    points: shown.map((p) => ({
      month: p.month,
      count: p.count,
      ...(p.threeYearAverage === undefined ? {} : { threeYearAverage: p.threeYearAverage }),
      ...(forecast && forecast.month === p.month
        ? { forecast: { mean: forecast.mean, lower: forecast.lower, upper: forecast.upper } }
        : {}),
    })),
  };
}

function forecastOf(measure: MeasureJson) {
  const f = measure.figures?.forecast;
  if (f?.status !== 'ok') return undefined;
  return { month: f.month, mean: f.forecast, lower: f.lower, upper: f.upper, level: f.level };
}

export function measureVolumesInput(measure: MeasureJson, period: Period): VolumesChartInput | undefined {
  const counts = upTo(measure, period).flatMap((p) =>
    p.value === null
      ? []
      : [
          {
            month: p.month,
            count: p.value,
            ...(p.threeYearAverage === undefined ? {} : { threeYearAverage: p.threeYearAverage }),
          },
        ],
  );
  return volumesInput(measure.title, counts, forecastOf(measure));
}

export function measureRateInput(measure: MeasureJson, period: Period): RateChartInput | undefined {
  const months = measure.rateDefinition?.rollingMonths ?? 3;
  const first = addMonths(period.last, -(CHART_MONTHS - 1));
  const points = upTo(measure, period).filter(
    (p) => p.month >= first && p.rolling !== undefined && p.rolling !== null && p.value !== null,
  );
  if (points.length < 2) return undefined;
  const satisfaction = measure.statistic === 'satisfaction_rate';
  const target = measure.figures?.target;
  return {
    measure: measure.title.replace(/:\s*'action taken' outcome rate$/i, ''),
    rateLabel: satisfaction
      ? `${months}-month rolling satisfaction rate`
      : `${months}-month rolling 'action taken' outcome rate`,
    comparisonLabel: satisfaction ? 'In-month satisfaction rate' : "In-month 'action taken' outcome rate",
    points: points.map((p) => ({
      month: p.month,
      percent: p.rolling as number,
      comparisonPercent: p.value as number,
      ...(p.numerator === undefined ? {} : { numerator: p.numerator }),
      ...(p.denominator === undefined ? {} : { denominator: p.denominator }),
    })),
    ...(target?.status === 'ok' ? { targetPercent: target.target } : {}),
  };
}

export function measureSpcInput(measure: MeasureJson, period: Period): SpcChartInput | undefined {
  const spc = measure.figures?.spc;
  if (spc?.status !== 'ok') return undefined;
  const points = upTo(measure, period).filter((p) => p.spc !== undefined && p.value !== null);
  if (points.length < 2) return undefined;
  const target = measure.figures?.target;
  const assurance = assuranceDrawing(spc.assuranceIcon);
  return {
    measure: measure.title,
    unit: measure.figures?.kind === 'rate' ? 'percent' : 'count',
    variation: variationDrawing(spc.variationIcon) ?? 'common-cause',
    ...(assurance === undefined ? {} : { assurance }),
    ...(target?.status === 'ok' ? { target: target.target } : {}),
    points: spcChartPoints(points),
  };
}

/** The charts of a measure page, in the order shown. */
export function measureCharts(measure: MeasureJson, period: Period): ChartInput[] {
  const charts: ChartInput[] = [];
  if (measure.figures?.kind === 'rate') {
    const rate = measureRateInput(measure, period);
    if (rate) charts.push({ kind: 'rate', input: rate });
  } else {
    const volumes = measureVolumesInput(measure, period);
    if (volumes) charts.push({ kind: 'volumes', input: volumes });
  }
  const spc = measureSpcInput(measure, period);
  if (spc) charts.push({ kind: 'spc', input: spc });
  return charts;
}
