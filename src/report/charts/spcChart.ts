/**
 * The statistical process control (XmR) chart of Making Data Count: the monthly values, their
 * mean, the natural process limits, the target if there is one, and the points where a special
 * cause rule fired. Special-cause points differ in shape as well as colour (improvement a diamond,
 * concern a square, neither a triangle), so the chart reads in greyscale; the variation and
 * assurance icons sit above it with their meanings written out.
 *
 * The chart draws what the stats layer decided; it computes no limits and tests no rules.
 */
import type { TopLevelSpec } from 'vega-lite';
import { columns } from '../../document/build.js';
import {
  formatCount,
  formatNumber,
  formatPercent,
  monthLong,
  monthShort,
  monthUtc,
} from '../../document/format.js';
import type { Problem } from '../../errors/problem.js';
import type { ChartSignal } from '../../narrative/sentences/spcPoints.js';
import type { ChartResult } from './chartResult.js';
import { checkFinite, checkLength, checkMonths, throwIfAny } from './checkSeries.js';
import {
  ASSURANCE_MEANINGS,
  type AssuranceIcon,
  assuranceIconShapes,
  LABELLED_ICON_WIDTH,
  VARIATION_MEANINGS,
  type VariationIcon,
  variationIconShapes,
} from './mdcIcons.js';
import { vegaLiteToSvg } from './renderVega.js';
import { escapeXml, svgInner, svgSize } from './svgTools.js';
import { FONT_FAMILY, INK, PLOT_HEIGHT, PLOT_WIDTH } from './theme.js';
import { monthAxisEncoding } from './timeAxis.js';

/** Making Data Count's signal of a point, as src/narrative/sentences/spcPoints.ts reads it. */
export type SpcSignal = ChartSignal;

export interface SpcPoint {
  readonly month: string;
  readonly value: number;
  /** The centre line and natural process limits in force for this month (they step when re-baselined). */
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  /** Set when a special-cause rule fired for this point. */
  readonly signal?: SpcSignal;
  /** Which rule fired, as the board pack names it, e.g. 'outside the process limits'. */
  readonly rule?: string;
}

export interface SpcChartInput {
  readonly measure: string;
  readonly unit: 'count' | 'percent';
  readonly points: readonly SpcPoint[];
  readonly target?: number;
  readonly variation: VariationIcon;
  /** Only meaningful with a target. */
  readonly assurance?: AssuranceIcon;
}

const CHART = 'SPC';
const CATEGORIES = ['Common cause', 'Improvement', 'Concern', 'Special cause (neither)'] as const;
const CATEGORY_OF: Record<SpcSignal, (typeof CATEGORIES)[number]> = {
  improvement: 'Improvement',
  concern: 'Concern',
  neither: 'Special cause (neither)',
};

function check(input: SpcChartInput): void {
  const out: Problem[] = [];
  checkLength(CHART, 'points', 2, input.points.length, out);
  checkMonths(
    CHART,
    'points',
    input.points.map((p) => p.month),
    out,
  );
  input.points.forEach((p, i) => {
    for (const key of ['value', 'mean', 'lower', 'upper'] as const)
      checkFinite(CHART, `points[${i}].${key}`, p[key], out);
  });
  checkFinite(CHART, 'target', input.target, out);
  throwIfAny(out);
}

function formatter(input: SpcChartInput): { value: (v: number) => string; derived: (v: number) => string } {
  return input.unit === 'percent'
    ? { value: (v) => formatPercent(v), derived: (v) => formatPercent(v) }
    : { value: formatCount, derived: (v) => formatNumber(v, 1) };
}

/**
 * The chart in words: the period, the range, the latest value against its limits, how many points
 * show special cause variation and which way, then where to find each point (the data table).
 * Points are counted, not listed: a screen reader should not read 30 months aloud.
 */
function describe(input: SpcChartInput): string {
  const f = formatter(input);
  const first = input.points[0]!;
  const last = input.points[input.points.length - 1]!;
  const low = input.points.reduce((a, b) => (b.value < a.value ? b : a));
  const high = input.points.reduce((a, b) => (b.value > a.value ? b : a));
  const sentences = [
    `Statistical process control (XmR) chart of monthly ${input.measure} from ${monthLong(first.month)} to ${monthLong(last.month)} (${input.points.length} months).`,
    `Values ranged from ${f.value(low.value)} in ${monthLong(low.month)} to ${f.value(high.value)} in ${monthLong(high.month)}.`,
    `In ${monthLong(last.month)} the value was ${f.value(last.value)}, against a mean of ${f.derived(last.mean)} and process limits of ${f.derived(last.lower)} to ${f.derived(last.upper)}.`,
  ];
  if (input.target !== undefined) sentences.push(`The target is ${f.derived(input.target)}.`);
  const special = input.points.filter((p) => p.signal !== undefined);
  if (special.length === 0) sentences.push('No point shows special cause variation.');
  else {
    const counts = (['improvement', 'concern', 'neither'] as const)
      .map((signal) => [signal, special.filter((p) => p.signal === signal).length] as const)
      .filter(([, n]) => n > 0)
      .map(([signal, n]) => `${n} ${CATEGORY_OF[signal].toLowerCase()}`);
    const list = counts.length === 1 ? counts[0] : `${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}`;
    sentences.push(
      `${special.length === 1 ? 'One point shows' : `${special.length} points show`} special cause variation (${list}); the data table lists each month and its signal.`,
    );
  }
  sentences.push(`${VARIATION_MEANINGS[input.variation].long}.`);
  if (input.assurance) sentences.push(`${ASSURANCE_MEANINGS[input.assurance].long}.`);
  return sentences.join(' ');
}

