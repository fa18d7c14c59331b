/**
 * Drawing the site's charts, each at most once. A chart is a pure function of its input, so the
 * drawn chart is kept under the hash of its input: in memory (site serve redraws nothing after a
 * commentary edit) and, when given a folder, on disk (.scrutiny/cache/site/charts/), so a second
 * `site build` after a small change draws only the charts whose numbers changed. Drawing a chart
 * with Vega takes a tenth of a second or more; a site has well over a hundred.
 */

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartResult } from '../../report/charts/chartResult.js';
import { rateChart } from '../../report/charts/rateChart.js';
import { spcChart } from '../../report/charts/spcChart.js';
import { volumesChart } from '../../report/charts/volumesChart.js';
import { writeFileAtomic } from '../../workspace/writeAtomic.js';
import type { ChartInput } from './chartInputs.js';
import { countsChart, volumesChartCanDraw } from './countsChart.js';

/** Bump when the charts' drawing changes in a way their input does not show. */
const DRAWING_VERSION = 2;

function draw(chart: ChartInput): Promise<ChartResult> {
  switch (chart.kind) {
    case 'volumes':
      return volumesChartCanDraw(chart.input) ? volumesChart(chart.input) : countsChart(chart.input);
    case 'rate':
      return rateChart(chart.input);
    case 'spc':
      return spcChart(chart.input);
  }
}

export class ChartCache {
  private readonly memory = new Map<string, Promise<ChartResult>>();
  /** Charts drawn (not found in a cache) since the cache was made: what a rebuild cost. */
  drawn = 0;
  /** Keys asked for since the last prune: the charts the current site uses. */
  private readonly used = new Set<string>();

  constructor(
    /** Folder for the disk cache; none when undefined. */
    private readonly dir: string | undefined,
    private readonly version: string,
  ) {}

  key(chart: ChartInput): string {
    return createHash('sha256')
      .update(`${DRAWING_VERSION}\0${this.version}\0${chart.kind}\0${JSON.stringify(chart.input)}`)
      .digest('hex')
      .slice(0, 32);
  }

  chart(chart: ChartInput): Promise<ChartResult> {
    const key = this.key(chart);
    this.used.add(key);
    let found = this.memory.get(key);
    if (!found) {
      found = this.load(key, chart);
      this.memory.set(key, found);
      // A failed drawing is not kept: the next build tries again (and reports the error again).
      found.catch(() => this.memory.delete(key));
    }
    return found;
  }

  /** Forget the charts no page asked for since the last prune, in memory and on disk. */
  prune(): void {
    for (const key of this.memory.keys()) if (!this.used.has(key)) this.memory.delete(key);
    if (this.dir && existsSync(this.dir))
      for (const name of readdirSync(this.dir))
        if (!this.used.has(name.replace(/\.json$/, ''))) rmSync(join(this.dir, name), { force: true });
    this.used.clear();
  }

  private async load(key: string, chart: ChartInput): Promise<ChartResult> {
    const file = this.dir === undefined ? undefined : join(this.dir, `${key}.json`);
    if (file && existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as ChartResult;
      } catch {
        // A cache file cut short is drawn again.
      }
    }
    const result = await draw(chart);
    this.drawn++;
    if (file && this.dir) {
      writeFileAtomic(file, JSON.stringify(result));
    }
    return result;
  }
}
