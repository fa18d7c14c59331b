/**
 * A series family: the measures that read the same fact table(s) and can therefore be answered by
 * ONE query. The query (batchQuery.ts) groups the current rows once into small 'cells' (force,
 * month and the columns a selection can filter on), then sums the cells each measure selects.
 * Which cells a measure selects is decided by its `def`, a JSON object bound as a parameter: the SQL
 * text of a family is fixed, whatever the catalogue says.
 */
import type { Dataset } from '../../catalogue/formats.js';

export type FamilyName = 'force_crimes' | 'force_satisfaction' | 'force_ocg' | 'home_office' | 'police_uk';

export interface SeriesFamily {
  readonly name: FamilyName;
  /** Every dataset a measure of the family may need; a def lists the ones it needs. */
  readonly datasets: readonly Dataset[];
  /**
   * The DuckDB JSON structure of a def's own fields (besides `key` and `datasets`), e.g.
   * `"codes":["VARCHAR"]`. A field absent from a def reads as NULL.
   */
  readonly defFields: string;
  /**
   * SQL of the cells: `force_slug`, `month` (DATE), the filter columns, and the columns in `sums`,
   * from current versions only (`keepCurrent()`). It may use $forces, $first, $last, $actionTaken
   * and $exceptional.
   */
  readonly cells: string;
  /** The join condition of cells `c` with defs `d`: which cells a def selects. */
  readonly match: string;
  /** Cell columns summed per def, force and month; each comes back as a number (0 when none). */
  readonly sums: readonly string[];
}

/** What one measure asks of its family: its def, and how to read the summed columns. */
export interface SeriesRequest {
  readonly family: FamilyName;
  readonly datasets: readonly Dataset[];
  readonly frequency: 'month' | 'quarter';
  /** The def's own fields (the key and datasets are added by the batch). */
  readonly def: Readonly<Record<string, unknown>>;
  readonly columns:
    | { readonly kind: 'count'; readonly value: string; readonly excluding?: string }
    | { readonly kind: 'rate'; readonly numerator: string; readonly denominator: string };
}

/** The forces of the query, as a filter DuckDB pushes into the table scan. */
export const FORCES = `force_slug IN (SELECT unnest(from_json($forces, '["VARCHAR"]')))`;

/**
 * Keep the groups of `grouped` that come from current versions: `grouped` is a GROUP BY over one
 * fact table that keeps source_id, force_slug and the period column among its keys; the groups
 * whose (source, force, period) has a current coverage row of `dataset` survive (a semi-join).
 * Grouping BEFORE the semi-join means the join sees thousands of groups, not millions of rows.
 * The dataset and column are fixed names from this code, never input.
 */
export function keepCurrent(grouped: string, dataset: Dataset, periodColumn: string): string {
  return `(SELECT g.* FROM (${grouped}) g SEMI JOIN (
      SELECT source_id, force_slug, period FROM coverage
      WHERE superseded_by IS NULL AND dataset = '${dataset}'
    ) c ON c.source_id = g.source_id AND c.force_slug = g.force_slug AND c.period = g.${periodColumn})`;
}

/** The window as the cells filter it: months (or quarter starts) $first to $last inclusive. */
export const IN_WINDOW = (column: string) => `${column} BETWEEN $first::DATE AND $last::DATE`;
