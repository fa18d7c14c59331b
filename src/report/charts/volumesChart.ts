/**
 * Monthly volumes with the 3-year average and the forecast interval: the force performance
 * report's standard picture (the reference report's 'Figure 3 – Burglary (Home) Volumes').
 * The recorded series is a dark solid line with dots, the 3-year average a grey dashed line, the
 * forecast interval a pale band with the forecast itself as hollow diamonds: four different inks
 * that stay apart in greyscale.
 */
import type { TopLevelSpec } from 'vega-lite';
import { columns } from '../../document/build.js';
import { formatCount, formatNumber, monthLong, monthShort, monthUtc } from '../../document/format.js';
import type { Problem } from '../../errors/problem.js';
import { withLayers } from '../../narrative/sentences/captions.js';
import type { ChartResult } from './chartResult.js';
import { checkFinite, checkLength, checkMonths, throwIfAny } from './checkSeries.js';
import { vegaLiteToSvg } from './renderVega.js';
import { INK, PLOT_HEIGHT, PLOT_WIDTH } from './theme.js';
import { monthAxisEncoding } from './timeAxis.js';

export interface VolumePoint {
  readonly month: string;
  /** Recorded count in the month. */
  readonly count: number;
  /** Mean of the same month over the previous three years, when known. */
  readonly threeYearAverage?: number;
  /** The forecast for the month and its interval, when the month was forecast. */
  readonly forecast?: { readonly mean: number; readonly lower: number; readonly upper: number };
}

export interface VolumesChartInput {
  /** What is counted, as in the caption: 'Burglary (Home)'. */
  readonly measure: string;
  /**
   * At least 12 months, oldest first. The house style draws 25 or more (two years and the latest
   * month, statement/chartRequests.ts); a police.uk proxy may have only the year its files cover.
   */
  readonly points: readonly VolumePoint[];
  /** Coverage of the forecast interval in percent, e.g. 95. */
  readonly intervalPercent: number;
}

const CHART = 'monthly volumes';
const MINIMUM_MONTHS = 12;

function check(input: VolumesChartInput): void {
  const out: Problem[] = [];
  checkLength(CHART, 'points', MINIMUM_MONTHS, input.points.length, out);
  checkMonths(
    CHART,
    'points',
    input.points.map((p) => p.month),
    out,
  );
  input.points.forEach((p, i) => {
    checkFinite(CHART, `points[${i}].count`, p.count, out);
    checkFinite(CHART, `points[${i}].threeYearAverage`, p.threeYearAverage, out);
    checkFinite(CHART, `points[${i}].forecast.mean`, p.forecast?.mean, out);
    checkFinite(CHART, `points[${i}].forecast.lower`, p.forecast?.lower, out);
    checkFinite(CHART, `points[${i}].forecast.upper`, p.forecast?.upper, out);
  });
  throwIfAny(out);
}

const derived = (value: number | undefined) => (value === undefined ? '–' : formatNumber(value, 1));

/**
 * The alt text: what the chart is (`what`, ending before ' from'), its span, its lowest and highest
 * months, and the latest month against its 3-year average and forecast where drawn. Also the site's
 * counts chart's.
 */
export function describeVolumes(
  what: string,
  input: Pick<VolumesChartInput, 'points' | 'intervalPercent'>,
): string {
  const points = input.points;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const low = points.reduce((a, b) => (b.count < a.count ? b : a));
  const high = points.reduce((a, b) => (b.count > a.count ? b : a));
  const sentences = [
    `${what} from ${monthLong(first.month)} to ${monthLong(last.month)} (${points.length} months).`,
    `The lowest month was ${monthLong(low.month)} with ${formatCount(low.count)} and the highest ${monthLong(high.month)} with ${formatCount(high.count)}.`,
  ];
  let latest = `In ${monthLong(last.month)} there were ${formatCount(last.count)}`;
  if (last.threeYearAverage !== undefined)
    latest += `, against a 3-year average of ${derived(last.threeYearAverage)}`;
  if (last.forecast) {
    latest += ` and a forecast of ${derived(last.forecast.mean)} (${input.intervalPercent}% interval ${derived(last.forecast.lower)} to ${derived(last.forecast.upper)})`;
  }
  sentences.push(`${latest}.`);
  return sentences.join(' ');
}

/** The layers this input draws: a window without a forecast or an average leaves that layer out. */
function layersOf(input: VolumesChartInput): string[] {
  const hasForecast = input.points.some((p) => p.forecast !== undefined);
  const hasAverage = input.points.some((p) => p.threeYearAverage !== undefined);
  return [
    'Recorded',
    ...(hasAverage ? ['3-year average'] : []),
    ...(hasForecast ? ['Forecast', `Forecast ${input.intervalPercent}% interval`] : []),
  ];
}

