/**
 * Police officers per force and 31 March from the current rows of the Home Office police workforce
 * open data table (worker type 'police officer', every rank and sex summed), for the subject force
 * and its peers, and the file that fed them (its release date is in its published name).
 */
import type { Store } from '../../store/store.js';
import { releaseDateOf } from '../publishedSource.js';
import type { OfficerRow } from './officerNumbers.js';

export const WORKFORCE_TABLE_NAME = 'Home Office police workforce open data table';

export interface OfficerData {
  readonly rows: OfficerRow[];
  readonly released: string | null;
}

export async function officerRows(store: Store, forces: readonly string[]): Promise<OfficerData> {
  const rows = await store.query<{ force_slug: string; as_at: string; fte: number; headcount: number }>(
    `SELECT force_slug, strftime(as_at, '%Y-%m-%d') AS as_at,
       sum(coalesce(fte, 0))::DOUBLE AS fte, sum(coalesce(headcount, 0))::DOUBLE AS headcount
     FROM current_ho_workforce
     WHERE worker_type = 'police officer'
       AND list_contains(from_json($forces, '["VARCHAR"]'), force_slug)
     GROUP BY ALL ORDER BY force_slug, as_at`,
    { forces: JSON.stringify(forces) },
  );
  const file = await store.queryOne<{ path: string }>(
    `SELECT s.path FROM sources s
     WHERE s.source_id IN (SELECT source_id FROM current_ho_workforce)
     ORDER BY s.version_key DESC LIMIT 1`,
  );
  return {
    rows: rows.map((r) => ({
      forceSlug: r.force_slug,
      asAt: r.as_at,
      // Summed FTE carries float noise (806.4100000000001): two decimals as published.
      fte: Math.round(r.fte * 100) / 100,
      headcount: r.headcount,
    })),
    released: file ? releaseDateOf(file.path) : null,
  };
}
