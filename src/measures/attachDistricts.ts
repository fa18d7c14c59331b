/**
 * Each measure with a district series gets its district breakdown for the result's period
 * (districtBreakdown.ts): police.uk counts by the small area of each row, force-extract counts by
 * the extract's district column. One query per source for every measure.
 */
import type { Measure } from '../catalogue/measures/schema.js';
import { parsePeriod, previousPeriod } from '../stats/calendar.js';
import type { Store } from '../store/store.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import { districtBreakdown } from './districtBreakdown.js';
import { hasDistrictSeries } from './districtSeries.js';
import { forceDistricts } from './forceDistricts.js';
import { hasPoliceUkDistrictSeries } from './policeUkDistrictSeries.js';
import type { MeasuresResult } from './result.js';
import { workspaceDistrictSeries } from './workspaceDistrictSeries.js';

export async function attachDistricts(
  store: Store,
  result: MeasuresResult,
  measures: readonly Measure[],
  config: WorkspaceConfig,
  alpha: number,
): Promise<MeasuresResult> {
  const districts = forceDistricts(config);
  const wanted = measures.filter((m) => hasDistrictSeries(m) || hasPoliceUkDistrictSeries(m));
  if (districts.length === 0 || wanted.length === 0) return result;
  const period = parsePeriod(result.period.label);
  const series = await workspaceDistrictSeries(
    store,
    wanted,
    { first: previousPeriod(period).first, last: period.last },
    config,
  );
  const byId = new Map(wanted.map((m) => [m.id, m]));
  return {
    ...result,
    measures: result.measures.map((json) => {
      const measure = byId.get(json.id);
      if (!measure || json.status !== 'ok') return json;
      const breakdown = districtBreakdown({
        measureId: json.id,
        source: measure.source === 'police_uk' ? 'police_uk' : 'force_extract',
        period,
        series,
        districts,
        alpha,
      });
      return breakdown ? { ...json, districts: breakdown } : json;
    }),
  };
}
