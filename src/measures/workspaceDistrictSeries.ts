/**
 * The district series of every measure that has one: force-extract crimes by their `district`
 * column (districtSeries.ts) and police.uk rows by the district their small area lies in
 * (policeUkDistrictSeries.ts), merged onto one list of months. A month one source does not cover
 * is null in that source's rows, never 0.
 */
import type { Measure } from '../catalogue/measures/schema.js';
import type { Store } from '../store/store.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import { type DistrictSeriesResult, type DistrictSeriesWindow, districtSeries } from './districtSeries.js';
import { forceAreaOf, forceDistricts } from './forceDistricts.js';
import { policeUkDistrictSeries } from './policeUkDistrictSeries.js';

export function mergeDistrictSeries(parts: readonly DistrictSeriesResult[]): DistrictSeriesResult {
  const months = [...new Set(parts.flatMap((p) => p.months))].sort();
  const rows = parts.flatMap((part) => {
    const at = new Map(part.months.map((m, i) => [m, i]));
    return part.rows.map((row) => ({
      ...row,
      counts: months.map((m) => {
        const i = at.get(m);
        return i === undefined ? null : (row.counts[i] ?? null);
      }),
    }));
  });
  return { months, rows };
}

export async function workspaceDistrictSeries(
  store: Store,
  measures: readonly Measure[],
  window: Omit<DistrictSeriesWindow, 'force'>,
  config: WorkspaceConfig,
): Promise<DistrictSeriesResult> {
  const full = { ...window, force: config.force.slug };
  const extract = await districtSeries(store, measures, full);
  const policeUk = await policeUkDistrictSeries(
    store,
    measures,
    full,
    forceDistricts(config),
    forceAreaOf(config),
  );
  return mergeDistrictSeries([extract, policeUk]);
}
