/**
 * The ChartDrawer the statement builder is given: each request drawn by the report layer's charts
 * (Vega-Lite to SVG, no browser).
 */
import type { ChartDrawer, ChartRequest, DrawnChart } from '../../narrative/statement/types.js';
import { assuranceDrawing, variationDrawing } from '../charts/mdcIconNames.js';
import { rateChart } from '../charts/rateChart.js';
import { satisfactionChart } from '../charts/satisfactionChart.js';
import { spcChart } from '../charts/spcChart.js';
import { volumesChart } from '../charts/volumesChart.js';

export const drawChart: ChartDrawer = async (request: ChartRequest): Promise<DrawnChart> => {
  switch (request.kind) {
    case 'volumes':
      return volumesChart(request);
    case 'rate':
      return rateChart(request);
    case 'satisfaction':
      return satisfactionChart(request);
    case 'spc': {
      const assurance = assuranceDrawing(request.assurance);
      return spcChart({
        measure: request.measure,
        unit: request.unit,
        points: request.points,
        ...(request.target === undefined ? {} : { target: request.target }),
        variation: variationDrawing(request.variation) ?? 'common-cause',
        ...(assurance === undefined ? {} : { assurance }),
      });
    }
  }
};
