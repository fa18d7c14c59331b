/**
 * Insert a staged CSV (stagingCsv.ts) into its fact table in one statement. The column list comes from
 * the loader's spec (code, not data); the path and the source id are bound parameters.
 */
import type { Store } from '../../store/store.js';
import type { TableSpec } from './tableSpec.js';

export async function insertStaged(
  store: Store,
  spec: TableSpec,
  sourceId: number,
  path: string,
): Promise<void> {
  const staged = [{ name: 'line', type: 'INTEGER' }, ...spec.insertColumns];
  const columnTypes = staged.map(({ name, type }) => `'${name}': '${type}'`).join(', ');
  const targets = ['source_id', 'line', ...spec.insertColumns.map(({ name }) => name)].map(quoteIdentifier);
  const selects = [
    '$source_id',
    quoteIdentifier('line'),
    ...spec.insertColumns.map(({ name, select }) => select ?? quoteIdentifier(name)),
  ];
  await store.run(
    `INSERT INTO ${quoteIdentifier(spec.table)} (${targets.join(', ')})
     SELECT ${selects.join(', ')}
     FROM read_csv($path, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
                   allow_quoted_nulls = false, columns = {${columnTypes}})`,
    { source_id: sourceId, path },
  );
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
