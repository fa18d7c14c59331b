/**
 * Monthly counts with the 3-year average where it is known: the picture of a district's crimes,
 * and of a measure whose monthly volumes chart cannot be drawn (report/charts/volumesChart.ts needs
 * both a 3-year average and a forecast somewhere in the window; a district has no forecast, and a
 * police.uk series of three years has no average). Same ink, axis and sizes as the volumes chart,
 * and each layer is drawn only when it has data, so no empty layer reaches Vega.
 */
import type { TopLevelSpec } from 'vega-lite';
import { columns } from '../../document/build.js';
import { formatCount, formatNumber, monthLong, monthShort, monthUtc } from '../../document/format.js';
import { withLayers } from '../../narrative/sentences/captions.js';
import type { ChartResult } from '../../report/charts/chartResult.js';
import { vegaLiteToSvg } from '../../report/charts/renderVega.js';
import { INK, PLOT_HEIGHT, PLOT_WIDTH } from '../../report/charts/theme.js';
import { monthAxisEncoding } from '../../report/charts/timeAxis.js';
import type { VolumesChartInput } from '../../report/charts/volumesChart.js';

const layersOf = (withAverage: boolean) => (withAverage ? ['Recorded', '3-year average'] : ['Recorded']);

const derived = (value: number | undefined) => (value === undefined ? '–' : formatNumber(value, 1));

function describe(input: VolumesChartInput): string {
  const points = input.points;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const low = points.reduce((a, b) => (b.count < a.count ? b : a));
  const high = points.reduce((a, b) => (b.count > a.count ? b : a));
  let latest = `In ${monthLong(last.month)} there were ${formatCount(last.count)}`;
  if (last.threeYearAverage !== undefined)
    latest += `, against a 3-year average of ${derived(last.threeYearAverage)}`;
  return [
    `Line chart of ${input.measure} recorded each month from ${monthLong(first.month)} to ${monthLong(last.month)} (${points.length} months).`,
    `The lowest month was ${monthLong(low.month)} with ${formatCount(low.count)} and the highest ${monthLong(high.month)} with ${formatCount(high.count)}.`,
    `${latest}.`,
  ].join(' ');
}

function dataTable(input: VolumesChartInput, withAverage: boolean): ChartResult['dataTable'] {
  return {
    caption: `${input.measure}: recorded each month${withLayers(layersOf(withAverage))}`,
    columns: columns(withAverage ? 'lnn' : 'ln'),
    rowHeaders: true,
    header: [withAverage ? ['Month', 'Recorded', '3-year average'] : ['Month', 'Recorded']],
    rows: input.points.map((p) =>
      withAverage
        ? [monthShort(p.month), formatCount(p.count), derived(p.threeYearAverage)]
        : [monthShort(p.month), formatCount(p.count)],
    ),
  };
}

function spec(input: VolumesChartInput, withAverage: boolean): TopLevelSpec {
  const values = input.points.map((p) => ({
    t: monthUtc(p.month),
    count: p.count,
    average: p.threeYearAverage ?? null,
  }));
  const names = withAverage ? ['Recorded', '3-year average'] : ['Recorded'];
  const legend = { title: null, symbolType: 'stroke', symbolSize: 400 };
  const color = (name: string) => ({
    datum: name,
    scale: { domain: names, range: [INK.series, INK.reference] },
    legend,
  });
  const dash = (name: string) => ({
    datum: name,
    scale: {
      domain: names,
      range: [
        [1, 0],
        [6, 4],
      ],
    },
    legend,
  });
  const recorded = {
    mark: { type: 'line', strokeWidth: 2.5, point: { filled: true, size: 30 } },
    encoding: {
      y: { field: 'count', type: 'quantitative', title: 'Offences recorded', scale: { zero: true } },
      color: color('Recorded'),
      strokeDash: dash('Recorded'),
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
  return {
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    data: { values },
    encoding: { x: monthAxisEncoding(input.points.map((p) => p.month)) },
    layer: withAverage ? [average, recorded] : [recorded],
  } as TopLevelSpec;
}

export async function countsChart(input: VolumesChartInput): Promise<ChartResult> {
  const withAverage = input.points.some((p) => p.threeYearAverage !== undefined);
  const svg = await vegaLiteToSvg('monthly counts', spec(input, withAverage));
  return {
    svg,
    alt: describe(input),
    dataTable: dataTable(input, withAverage),
    layers: layersOf(withAverage),
  };
}

/** Whether report/charts/volumesChart can draw this input (it needs an average and a forecast). */
export function volumesChartCanDraw(input: VolumesChartInput): boolean {
  return (
    input.points.some((p) => p.threeYearAverage !== undefined) &&
    input.points.some((p) => p.forecast !== undefined)
  );
}
