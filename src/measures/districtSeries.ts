/**
 * Monthly counts per district of the force's own crimes (the force extract's `district` column),
 * for every catalogue measure that counts force-extract crimes by offence code and flags. This is
 * what answers a resident's "is burglary going up where I live?".
 *
 * ONE query for all measures: the current crimes of the force are grouped once into cells
 * (district, month, offence code, flags), each measure's selection is bound as a JSON def and sums
 * the cells it selects, and every (measure, district, month) the store covers comes back, 0 where
 * nothing was recorded. A month the store does not cover is absent, never 0. Crimes with no
 * district come back under district null, so the districts and that row add up to the force total.
 */
import type { Measure } from '../catalogue/measures/schema.js';
import type { Store } from '../store/store.js';

export interface DistrictSeriesWindow {
  readonly force: string;
  /** Months 'YYYY-MM', inclusive. */
  readonly first: string;
  readonly last: string;
}

export interface DistrictCounts {
  readonly measureId: string;
  /** As the force extract writes it; null for crimes with no district recorded. */
  readonly district: string | null;
  /** Why a row with district null has none (police.uk only; policeUkDistrictSeries.ts). */
  readonly unplaced?: 'no_location' | 'outside_force_area' | 'unmatched';
  /**
   * One count per month of DistrictSeriesResult.months, in order; null for a month the measure's
   * source does not cover (when force extract and police.uk series are merged, their months differ).
   */
  readonly counts: readonly (number | null)[];
}

export interface DistrictSeriesResult {
  /** The months the store covers in the window, oldest first. */
  readonly months: readonly string[];
  readonly rows: readonly DistrictCounts[];
}

/** Counts of force-extract crimes selected by offence codes and/or flags: the ones a district has. */
export function hasDistrictSeries(measure: Measure): boolean {
  const { selection } = measure;
  return (
    measure.source === 'force_extract' &&
    measure.statistic === 'count' &&
    (selection.offence_codes !== undefined || selection.flags !== undefined)
  );
}

const SQL = `
  WITH defs AS (
    SELECT unnest(d) FROM (
      SELECT unnest(from_json($defs, '[{"id":"VARCHAR","codes":["VARCHAR"],"flags":["VARCHAR"]}]')) AS d)
  ),
  frame AS (
    SELECT DISTINCT period AS month FROM coverage
    WHERE superseded_by IS NULL AND dataset = 'force_crimes' AND force_slug = $force
      AND period BETWEEN $first::DATE AND $last::DATE
  ),
  cells AS (
    SELECT district, month, offence_code, flags, count(*) AS n
    FROM current_force_crimes
    WHERE force_slug = $force AND month BETWEEN $first::DATE AND $last::DATE
    GROUP BY ALL
  ),
  districts AS (SELECT DISTINCT district FROM cells),
  agg AS (
    SELECT d.id, c.district, c.month, sum(c.n) AS n
    FROM cells c JOIN defs d
      ON (d.codes IS NULL OR list_contains(d.codes, c.offence_code))
     AND (d.flags IS NULL OR list_has_all(c.flags, d.flags))
    GROUP BY ALL
  )
  SELECT d.id, ds.district, strftime(f.month, '%Y-%m') AS month, CAST(coalesce(agg.n, 0) AS INTEGER) AS n
  FROM frame f CROSS JOIN defs d CROSS JOIN districts ds
  LEFT JOIN agg ON agg.id = d.id AND agg.month = f.month AND agg.district IS NOT DISTINCT FROM ds.district
  ORDER BY d.id, ds.district NULLS LAST, f.month`;

export async function districtSeries(
  store: Store,
  measures: readonly Measure[],
  window: DistrictSeriesWindow,
): Promise<DistrictSeriesResult> {
  const wanted = measures.filter(hasDistrictSeries);
  if (wanted.length === 0) return { months: [], rows: [] };
  const defs = wanted.map((m) => ({
    id: m.id,
    codes: m.selection.offence_codes ?? null,
    flags: m.selection.flags ?? null,
  }));
  const rows = await store.query<{ id: string; district: string | null; month: string; n: number }>(SQL, {
    defs: JSON.stringify(defs),
    force: window.force,
    first: `${window.first}-01`,
    last: `${window.last}-01`,
  });
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const index = new Map(months.map((m, i) => [m, i]));
  const byKey = new Map<string, { measureId: string; district: string | null; counts: number[] }>();
  for (const row of rows) {
    const key = JSON.stringify([row.id, row.district]);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { measureId: row.id, district: row.district, counts: months.map(() => 0) };
      byKey.set(key, entry);
    }
    entry.counts[index.get(row.month)!] = row.n;
  }
  return { months, rows: [...byKey.values()] };
}