function dataTable(input: VolumesChartInput): ChartResult['dataTable'] {
  return {
    caption: `${input.measure}: recorded volumes by month${withLayers(layersOf(input))}`,
    columns: columns('lnnnnn'),
    rowHeaders: true,
    header: [['Month', 'Recorded', '3-year average', 'Forecast', 'Interval lower', 'Interval upper']],
    rows: input.points.map((p) => [
      monthShort(p.month),
      formatCount(p.count),
      derived(p.threeYearAverage),
      derived(p.forecast?.mean),
      derived(p.forecast?.lower),
      derived(p.forecast?.upper),
    ]),
  };
}

/**
 * The chart's Vega-Lite spec: the one spec of monthly counts, also drawn without a forecast by the
 * site's counts chart (src/site/charts/countsChart.ts).
 */
export function volumesSpec(input: Pick<VolumesChartInput, 'points' | 'intervalPercent'>): TopLevelSpec {
  const months = input.points.map((p) => p.month);
  const values = input.points.map((p) => ({
    t: monthUtc(p.month),
    count: p.count,
    average: p.threeYearAverage ?? null,
    mean: p.forecast?.mean ?? null,
    lower: p.forecast?.lower ?? null,
    upper: p.forecast?.upper ?? null,
  }));
  const x = monthAxisEncoding(months);
  const interval = `Forecast ${input.intervalPercent}% interval`;
  // Lines share one legend (colour and dash merged on the same names); the forecast diamond and
  // the interval band get legends of their own so each key shows the ink actually drawn.
  const hasForecast = input.points.some((p) => p.forecast !== undefined);
  const hasAverage = input.points.some((p) => p.threeYearAverage !== undefined);
  // The legend names only the lines drawn.
  const lines = { domain: hasAverage ? ['Recorded', '3-year average'] : ['Recorded'] };
  const legend = { title: null, symbolType: 'stroke', symbolSize: 400 };
  const color = (name: string) => ({
    datum: name,
    scale: { ...lines, range: [INK.series, INK.reference] },
    legend,
  });
  const dash = (name: string) => ({
    datum: name,
    scale: {
      ...lines,
      range: [
        [1, 0],
        [6, 4],
      ],
    },
    legend,
  });
  const band = {
    transform: [{ filter: 'datum.lower != null && datum.upper != null' }],
    mark: { type: 'area', opacity: 1 },
    encoding: {
      y: { field: 'lower', type: 'quantitative' },
      y2: { field: 'upper' },
      fill: {
        datum: interval,
        scale: { range: [INK.band] },
        legend: { title: null, symbolType: 'square' },
      },
    },
  };
  const average = {
    transform: [{ filter: 'datum.average != null' }],
    mark: { type: 'line', strokeWidth: 2 },
    encoding: {
      y: { field: 'average', type: 'quantitative' },
      color: color('3-year average'),
      strokeDash: dash('3-year average'),
    },
  };
  const recorded = {
    mark: { type: 'line', strokeWidth: 2.5, point: { filled: true, size: 30 } },
    encoding: {
      y: { field: 'count', type: 'quantitative', title: 'Offences recorded', scale: { zero: true } },
      color: color('Recorded'),
      strokeDash: dash('Recorded'),
    },
  };
  const diamonds = {
    transform: [{ filter: 'datum.mean != null' }],
    mark: { type: 'point', filled: false, size: 70, strokeWidth: 1.5, color: INK.series },
    encoding: {
      y: { field: 'mean', type: 'quantitative' },
      shape: { datum: 'Forecast', scale: { range: ['diamond'] }, legend: { title: null } },
    },
  };
  return {
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values },
    encoding: { x },
    // A layer whose data are all filtered out gives Vega an empty extent (an error), so a window
    // without a forecast or a 3-year average leaves that layer out rather than drawing nothing.
    layer: [
      ...(hasForecast ? [band] : []),
      ...(hasAverage ? [average] : []),
      recorded,
      ...(hasForecast ? [diamonds] : []),
    ],
    resolve: { scale: { fill: 'independent' } },
  } as TopLevelSpec;
}

export async function volumesChart(input: VolumesChartInput): Promise<ChartResult> {
  check(input);
  const svg = await vegaLiteToSvg(CHART, volumesSpec(input));
  return {
    svg,
    alt: describeVolumes(`Line chart of monthly recorded ${input.measure} volumes`, input),
    dataTable: dataTable(input),
    layers: layersOf(input),
  };
}
