/**
 * One measure's row of the summary table, read from its figures in the measures result: the
 * house-style texts the measures layer wrote, the SPC icons it decided, the peer rank it ranked.
 * Nothing is recomputed here; a figure that is unavailable keeps the measures layer's reason.
 */
import { formatNumber } from '../document/format.js';
import type { QuestionFacts } from '../governance/index.js';
import type { Figure, MeasureJson, ValueAt } from '../measures/result.js';
import { baselineChangeText, per1000 } from '../narrative/sentences/yardsticks.js';
import { assuranceDrawing, variationDrawing } from '../report/charts/mdcIconNames.js';
import { formatAverage, formatCount } from '../stats/rounding.js';
import { exceptionReasons } from './icons.js';
import type { BoardRow, BoardValue, SparklinePoint } from './model.js';

/** Months in the sparkline: two years and the month a year before them, so both ends compare. */
export const SPARKLINE_MONTHS = 25;

function reasonOf(figure: { status: string; reason?: string }): BoardValue {
  return { reason: figure.reason ?? figure.status.replace(/_/g, ' ') };
}

function valueCell(figure: Figure<ValueAt>): BoardValue {
  if (figure.status !== 'ok') return reasonOf(figure);
  const parts =
    figure.numerator !== undefined && figure.denominator !== undefined
      ? { note: `${formatCount(figure.numerator)} of ${formatCount(figure.denominator)}` }
      : {};
  return { text: figure.text, ...parts };
}

const VERDICT_WORDS = { in_line: 'in line', above: 'above', below: 'below' } as const;

function averageCell(measure: MeasureJson): BoardValue {
  const average = measure.figures!.threeYearAverage;
  if (average.status !== 'ok') return reasonOf(average);
  return { text: formatAverage(average.value), note: VERDICT_WORDS[average.verdict] };
}

function targetCell(measure: MeasureJson, unit: BoardRow['unit']): BoardValue {
  const target = measure.figures!.target;
  if (target.status !== 'ok') return reasonOf(target);
  const text = unit === 'percent' ? `${target.target}%` : formatCount(target.target);
  if (target.met === null) return { text };
  const rolling = measure.figures!.rolling;
  // Satisfaction is judged on its rolling rate (targetFigure.ts): say so, or 'not met' would
  // contradict the month's value printed beside it.
  const on =
    measure.statistic === 'satisfaction_rate' && rolling.status === 'ok'
      ? ` on the ${rolling.months}-month rate`
      : '';
  return { text, note: `${target.met ? 'met' : 'not met'}${on}` };
}

/** Three significant figures at most, so a month's small rate (0.029 per 1,000) is not shown as 0.03. */
function formatRate(rate: number): string {
  return formatNumber(rate, rate >= 10 ? 1 : rate >= 1 ? 2 : 3);
}

function peerCell(measure: MeasureJson): BoardValue {
  const peers = measure.figures!.peers;
  if (peers.status !== 'ok') return reasonOf(peers);
  const text = typeof peers.text === 'string' ? peers.text : undefined;
  const rate = typeof peers.ratePer1000 === 'number' ? peers.ratePer1000 : undefined;
  return {
    ...(text === undefined ? { reason: 'no rank' } : { text }),
    ...(rate === undefined ? {} : { note: `${formatRate(rate)} per 1,000` }),
  };
}

function sparklineOf(measure: MeasureJson, lastMonth: string): SparklinePoint[] {
  const points: SparklinePoint[] = [];
  for (const p of measure.series ?? [])
    if (p.month <= lastMonth && p.value !== null) points.push({ month: p.month, value: p.value });
  return points.slice(-SPARKLINE_MONTHS);
}

/** The row of a measure whose status is 'ok' (it has figures). */
export function boardRow(
  measure: MeasureJson,
  lastMonth: string,
  questions: readonly QuestionFacts[] | undefined,
): BoardRow {
  const figures = measure.figures!;
  const unit = figures.kind === 'rate' ? 'percent' : 'count';
  const spc = figures.spc;
  const variation = spc.status === 'ok' ? variationDrawing(spc.variationIcon) : undefined;
  const assurance = spc.status === 'ok' ? assuranceDrawing(spc.assuranceIcon) : undefined;
  const assuranceAbsent =
    spc.status !== 'ok'
      ? 'Not available'
      : figures.target.status !== 'ok'
        ? 'No target'
        : measure.direction === 'neutral'
          ? 'No direction'
          : 'Not available';
  return {
    measure,
    unit,
    latest: valueCell(figures.current),
    previous: valueCell(figures.previous),
    yearEarlier: valueCell(figures.yearEarlier),
    threeYearAverage: averageCell(measure),
    target: targetCell(measure, unit),
    ...(variation ? { variation } : {}),
    ...(assurance ? { assurance } : {}),
    assuranceAbsent,
    peerRank: peerCell(measure),
    ...yardstickCells(measure),
    sparkline: sparklineOf(measure, lastMonth),
    ...(questions ? { questions } : {}),
    reasons: exceptionReasons(variation, assurance),
  };
}

/** The NCPM yardsticks as two cells: the change on the baseline, and the national position. */
function yardstickCells(measure: MeasureJson): Pick<BoardRow, 'baseline' | 'national'> {
  const baseline = measure.yardsticks?.baseline;
  const national = measure.yardsticks?.national;
  return {
    baseline:
      baseline?.status === 'ok'
        ? {
            text: baselineChangeText(measure, baseline),
            note: `${baseline.baseline.text} in the ${baseline.baseline.label}`,
          }
        : { reason: 'no loaded source reaches back to the baseline' },
    national:
      national?.status === 'ok'
        ? {
            text: national.rankText,
            note: `${per1000(national.ratePer1000)} per 1,000; England and Wales ${per1000(national.englandAndWales.ratePer1000)}`,
          }
        : { reason: 'not in the published tables' },
  };
}
