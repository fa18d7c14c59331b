/**
 * What a board exception card says, as data: why the row is an exception, the rules that fired in
 * the months the card's chart shows (latest first), the house-style sentence about the period
 * (src/narrative/sentences), and the input of the SPC chart (src/report/charts/spcChart.ts).
 */
import { monthLong } from '../document/format.js';
import type { MeasureJson } from '../measures/result.js';
import {
  monthSpan,
  type RunLengths,
  ruleWords,
  type SignalJson,
  signalSentence,
} from '../narrative/board/spcWords.js';
import { drivenBySentence } from '../narrative/sentences/districts.js';
import { outcomeRateSentence, targetLine } from '../narrative/sentences/rates.js';
import { chartSignal } from '../narrative/sentences/spcPoints.js';
import { verdictWords } from '../narrative/sentences/verdict.js';
import { volumeSentence } from '../narrative/sentences/volumes.js';
import type { SpcChartInput, SpcPoint } from '../report/charts/spcChart.js';
import { addMonths, type Period, previousPeriod } from '../stats/calendar.js';
import type { NumberStyle } from '../stats/numberStyle.js';
import { SPARKLINE_MONTHS } from './boardRow.js';
import type { BoardRow } from './model.js';

export interface ExceptionCard {
  readonly row: BoardRow;
  /** Anchor of the card: 'exception-knife-crime'. */
  readonly id: string;
  readonly sentence?: string;
  /** Rules fired in the last RECENT_MONTHS months, latest first, each as a sentence. */
  readonly rules: readonly string[];
  /** The latest of them in words ('below the lower process limit in March 2024'), for the at-a-glance list. */
  readonly latestRule?: string;
  readonly chart?: SpcChartInput;
}

/** A board looks back a year: older signals are on the chart but not listed. */
export const RECENT_MONTHS = 12;

export function cardId(measureId: string): string {
  return `exception-${measureId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

function countSentence(measure: MeasureJson, period: Period, style?: NumberStyle): string | undefined {
  const f = measure.figures!;
  if (f.current.status !== 'ok') return undefined;
  return volumeSentence({
    periodLabel: period.label,
    periodKind: period.kind,
    value: f.current.value,
    ...(style ? { style } : {}),
    ...(measure.verdict ? { smallNumbersBelow: measure.verdict.smallNumbersBelow } : {}),
    ...(f.previous.status === 'ok'
      ? { base: { value: f.previous.value, comparison: 'previous_period' as const } }
      : {}),
    ...(f.threeYearAverage.status === 'ok' ? { average: f.threeYearAverage.verdict } : {}),
    ...(f.forecast.status === 'ok' && typeof f.forecast.verdict === 'string'
      ? { forecast: f.forecast.verdict as 'in_line' | 'above' | 'below' }
      : {}),
  });
}

/** 'Victim satisfaction: domestic abuse' -> 'Domestic abuse', as the target lines of the reference report name a cohort. */
function cohortName(title: string): string {
  const last = title.split(': ').at(-1) ?? title;
  return last.charAt(0).toUpperCase() + last.slice(1);
}

function rateSentence(measure: MeasureJson, period: Period): string | undefined {
  const f = measure.figures!;
  if (f.rolling.status !== 'ok') return undefined;
  if (measure.statistic === 'satisfaction_rate') {
    return f.target.status === 'ok'
      ? `${targetLine(cohortName(measure.title), f.rolling.value / 100, f.target.target)} (${f.rolling.months}-month rolling rate to ${monthLong(period.last)}).`
      : undefined;
  }
  const before = previousPeriod(period);
  const earlier = measure.series?.find((p) => p.month === before.last)?.rolling;
  return outcomeRateSentence({
    monthLabel: monthLong(period.last),
    rate: f.rolling.value / 100,
    rollingMonths: f.rolling.months,
    ...(typeof earlier === 'number'
      ? { previous: { rate: earlier / 100, label: monthLong(before.last) } }
      : {}),
  });
}

function chartInput(
  row: BoardRow,
  period: Period,
  signals: readonly SignalJson[],
  words: (s: SignalJson) => string,
): SpcChartInput | undefined {
  const measure = row.measure;
  const from = addMonths(period.last, -(SPARKLINE_MONTHS - 1));
  const points: SpcPoint[] = [];
  for (const p of measure.series ?? []) {
    if (p.month < from || p.month > period.last || p.value === null || p.spc === undefined) continue;
    const signal = chartSignal(p.spc.pointType);
    const fired = signals.filter((s) => s.first <= p.month && p.month <= s.last);
    points.push({
      month: p.month,
      value: p.value,
      mean: p.spc.mean,
      lower: p.spc.lpl,
      upper: p.spc.upl,
      ...(signal ? { signal } : {}),
      ...(signal && fired.length > 0 ? { rule: fired.map(words).join('; ') } : {}),
    });
  }
  if (points.length < 2 || row.variation === undefined) return undefined;
  const target = measure.figures!.target;
  return {
    measure: measure.title,
    unit: row.unit,
    points,
    variation: row.variation,
    ...(target.status === 'ok' ? { target: target.target } : {}),
    ...(row.assurance ? { assurance: row.assurance } : {}),
  };
}

/** 'in March 2024', or 'from February 2024 to March 2024'. */
function when(signal: SignalJson): string {
  return signal.first === signal.last
    ? `in ${monthLong(signal.first)}`
    : `from ${monthSpan(signal.first, signal.last)}`;
}

export function exceptionCard(row: BoardRow, period: Period, style?: NumberStyle): ExceptionCard {
  const measure = row.measure;
  const spc = measure.figures!.spc;
  const all: readonly SignalJson[] = spc.status === 'ok' ? spc.signals : [];
  const lengths: RunLengths = spc.status === 'ok' ? spc.options : { shiftLength: 7, trendLength: 7 };
  const from = addMonths(period.last, -(SPARKLINE_MONTHS - 1));
  const shown = all.filter((s) => s.last >= from && s.first <= period.last);
  const recentFrom = addMonths(period.last, -(RECENT_MONTHS - 1));
  const recent = shown
    .filter((s) => s.last >= recentFrom)
    .sort((a, b) => b.last.localeCompare(a.last) || b.first.localeCompare(a.first));
  const said = row.unit === 'count' ? countSentence(measure, period, style) : rateSentence(measure, period);
  // Which district drove the change, when one did (measures/districtBreakdown.ts), as the statement says it.
  const driver = measure.districts?.period === period.label ? drivenBySentence(measure.districts) : undefined;
  const sentence =
    [said, driver, verdictWords(measure)].filter((s) => s !== undefined).join(' ') || undefined;
  const chart = chartInput(row, period, shown, (s) => ruleWords(s, lengths));
  const latest = recent[0];
  return {
    row,
    id: cardId(measure.id),
    ...(sentence ? { sentence } : {}),
    rules: recent.map((s) => signalSentence(s, lengths)),
    ...(latest ? { latestRule: `${ruleWords(latest, lengths)} ${when(latest)}` } : {}),
    ...(chart ? { chart } : {}),
  };
}
