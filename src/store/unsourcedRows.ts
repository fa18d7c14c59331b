/**
 * Rows no `sources` row names. The second half of each police.uk batch is written on a companion
 * connection whose transaction commits just before the ingest's own (`Store.companion`); a process
 * killed in the instant between the two COMMITs leaves that half's rows with source ids the store
 * never recorded. No view counts them (every figure joins `coverage`), and a later run could be
 * given the same source ids again, so each ingest removes them before it loads anything.
 */
import type { Store } from './store.js';

/** The tables a companion connection writes to. */
const COMPANION_TABLES = ['police_uk_street', 'police_uk_outcomes', 'police_uk_stop_search'] as const;

/** Delete the rows whose source id is above every recorded one. */
export async function removeUnsourcedRows(store: Store): Promise<void> {
  // Source ids only grow, so unrecorded ones lie above the newest recorded one; the comparison
  // lets DuckDB skip every row group of earlier runs by its minimum and maximum.
  for (const table of COMPANION_TABLES)
    await store.run(
      `DELETE FROM ${table} WHERE source_id > (SELECT coalesce(max(source_id), 0) FROM sources)`,
    );
}
