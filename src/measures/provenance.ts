/**
 * Which files fed a series: the sources whose CURRENT coverage rows (not superseded) fall inside the
 * series' window for its datasets and force. Each figure in the JSON can thus be traced to a file,
 * its SHA-256 and the police.uk archive month or force extract date it came from.
 */
import type { Store } from '../store/store.js';

export interface ProvenanceEntry {
  readonly forceSlug: string;
  readonly dataset: string;
  readonly path: string;
  readonly sha256: string;
  readonly archiveMonth: string | null;
  readonly extractDate: string | null;
  /** First and last month (or quarter start) this file supplies to the series. */
  readonly first: string;
  readonly last: string;
}

export async function provenanceOf(
  store: Store,
  datasets: readonly string[],
  forces: readonly string[],
  first: string,
  last: string,
): Promise<ProvenanceEntry[]> {
  const rows = await store.query<{
    force_slug: string;
    dataset: string;
    path: string;
    sha256: string;
    archive_month: string | null;
    extract_date: string | null;
    first: string;
    last: string;
  }>(
    `SELECT c.force_slug, c.dataset, s.path, s.sha256, s.archive_month, strftime(s.extract_date, '%Y-%m-%d') AS extract_date,
       strftime(min(c.period), '%Y-%m') AS first, strftime(max(c.period), '%Y-%m') AS last
     FROM coverage c JOIN sources s ON s.source_id = c.source_id
     WHERE c.superseded_by IS NULL
       AND list_contains(from_json($datasets, '["VARCHAR"]'), c.dataset)
       AND list_contains(from_json($forces, '["VARCHAR"]'), c.force_slug)
       AND c.period BETWEEN $first::DATE AND $last::DATE
     GROUP BY ALL ORDER BY c.force_slug, c.dataset, first, s.path`,
    {
      datasets: JSON.stringify(datasets),
      forces: JSON.stringify(forces),
      first: `${first}-01`,
      last: `${last}-01`,
    },
  );
  return rows.map((r) => ({
    forceSlug: r.force_slug,
    dataset: r.dataset,
    path: r.path,
    sha256: r.sha256,
    archiveMonth: r.archive_month,
    extractDate: r.extract_date,
    first: r.first,
    last: r.last,
  }));
}
