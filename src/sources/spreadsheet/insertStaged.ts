/**
 * SQL over a staged CSV (stagingCsv.ts): insert it into its fact table in one statement, and find rows
 * that repeat a key the format says is unique. Column lists come from the loader's spec (code, not
 * data); the path and the source id are bound parameters.
 */
import type { Store } from '../../store/store.js';
import type { TableSpec } from './tableSpec.js';

/** `read_csv(...)` of a staged file, every column typed as the spec says. */
function stagedTable(spec: Pick<TableSpec, 'insertColumns'>): string {
  const staged = [{ name: 'line', type: 'INTEGER' }, ...spec.insertColumns];
  const columnTypes = staged.map(({ name, type }) => `'${name}': '${type}'`).join(', ');
  return `read_csv($path, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
                   allow_quoted_nulls = false, columns = {${columnTypes}})`;
}

/**
 * Insert the staged rows. With `dropRepeats`, a row repeating the spec's unique key of an earlier
 * line is left out (the loader has rejected it).
 */
export async function insertStaged(
  store: Store,
  spec: Pick<TableSpec, 'table' | 'insertColumns' | 'uniqueKey'>,
  sourceId: number,
  path: string,
  dropRepeats = false,
): Promise<void> {
  const targets = ['source_id', 'line', ...spec.insertColumns.map(({ name }) => name)].map(quoteIdentifier);
  const selects = [
    '$source_id',
    quoteIdentifier('line'),
    ...spec.insertColumns.map(({ name, select }) => select ?? quoteIdentifier(name)),
  ];
  const key = spec.uniqueKey?.columns.map(quoteIdentifier).join(', ');
  const qualify =
    dropRepeats && key ? `QUALIFY row_number() OVER (PARTITION BY ${key} ORDER BY "line") = 1` : '';
  await store.run(
    `INSERT INTO ${quoteIdentifier(spec.table)} (${targets.join(', ')})
     SELECT ${selects.join(', ')} FROM ${stagedTable(spec)} ${qualify}`,
    { source_id: sourceId, path },
  );
}

export interface RepeatedKey {
  readonly line: number;
  readonly firstLine: number;
  /** The key's values joined by a space. */
  readonly key: string;
  readonly forceSlug: string;
  /** 'YYYY-MM-DD'. */
  readonly period: string;
}

/**
 * Staged rows whose unique key already appeared on an earlier line, in line order. Done here rather
 * than in a JavaScript Map: remembering 400,000 crime references costs a JS heap a second of garbage
 * collection, DuckDB a few milliseconds.
 */
export async function findRepeatedKeys(store: Store, spec: TableSpec, path: string): Promise<RepeatedKey[]> {
  const unique = spec.uniqueKey;
  if (!unique) return [];
  const key = unique.columns.map(quoteIdentifier).join(', ');
  const keyText = unique.columns.map((column) => `CAST(${quoteIdentifier(column)} AS VARCHAR)`).join(', ');
  const rows = await store.query<{
    line: number;
    first_line: number;
    key: string;
    force_slug: string;
    period: string;
  }>(
    `SELECT "line", first_line, "key", force_slug, period FROM (
       SELECT "line", min("line") OVER (PARTITION BY ${key}) AS first_line, concat_ws(' ', ${keyText}) AS "key",
              "force_slug" AS force_slug, strftime(${quoteIdentifier(unique.period)}, '%Y-%m-%d') AS period
       FROM ${stagedTable(spec)})
     WHERE "line" <> first_line ORDER BY "line"`,
    { path },
  );
  return rows.map((row) => ({
    line: row.line,
    firstLine: row.first_line,
    key: row.key,
    forceSlug: row.force_slug,
    period: row.period,
  }));
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
