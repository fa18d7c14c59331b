/**
 * District figures from a published table: the rows of ONS Table C2 (and any table laid out like it)
 * below a force, one per Community Safety Partnership or local authority, plus the crimes the force
 * could not place ("Unassigned"). This is the district view a force without its own extract can
 * give: one published 12-month figure per district, no monthly series.
 *
 * Rows that are one district in two partnerships (Dorset's Bournemouth and Poole rows both name the
 * council "Bournemouth, Christchurch and Poole") are summed: the figure is the district's. A
 * partnership spanning several districts ("Combined Local Authorities") is a row of its own, kind
 * 'csp'. The City of London's single row is both its force total and its one district.
 */
import type { Store } from '../store/store.js';

export interface PublishedDistrictQuery {
  readonly force: string;
  /** The column as stored (header path, footnotes removed): 'Residential burglary'. */
  readonly column: string;
  /** 'C2' unless another table is asked for. */
  readonly tableId?: string;
  /** The table's period end 'YYYY-MM-DD'; the latest loaded when absent. */
  readonly periodEnd?: string;
}

export interface PublishedDistrictRow {
  readonly kind: 'csp' | 'district' | 'unassigned';
  /** GSS code of the local authority (district) or partnership (csp); null for unassigned. */
  readonly code: string | null;
  readonly name: string;
  /** Null where the table writes a marker ('[x]'). */
  readonly value: number | null;
  readonly marker: string | null;
}

export interface PublishedDistrictFigures {
  readonly tableId: string;
  readonly tableTitle: string;
  /** 'YYYY-MM-DD', the 12 months the table covers. */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly column: string;
  /** The force row's figure; null when the table gives none. */
  readonly forceTotal: number | null;
  /** Districts and partnerships by name, the unassigned row last. */
  readonly rows: readonly PublishedDistrictRow[];
}

const SQL = `
  WITH t AS (
    SELECT * FROM current_published_cells
    WHERE force_slug = $force AND table_id = $table AND column_label = $column
      AND period_end = coalesce($periodEnd::DATE, (
        SELECT max(period_end) FROM current_published_cells
        WHERE force_slug = $force AND table_id = $table AND column_label = $column))
  )
  SELECT table_title, strftime(period_start, '%Y-%m-%d') AS period_start,
    strftime(period_end, '%Y-%m-%d') AS period_end, area_kind AS kind, area_code AS code,
    area_name AS name, sum(value) AS value, min(marker) AS marker
  FROM t GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY (kind = 'unassigned'), name`;

export async function publishedDistrictFigures(
  store: Store,
  query: PublishedDistrictQuery,
): Promise<PublishedDistrictFigures | undefined> {
  const table = query.tableId ?? 'C2';
  const rows = await store.query<{
    table_title: string;
    period_start: string;
    period_end: string;
    kind: string;
    code: string | null;
    name: string;
    value: number | null;
    marker: string | null;
  }>(SQL, { force: query.force, table, column: query.column, periodEnd: query.periodEnd ?? null });
  const first = rows[0];
  if (!first) return undefined;
  const forceRow = rows.find((row) => row.kind === 'force');
  return {
    tableId: table,
    tableTitle: first.table_title,
    periodStart: first.period_start,
    periodEnd: first.period_end,
    column: query.column,
    forceTotal: forceRow?.value ?? null,
    rows: rows
      .filter((row) => isPart(row.kind))
      .map((row) => ({
        kind: row.kind as PublishedDistrictRow['kind'],
        code: row.code,
        name: row.name,
        value: row.value,
        marker: row.value === null ? row.marker : null,
      })),
  };
}

function isPart(kind: string): boolean {
  return kind === 'csp' || kind === 'district' || kind === 'unassigned';
}
