/**
 * Monthly counts per district of the force's police.uk street rows, for every catalogue measure
 * that counts police.uk categories. police.uk has no district column: each row names its small
 * area ("Warwick 001A"), and the words before the number are the local authority district
 * (forceDistricts.ts places them among the workspace's districts with the ONS lookup of the row's
 * month). Rows that cannot be placed are never dropped: they come back under district null with the
 * reason, so the districts and those rows add up to the force total:
 *   no_location         the row has no small area (police.uk publishes a few with no location);
 *   outside_force_area  the small area lies in another force area (anonymised points near the
 *                       border: about 675 of Warwickshire's 51,198 rows in 2025);
 *   unmatched           the name is in no lookup, or names a district the configuration lacks.
 * ONE query groups the current rows by district name, month and category; the months are the ones
 * the store covers for the force (a month it does not cover is absent, never 0).
 */
import type { Measure } from '../catalogue/measures/schema.js';
import { lookupEdition } from '../catalogue/reference/index.js';
import type { Store } from '../store/store.js';
import type { District } from './districtFigures.js';
import type { DistrictCounts, DistrictSeriesResult, DistrictSeriesWindow } from './districtSeries.js';
import { placeDistrictName } from './forceDistricts.js';

export function hasPoliceUkDistrictSeries(measure: Measure): boolean {
  return (
    measure.source === 'police_uk' &&
    measure.statistic === 'count' &&
    (measure.selection.police_uk_categories?.length ?? 0) > 0
  );
}

const SQL = `
  WITH frame AS (
    SELECT DISTINCT period AS month FROM coverage
    WHERE superseded_by IS NULL AND dataset = 'police_uk_street' AND force_slug = $force
      AND period BETWEEN $first::DATE AND $last::DATE
  )
  SELECT CASE WHEN nullif(trim(coalesce(s.lsoa_name, '')), '') IS NULL THEN NULL
           ELSE regexp_extract(trim(s.lsoa_name), '^(.+) [0-9]{3}[A-Z]$', 1) END AS name,
    strftime(f.month, '%Y-%m') AS month, s.crime_type, CAST(count(s.month) AS INTEGER) AS n
  FROM frame f LEFT JOIN current_police_uk_street s
    ON s.force_slug = $force AND s.month = f.month
  GROUP BY ALL
  ORDER BY month`;

type Bucket =
  | { district: string; unplaced?: undefined }
  | { district: null; unplaced: DistrictCounts['unplaced'] };

export async function policeUkDistrictSeries(
  store: Store,
  measures: readonly Measure[],
  window: DistrictSeriesWindow,
  districts: readonly District[],
  forceArea: string | undefined,
): Promise<DistrictSeriesResult> {
  const wanted = measures.filter(hasPoliceUkDistrictSeries);
  if (wanted.length === 0) return { months: [], rows: [] };
  const rows = await store.query<{
    name: string | null;
    month: string;
    crime_type: string | null;
    n: number;
  }>(SQL, { force: window.force, first: `${window.first}-01`, last: `${window.last}-01` });
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const index = new Map(months.map((m, i) => [m, i]));
  const placements = new Map<string, Bucket>();
  const bucketOf = (name: string | null, month: string): Bucket => {
    if (name === null) return { district: null, unplaced: 'no_location' };
    if (name === '') return { district: null, unplaced: 'unmatched' };
    const edition = lookupEdition(month);
    const key = `${edition}|${name}`;
    let bucket = placements.get(key);
    if (!bucket) {
      const placed = placeDistrictName(name, districts, forceArea, edition);
      bucket =
        'district' in placed ? { district: placed.district } : { district: null, unplaced: placed.unplaced };
      placements.set(key, bucket);
    }
    return bucket;
  };
  const byKey = new Map<
    string,
    { measureId: string; district: string | null; unplaced?: DistrictCounts['unplaced']; counts: number[] }
  >();
  const entry = (measureId: string, bucket: Bucket) => {
    const key = JSON.stringify([measureId, bucket.district, bucket.unplaced ?? null]);
    let found = byKey.get(key);
    if (!found) {
      found = {
        measureId,
        district: bucket.district,
        ...(bucket.unplaced ? { unplaced: bucket.unplaced } : {}),
        counts: months.map(() => 0),
      };
      byKey.set(key, found);
    }
    return found;
  };
  // Every district appears for every measure, with zeros, as in the force extract's series.
  for (const m of wanted) for (const d of districts) entry(m.id, { district: d.name });
  for (const row of rows) {
    if (row.crime_type === null) continue;
    const bucket = bucketOf(row.name, row.month);
    for (const m of wanted)
      if (m.selection.police_uk_categories!.includes(row.crime_type))
        entry(m.id, bucket).counts[index.get(row.month)!]! += row.n;
  }
  return { months, rows: [...byKey.values()] };
}
