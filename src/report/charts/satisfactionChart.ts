/**
 * Victim satisfaction against target, one bar per group (compare the reference report's list
 * 'Domestic Abuse: 75% < Target 80%'). Each target is a black tick across its bar, and the bar's
 * label says in words whether the target was met, so the chart never relies on colour.
 */
import type { TopLevelSpec } from 'vega-lite';
import { columns } from '../../document/build.js';
import { formatCount, formatPercent } from '../../document/format.js';
import type { Problem } from '../../errors/problem.js';
import { formatSatisfactionRate } from '../../stats/rounding.js';
import type { ChartResult } from './chartResult.js';
import { checkFinite, checkLength, throwIfAny } from './checkSeries.js';
import { vegaLiteToSvg } from './renderVega.js';
import { INK, PLOT_WIDTH } from './theme.js';

export interface SatisfactionItem {
  /** The group of victims: 'Domestic Abuse'. */
  readonly label: string;
  readonly percent: number;
  readonly targetPercent: number;
  /** Survey responses behind the rate, shown in the data table when given. */
  readonly responses?: number;
}

export interface SatisfactionChartInput {
  /** What the rate is: "Rolling 6-month 'whole experience' satisfaction, March 2024". */
  readonly rateLabel: string;
  readonly items: readonly SatisfactionItem[];
}

const CHART = 'satisfaction';

function check(input: SatisfactionChartInput): void {
  const out: Problem[] = [];
  checkLength(CHART, 'items', 1, input.items.length, out);
  input.items.forEach((item, i) => {
    checkFinite(CHART, `items[${i}].percent`, item.percent, out);
    checkFinite(CHART, `items[${i}].targetPercent`, item.targetPercent, out);
  });
  throwIfAny(out);
}

/**
 * 'below', 'meets' or 'above' target. Satisfaction is printed in whole per cents, so the rate is
 * compared as printed (rounded half away from zero, stats/rounding.ts) with the target as set: the
 * rule of the house-style line "Domestic Abuse: 75% < Target 80%" (narrative/sentences/rates.ts
 * targetLine), so the chart and the text never disagree (test/report/charts.test.ts checks both).
 */
export function againstTarget(percent: number, targetPercent: number): 'below' | 'meets' | 'above' {
  const shown = Number(formatSatisfactionRate(percent / 100).replace(/[%,]/g, ''));
  return shown < targetPercent ? 'below' : shown > targetPercent ? 'above' : 'meets';
}

const verdict = (item: SatisfactionItem) => againstTarget(item.percent, item.targetPercent);

const VERDICT_WORDS = { below: 'below target', meets: 'meets target', above: 'above target' } as const;

function describe(input: SatisfactionChartInput): string {
  const parts = input.items.map(
    (item) =>
      `${item.label} ${formatPercent(item.percent, 0)} against a target of ${formatPercent(item.targetPercent, 0)} (${VERDICT_WORDS[verdict(item)]})`,
  );
  const below = input.items.filter((item) => verdict(item) === 'below').length;
  const summary =
    below === 0
      ? 'Every group meets its target.'
      : `${below} of ${input.items.length} groups are below target.`;
  return `Bar chart of ${input.rateLabel} by group, with each group's target. ${summary} ${parts.join('; ')}.`;
}

function dataTable(input: SatisfactionChartInput): ChartResult['dataTable'] {
  const withResponses = input.items.some((item) => item.responses !== undefined);
  return {
    caption: `${input.rateLabel} against target`,
    columns: columns(withResponses ? 'lnnln' : 'lnnl'),
    rowHeaders: true,
    header: [['Group', 'Satisfied', 'Target', 'Against target', ...(withResponses ? ['Responses'] : [])]],
    rows: input.items.map((item) => [
      item.label,
      formatPercent(item.percent, 0),
      formatPercent(item.targetPercent, 0),
      VERDICT_WORDS[verdict(item)],
      ...(withResponses ? [item.responses === undefined ? '–' : formatCount(item.responses)] : []),
    ]),
  };
}

function spec(input: SatisfactionChartInput): TopLevelSpec {
  const values = input.items.map((item) => ({
    label: item.label,
    percent: item.percent,
    target: item.targetPercent,
    met: verdict(item) === 'below' ? 'Below target' : 'Meets or exceeds target',
    text: `${formatPercent(item.percent, 0)}: ${VERDICT_WORDS[verdict(item)]} ${formatPercent(item.targetPercent, 0)}`,
  }));
  const y = {
    field: 'label',
    type: 'nominal',
    title: null,
    sort: null,
    axis: { labelFontSize: 11, labelLimit: 160 },
  };
  const x = {
    type: 'quantitative',
    scale: { domain: [0, 100] },
    title: 'Per cent satisfied',
    axis: { values: [0, 20, 40, 60, 80, 100] },
  };
  return {
    width: PLOT_WIDTH - 220,
    height: { step: 30 },
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', height: 16 },
        encoding: {
          x: { ...x, field: 'percent' },
          fill: {
            field: 'met',
            scale: {
              domain: ['Meets or exceeds target', 'Below target'],
              range: [INK.metTargetFill, INK.belowTargetFill],
            },
            legend: { title: null },
          },
          stroke: { value: '#404040' },
        },
      },
      {
        mark: { type: 'tick', thickness: 3, size: 26 },
        encoding: {
          x: { field: 'target', type: 'quantitative' },
          color: {
            datum: 'Target',
            scale: { range: [INK.target] },
            // A vertical bar as the key's symbol: the tick as drawn.
            legend: { title: null, symbolType: 'M-0.15,-1H0.15V1H-0.15Z', symbolSize: 200 },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 6, fontSize: 11, color: '#000000' },
        encoding: { x: { datum: 100 }, text: { field: 'text' } },
      },
    ],
  } as TopLevelSpec;
}

export async function satisfactionChart(input: SatisfactionChartInput): Promise<ChartResult> {
  check(input);
  const svg = await vegaLiteToSvg(CHART, spec(input));
  return {
    svg,
    alt: describe(input),
    dataTable: dataTable(input),
    layers: ['Meets or exceeds target', 'Below target', 'Target'],
  };
}
