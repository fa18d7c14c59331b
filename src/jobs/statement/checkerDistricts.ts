/**
 * The district figures the commentary checker judges "driven by an increase in Rugby" with: each
 * force-extract count measure's monthly counts per district of the configuration (crimes with no
 * district left out), over the history the measures use. One store query for all measures.
 */
import { join } from 'node:path';
import { loadMeasureCatalogue } from '../../catalogue/measures/loadCatalogue.js';
import { referenceVocabulary } from '../../catalogue/measures/vocabulary.js';
import { districtSeries } from '../../measures/districtSeries.js';
import { HISTORY_MONTHS } from '../../measures/settings.js';
import type { DistrictCounts } from '../../narrative/commentary/districtClaims.js';
import { addMonths, type Month, type Period } from '../../stats/calendar.js';
import { monthlySeries } from '../../stats/series.js';
import type { Store } from '../../store/store.js';
import type { WorkspaceConfig } from '../../workspace/config.js';

export async function checkerDistricts(
  store: Store,
  workspaceRoot: string,
  config: WorkspaceConfig,
  period: Period,
): Promise<ReadonlyMap<string, readonly DistrictCounts[]>> {
  if (config.districts.length === 0) return new Map();
  const catalogue = loadMeasureCatalogue({
    vocabulary: referenceVocabulary(config.satisfaction.cohorts),
    workspaceDir: join(workspaceRoot, 'measures'),
  });
  const series = await districtSeries(
    store,
    catalogue.entries.map((e) => e.measure),
    { force: config.force.slug, first: addMonths(period.last, -(HISTORY_MONTHS - 1)), last: period.last },
  );
  const areaOf = new Map(config.districts.map((d) => [d.name, d.area]));
  const byMeasure = new Map<string, DistrictCounts[]>();
  for (const row of series.rows) {
    if (row.district === null) continue;
    const counts = monthlySeries(
      series.months.map((m, i): [Month, number] => [m as Month, row.counts[i] ?? 0]),
    );
    const area = areaOf.get(row.district);
    const list = byMeasure.get(row.measureId) ?? [];
    list.push({ name: row.district, ...(area ? { area } : {}), counts });
    byMeasure.set(row.measureId, list);
  }
  return byMeasure;
}
