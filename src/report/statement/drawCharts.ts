/**
 * The ChartDrawer the statement builder is given: each request drawn by the report layer's charts
 * (Vega-Lite to SVG, no browser). The stats layer's Making Data Count icon names are mapped to the
 * chart module's here.
 */
import type { ChartDrawer, ChartRequest, DrawnChart } from '../../narrative/statement/types.js';
import type { AssuranceIcon, VariationIcon } from '../charts/mdcIcons.js';
import { rateChart } from '../charts/rateChart.js';
import { satisfactionChart } from '../charts/satisfactionChart.js';
import { spcChart } from '../charts/spcChart.js';
import { volumesChart } from '../charts/volumesChart.js';

const VARIATION: Readonly<Record<string, VariationIcon>> = {
  common_cause: 'common-cause',
  improvement_high: 'improvement-high',
  improvement_low: 'improvement-low',
  concern_high: 'concern-high',
  concern_low: 'concern-low',
  neutral_high: 'neither-high',
  neutral_low: 'neither-low',
};

const ASSURANCE: Readonly<Record<string, AssuranceIcon>> = {
  pass: 'pass',
  fail: 'fail',
  inconsistent: 'hit-and-miss',
};

export const drawChart: ChartDrawer = async (request: ChartRequest): Promise<DrawnChart> => {
  switch (request.kind) {
    case 'volumes':
      return volumesChart(request);
    case 'rate':
      return rateChart(request);
    case 'satisfaction':
      return satisfactionChart(request);
    case 'spc': {
      const assurance = request.assurance === undefined ? undefined : ASSURANCE[request.assurance];
      return spcChart({
        measure: request.measure,
        unit: request.unit,
        points: request.points,
        ...(request.target === undefined ? {} : { target: request.target }),
        variation: VARIATION[request.variation] ?? 'common-cause',
        ...(assurance === undefined ? {} : { assurance }),
      });
    }
  }
};