function dataTable(input: SpcChartInput): ChartResult['dataTable'] {
  const f = formatter(input);
  return {
    caption: `${input.measure}: monthly values with the mean, the process limits and the special cause signals`,
    columns: columns('lnnnnl'),
    rowHeaders: true,
    header: [['Month', 'Value', 'Mean', 'Lower limit', 'Upper limit', 'Signal']],
    rows: input.points.map((p) => [
      monthShort(p.month),
      f.value(p.value),
      f.derived(p.mean),
      f.derived(p.lower),
      f.derived(p.upper),
      p.signal === undefined ? 'Common cause' : `${CATEGORY_OF[p.signal]}${p.rule ? `: ${p.rule}` : ''}`,
    ]),
  };
}

function spec(input: SpcChartInput): TopLevelSpec {
  const values = input.points.map((p) => ({
    t: monthUtc(p.month),
    value: p.value,
    mean: p.mean,
    lower: p.lower,
    upper: p.upper,
    target: input.target ?? null,
    category: p.signal === undefined ? 'Common cause' : CATEGORY_OF[p.signal],
    size: p.signal === undefined ? 30 : 100,
  }));
  const refs = input.target === undefined ? ['Mean', 'Process limits'] : ['Mean', 'Process limits', 'Target'];
  const refScale = { domain: refs, range: [INK.reference, INK.reference, INK.target] };
  const refDash = {
    domain: refs,
    range: [
      [1, 0],
      [5, 3],
      [2, 2],
    ],
  };
  const legend = { title: null, symbolType: 'stroke', symbolSize: 400 };
  const refLine = (field: string, name: string) => ({
    mark: { type: 'line', strokeWidth: name === 'Mean' ? 1.5 : 1.5, interpolate: 'step-after' },
    encoding: {
      y: { field, type: 'quantitative' },
      color: { datum: name, scale: refScale, legend },
      strokeDash: { datum: name, scale: refDash, legend },
    },
  });
  const yTitle = input.unit === 'percent' ? 'Per cent' : 'Count';
  return {
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values },
    encoding: { x: monthAxisEncoding(input.points.map((p) => p.month)) },
    layer: [
      refLine('upper', 'Process limits'),
      refLine('lower', 'Process limits'),
      refLine('mean', 'Mean'),
      ...(input.target === undefined ? [] : [refLine('target', 'Target')]),
      {
        mark: { type: 'line', strokeWidth: 1.5, color: '#404040' },
        encoding: { y: { field: 'value', type: 'quantitative', title: yTitle, scale: { zero: false } } },
      },
      {
        mark: { type: 'point', filled: true, opacity: 1, stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          y: { field: 'value', type: 'quantitative' },
          shape: {
            field: 'category',
            scale: { domain: [...CATEGORIES], range: ['circle', 'diamond', 'square', 'triangle-up'] },
            legend: { title: null },
          },
          fill: {
            field: 'category',
            scale: {
              domain: [...CATEGORIES],
              range: [INK.commonCause, INK.improvement, INK.concern, INK.neither],
            },
            legend: { title: null },
          },
          // Special-cause points drawn larger than the rest; the size is data, not a scale, so the
          // legend keeps one entry per category.
          size: { field: 'size', type: 'quantitative', scale: null, legend: null },
        },
      },
    ],
  } as TopLevelSpec;
}

const ICON_ROW = 60;

/** The icons, each with its meaning written beside it, in a row above the chart. */
function iconRow(input: SpcChartInput): string {
  const label = (x: number, heading: string, text: string) =>
    `<text x="${x + 56}" y="23" font-family="${FONT_FAMILY}" font-size="11" fill="#262626">${escapeXml(heading)}</text>` +
    `<text x="${x + 56}" y="38" font-family="${FONT_FAMILY}" font-size="11" font-weight="bold" fill="#000000">${escapeXml(text)}</text>`;
  let out =
    variationIconShapes(input.variation, 8, 4) +
    label(8, 'Variation', VARIATION_MEANINGS[input.variation].short);
  if (input.assurance) {
    const x = 8 + LABELLED_ICON_WIDTH + 16;
    out +=
      assuranceIconShapes(input.assurance, x, 4) +
      label(x, 'Assurance', ASSURANCE_MEANINGS[input.assurance].short);
  }
  return out;
}

export async function spcChart(input: SpcChartInput): Promise<ChartResult> {
  check(input);
  const chart = await vegaLiteToSvg(CHART, spec(input));
  const { width, height } = svgSize(chart);
  const total = height + ICON_ROW;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">` +
    `<rect width="${width}" height="${total}" fill="white"/>${iconRow(input)}` +
    `<g transform="translate(0,${ICON_ROW})">${svgInner(chart)}</g></svg>`;
  const layers = ['Mean', 'Process limits', ...(input.target === undefined ? [] : ['Target']), ...CATEGORIES];
  return { svg, alt: describe(input), dataTable: dataTable(input), layers };
}
