/**
 * A rate over time, e.g. the 3-month rolling 'action taken' outcome rate: the headline rate as a
 * dark solid line with dots, an optional comparison (the in-month rate) as a grey dashed line, and
 * an optional target as a dotted rule. The y axis starts at zero so a small change in a low rate
 * is not drawn as a cliff.
 */
import type { TopLevelSpec } from 'vega-lite';
import { columns } from '../../document/build.js';
import { formatCount, formatPercent, monthLong, monthShort, monthUtc } from '../../document/format.js';
import type { Problem } from '../../errors/problem.js';
import type { ChartResult } from './chartResult.js';
import { checkFinite, checkLength, checkMonths, throwIfAny } from './checkSeries.js';
import { vegaLiteToSvg } from './renderVega.js';
import { INK, PLOT_HEIGHT, PLOT_WIDTH } from './theme.js';
import { monthAxisEncoding } from './timeAxis.js';

export interface RatePoint {
  readonly month: string;
  /** The headline rate in per cent (21.4, not 0.214). */
  readonly percent: number;
  /** The counts behind it, shown in the data table when given. */
  readonly numerator?: number;
  readonly denominator?: number;
  /** The comparison rate for the month, in per cent. */
  readonly comparisonPercent?: number;
}

export interface RateChartInput {
  /** What the headline line is: "3-month rolling 'action taken' outcome rate". */
  readonly rateLabel: string;
  /** The crime type it is for: 'Violence with Injury'. */
  readonly measure: string;
  readonly points: readonly RatePoint[];
  /** What the comparison line is, e.g. "In-month 'action taken' rate"; required to draw it. */
  readonly comparisonLabel?: string;
  readonly targetPercent?: number;
}

const CHART = 'rate';

function check(input: RateChartInput): void {
  const out: Problem[] = [];
  checkLength(CHART, 'points', 2, input.points.length, out);
  checkMonths(
    CHART,
    'points',
    input.points.map((p) => p.month),
    out,
  );
  input.points.forEach((p, i) => {
    checkFinite(CHART, `points[${i}].percent`, p.percent, out);
    checkFinite(CHART, `points[${i}].comparisonPercent`, p.comparisonPercent, out);
    checkFinite(CHART, `points[${i}].numerator`, p.numerator, out);
    checkFinite(CHART, `points[${i}].denominator`, p.denominator, out);
  });
  checkFinite(CHART, 'targetPercent', input.targetPercent, out);
  throwIfAny(out);
}

function describe(input: RateChartInput): string {
  const first = input.points[0]!;
  const last = input.points[input.points.length - 1]!;
  const low = input.points.reduce((a, b) => (b.percent < a.percent ? b : a));
  const high = input.points.reduce((a, b) => (b.percent > a.percent ? b : a));
  const sentences = [
    `Line chart of the ${input.rateLabel} for ${input.measure} from ${monthLong(first.month)} to ${monthLong(last.month)}.`,
    `It was lowest in ${monthLong(low.month)} at ${formatPercent(low.percent)} and highest in ${monthLong(high.month)} at ${formatPercent(high.percent)}; in ${monthLong(last.month)} it was ${formatPercent(last.percent)}.`,
  ];
  if (input.comparisonLabel && last.comparisonPercent !== undefined) {
    sentences.push(
      `The ${input.comparisonLabel.toLowerCase()} in ${monthLong(last.month)} was ${formatPercent(last.comparisonPercent)}.`,
    );
  }
  if (input.targetPercent !== undefined)
    sentences.push(`The target is ${formatPercent(input.targetPercent)}.`);
  return sentences.join(' ');
}

function dataTable(input: RateChartInput): ChartResult['dataTable'] {
  const withCounts = input.points.some((p) => p.numerator !== undefined || p.denominator !== undefined);
  const withComparison = input.comparisonLabel !== undefined;
  const header = ['Month', input.rateLabel];
  if (withComparison) header.push(input.comparisonLabel!);
  if (withCounts) header.push('Outcomes', 'Offences');
  const count = (v: number | undefined) => (v === undefined ? '–' : formatCount(v));
  return {
    caption: `${input.measure}: ${input.rateLabel} by month`,
    columns: columns(`l${'n'.repeat(header.length - 1)}`),
    rowHeaders: true,
    header: [header],
    rows: input.points.map((p) => {
      const row = [monthShort(p.month), formatPercent(p.percent)];
      if (withComparison)
        row.push(p.comparisonPercent === undefined ? '–' : formatPercent(p.comparisonPercent));
      if (withCounts) row.push(count(p.numerator), count(p.denominator));
      return row;
    }),
  };
}

function spec(input: RateChartInput): TopLevelSpec {
  const values = input.points.map((p) => ({
    t: monthUtc(p.month),
    rate: p.percent,
    comparison: p.comparisonPercent ?? null,
    target: input.targetPercent ?? null,
  }));
  const names = [input.rateLabel, ...(input.comparisonLabel ? [input.comparisonLabel] : [])];
  if (input.targetPercent !== undefined) names.push('Target');
  // One row per line: long names laid out in columns would push the chart past an A4 column.
  const legend = {
    title: null,
    symbolType: 'stroke',
    symbolSize: 400,
    labelLimit: 420,
    direction: 'vertical',
  };
  const colour = { domain: names, range: [INK.series, INK.reference, INK.target] };
  const dash = {
    domain: names,
    range: [
      [1, 0],
      [6, 4],
      [2, 2],
    ].slice(0, names.length),
  };
  if (!input.comparisonLabel && input.targetPercent !== undefined) {
    colour.range = [INK.series, INK.target];
    dash.range = [
      [1, 0],
      [2, 2],
    ];
  }
  const line = (field: string, name: string, width: number, point: boolean) => ({
    transform: [{ filter: `datum.${field} != null` }],
    mark: { type: 'line', strokeWidth: width, ...(point ? { point: { filled: true, size: 30 } } : {}) },
    encoding: {
      y: { field, type: 'quantitative' },
      color: { datum: name, scale: colour, legend },
      strokeDash: { datum: name, scale: dash, legend },
    },
  });
  return {
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values },
    encoding: { x: monthAxisEncoding(input.points.map((p) => p.month)) },
    layer: [
      ...(input.targetPercent === undefined ? [] : [line('target', 'Target', 1.5, false)]),
      ...(input.comparisonLabel ? [line('comparison', input.comparisonLabel, 1.5, false)] : []),
      {
        ...line('rate', input.rateLabel, 2.5, true),
        encoding: {
          ...line('rate', input.rateLabel, 2.5, true).encoding,
          y: { field: 'rate', type: 'quantitative', title: 'Per cent', scale: { zero: true } },
        },
      },
    ],
  } as TopLevelSpec;
}

export async function rateChart(input: RateChartInput): Promise<ChartResult> {
  check(input);
  const svg = await vegaLiteToSvg(CHART, spec(input));
  const layers = [
    input.rateLabel,
    ...(input.comparisonLabel ? [input.comparisonLabel] : []),
    ...(input.targetPercent === undefined ? [] : ['Target']),
  ];
  return { svg, alt: describe(input), dataTable: dataTable(input), layers };
}
