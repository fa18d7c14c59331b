/**
 * Monthly counts with the 3-year average where it is known: the picture of a district's crimes,
 * and of a measure whose monthly volumes chart cannot be drawn (report/charts/volumesChart.ts needs
 * both a 3-year average and a forecast somewhere in the window; a district has no forecast, and a
 * police.uk series of three years has no average). The volumes chart's own spec without the
 * forecast, which draws each layer only when it has data, so no empty layer reaches Vega.
 */
import { columns } from '../../document/build.js';
import { formatCount, formatNumber, monthShort } from '../../document/format.js';
import { withLayers } from '../../narrative/sentences/captions.js';
import type { ChartResult } from '../../report/charts/chartResult.js';
import { vegaLiteToSvg } from '../../report/charts/renderVega.js';
import { describeVolumes, type VolumesChartInput, volumesSpec } from '../../report/charts/volumesChart.js';

const layersOf = (withAverage: boolean) => (withAverage ? ['Recorded', '3-year average'] : ['Recorded']);

const derived = (value: number | undefined) => (value === undefined ? '–' : formatNumber(value, 1));

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

/** The input with the forecast left out: the volumes chart's spec and alt text then draw the rest. */
function withoutForecast(input: VolumesChartInput): VolumesChartInput {
  return { ...input, points: input.points.map(({ forecast: _, ...point }) => point) };
}

export async function countsChart(input: VolumesChartInput): Promise<ChartResult> {
  const withAverage = input.points.some((p) => p.threeYearAverage !== undefined);
  const counts = withoutForecast(input);
  const svg = await vegaLiteToSvg('monthly counts', volumesSpec(counts));
  return {
    svg,
    alt: describeVolumes(`Line chart of ${input.measure} recorded each month`, counts),
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
