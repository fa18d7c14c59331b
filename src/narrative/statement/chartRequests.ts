/**
 * The figures of a section and the numbers they draw, taken from the measures result: monthly
 * volumes with each month's 3-year average (as the measures result gives it) and the one-step-ahead
 * forecast interval of the last 12 months (measures/seriesForecasts.ts); the rolling 'action taken' rate with the in-month rate; the SPC chart when the period holds a special cause point, since that is
 * when a reader needs to see the limits.
 */
import type { MeasureJson } from '../../measures/result.js';
import { withSeriesForecasts } from '../../measures/seriesForecasts.js';
import { addMonths, type Month, type Period } from '../../stats/calendar.js';
import { pointSignal, spcChartPoints } from '../sentences/spcPoints.js';
import { pointsTo } from './measureSeries.js';
import type { ChartRequest } from './types.js';

/** Months drawn: three years where the data allow, never fewer than 25 (two years and a month). */
export const CHART_MONTHS = 36;
export const MIN_CHART_MONTHS = 25;

function window(measure: MeasureJson, period: Period) {
  const first = addMonths(period.last, -(CHART_MONTHS - 1));
  return pointsTo(measure, period.last).filter((p) => p.month >= first && p.value !== null);
}

export function volumesRequest(
  measure: MeasureJson,
  period: Period,
  minMonths = MIN_CHART_MONTHS,
): Extract<ChartRequest, { kind: 'volumes' }> | undefined {
  if (window(measure, period).length < minMonths) return undefined;
  // The band: one-step-ahead forecasts of the last 12 months, fitted only when a chart is drawn.
  const forecast = withSeriesForecasts(measure, period.last);
  const points = window(forecast, period);
  const level = points.find((p) => p.forecast !== undefined)?.forecast?.level ?? 0.95;
  return {
    kind: 'volumes',
    measure: measure.title,
    intervalPercent: Math.round(level * 100),
    points: points.map((p) => ({
      month: p.month,
      count: p.value as number,
      ...(p.threeYearAverage === undefined ? {} : { threeYearAverage: p.threeYearAverage }),
      ...(p.forecast
        ? { forecast: { mean: p.forecast.value, lower: p.forecast.lower, upper: p.forecast.upper } }
        : {}),
    })),
  };
}

export function rateRequest(
  rate: MeasureJson,
  period: Period,
): Extract<ChartRequest, { kind: 'rate' }> | undefined {
  const months = rate.rateDefinition?.rollingMonths ?? 3;
  const points = window(rate, period).filter((p) => p.rolling !== undefined && p.rolling !== null);
  if (points.length < MIN_CHART_MONTHS) return undefined;
  return {
    kind: 'rate',
    measure: leadTitle(rate),
    rateLabel: `${months}-month rolling 'action taken' outcome rate`,
    comparisonLabel: "In-month 'action taken' outcome rate",
    points: points.map((p) => ({
      month: p.month,
      percent: p.rolling as number,
      comparisonPercent: p.value as number,
      ...(p.numerator !== undefined ? { numerator: p.numerator } : {}),
      ...(p.denominator !== undefined ? { denominator: p.denominator } : {}),
    })),
  };
}

/**
 * The SPC chart, when a point inside the period is special cause; undefined otherwise. A police.uk
 * proxy asks for it `always`, from as few months as its SPC baseline (its files may reach back a
 * year only).
 */
export function spcRequest(
  measure: MeasureJson,
  period: Period,
  options: { readonly always?: boolean; readonly minMonths?: number } = {},
): Extract<ChartRequest, { kind: 'spc' }> | undefined {
  const spc = measure.figures?.spc;
  if (spc?.status !== 'ok') return undefined;
  const points = window(measure, period).filter((p) => p.spc !== undefined);
  const special = (m: Month) =>
    points.some((p) => p.month === m && p.spc !== undefined && pointSignal(p.spc.pointType) !== undefined);
  const inPeriod: Month[] = [];
  for (let m = period.first; m <= period.last; m = addMonths(m, 1)) inPeriod.push(m);
  if (points.length < (options.minMonths ?? MIN_CHART_MONTHS)) return undefined;
  if (!options.always && !inPeriod.some(special)) return undefined;
  const target = measure.figures?.target;
  const assurance = spc.assuranceIcon;
  return {
    kind: 'spc',
    measure: measure.title,
    unit: measure.figures?.kind === 'rate' ? 'percent' : 'count',
    variation: spc.variationIcon ?? 'common_cause',
    ...(assurance ? { assurance } : {}),
    ...(target?.status === 'ok' ? { target: target.target } : {}),
    points: spcChartPoints(points),
  };
}

/** "Violence with injury: 'action taken' outcome rate" → "Violence with injury". */
export function leadTitle(measure: MeasureJson): string {
  return measure.title.replace(/:\s*'action taken' outcome rate$/i, '');
}
