/**
 * ONE query for every measure of a family (family.ts), for a window and a set of forces:
 *
 *   frame  the (force, month) pairs the current coverage holds, with the datasets covering each;
 *   defs   the measures' defs, bound as one JSON parameter and read with from_json;
 *   cells  the family's fact rows, current versions only, grouped once;
 *   agg    per def, force and month: the sums of the cells the def selects;
 *   result every def's frame months (those covered by ALL the datasets the def needs), 0 where
 *          nothing was recorded; an uncovered month is absent, never 0.
 *
 * The SQL text depends only on the family; every value (forces, window, defs, settings) is bound.
 */
import type { Dataset } from '../../catalogue/formats.js';
import type { OutcomeSettings } from '../outcomeSettings.js';
import type { SeriesFamily } from './family.js';

export interface BatchDef {
  readonly key: string;
  readonly datasets: readonly Dataset[];
  readonly def: Readonly<Record<string, unknown>>;
}

export interface BatchWindow {
  readonly forces: readonly string[];
  /** Months 'YYYY-MM'. */
  readonly first: string;
  readonly last: string;
}

/** A result row: the def's key, force, month 'YYYY-MM', and the family's sums as numbers. */
export interface BatchRow {
  readonly key: string;
  readonly force_slug: string;
  readonly month: string;
  readonly [sum: string]: string | number;
}

export function batchSql(family: SeriesFamily): string {
  const sums = family.sums.map((column) => `sum(c.${column}) AS ${column}`).join(', ');
  const filled = family.sums.map((column) => `coalesce(agg.${column}, 0) AS ${column}`).join(', ');
  return `
    WITH frame AS (
      SELECT force_slug, period AS month, list(DISTINCT dataset) AS datasets FROM coverage
      WHERE superseded_by IS NULL
        AND list_contains(from_json($familyDatasets, '["VARCHAR"]'), dataset)
        AND list_contains(from_json($forces, '["VARCHAR"]'), force_slug)
        AND period BETWEEN $first::DATE AND $last::DATE
      GROUP BY force_slug, period
    ),
    defs AS (
      SELECT unnest(d) FROM (
        SELECT unnest(from_json($defs, '[{"key":"VARCHAR","datasets":["VARCHAR"],${family.defFields}}]')) AS d)
    ),
    cells AS (${family.cells}),
    agg AS (
      SELECT d.key, c.force_slug, c.month, ${sums}
      FROM cells c JOIN defs d ON ${family.match}
      GROUP BY d.key, c.force_slug, c.month
    )
    SELECT d.key, f.force_slug, strftime(f.month, '%Y-%m') AS month, ${filled}
    FROM frame f JOIN defs d ON list_has_all(f.datasets, d.datasets)
    LEFT JOIN agg ON agg.key = d.key AND agg.force_slug = f.force_slug AND agg.month = f.month
    ORDER BY d.key, f.force_slug, f.month`;
}

/** The bound values; only those the family's SQL names are passed (DuckDB refuses unknown ones). */
export function batchParams(
  family: SeriesFamily,
  sql: string,
  defs: readonly BatchDef[],
  window: BatchWindow,
  outcomes: OutcomeSettings,
): Record<string, unknown> {
  const all: Record<string, unknown> = {
    familyDatasets: JSON.stringify(family.datasets),
    forces: JSON.stringify(window.forces),
    first: `${window.first}-01`,
    last: `${window.last}-01`,
    defs: JSON.stringify(defs.map((d) => ({ ...d.def, key: d.key, datasets: d.datasets }))),
    actionTaken: JSON.stringify(outcomes.actionTaken),
    exceptional: 'exceptional_incident',
  };
  return Object.fromEntries(Object.entries(all).filter(([name]) => new RegExp(`\\$${name}\\b`).test(sql)));
}
