/**
 * The force-area and England and Wales cells of the published COUNT tables (ONS police force area
 * tables P1, C2, ...: a title that says 'number of'), current versions only. One small query per run
 * (a few thousand cells): the baseline and the national position of every measure are read from it.
 */
import type { Store } from '../../store/store.js';

export type PublishedCellRow = {
  readonly source_id: number;
  readonly sheet: string;
  readonly table_title: string;
  /** 'YYYY-MM' */
  readonly first: string;
  readonly last: string;
  readonly area_kind: 'force' | 'country';
  readonly area_name: string;
  readonly force_slug: string;
  readonly column_label: string;
  readonly value: number | null;
  readonly marker: string | null;
  readonly line: number;
};

const SQL = `
  SELECT source_id, sheet, table_title, strftime(period_start, '%Y-%m') AS first,
    strftime(period_end, '%Y-%m') AS last, area_kind, area_name, force_slug, column_label,
    value, marker, line
  FROM current_published_cells
  WHERE area_kind IN ('force', 'country') AND regexp_matches(table_title, 'number of', 'i')
  ORDER BY source_id, sheet, line`;

export async function publishedCountCells(store: Store): Promise<PublishedCellRow[]> {
  return store.query<PublishedCellRow>(SQL);
}
