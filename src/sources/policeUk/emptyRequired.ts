/**
 * Required text left empty (a street row with no crime type, an outcome with no Crime ID): DuckDB
 * reads '' as a valid VARCHAR, so these are found by one query over the rows just inserted.
 */
import type { Store } from '../../store/store.js';
import type { PoliceUkSpec } from './specs.js';

export interface EmptyRequired {
  readonly line: number;
  /** The published column that is empty (the first, when several are). */
  readonly header: string;
}

/** Per source: the rows of one source, or of every file of the current batch, with empty required text. */
export async function emptyRequiredRows(
  spec: PoliceUkSpec,
  store: Store,
  sourceId?: number,
): Promise<Map<number, EmptyRequired[]>> {
  const bySource = new Map<number, EmptyRequired[]>();
  if (spec.required.length === 0) return bySource;
  const isEmpty = spec.required.map((name) => `${storeColumn(spec, name)} = ''`);
  const which =
    sourceId === undefined
      ? 'source_id IN (SELECT batch_source_id FROM scrutiny_batch_files)'
      : 'source_id = $source_id';
  const rows = await store.query<Record<string, unknown> & { source_id: number; line: number }>(
    `SELECT source_id, line, ${isEmpty.map((test, i) => `${test} AS ${spec.required[i]}`).join(', ')}
     FROM ${spec.table} WHERE ${which} AND (${isEmpty.join(' OR ')}) ORDER BY source_id, line`,
    sourceId === undefined ? {} : { source_id: sourceId },
  );
  for (const row of rows) {
    const name = spec.required.find((n) => row[n] === true) ?? spec.required[0]!;
    const header = spec.columns.find((c) => c.name === name)?.header ?? name;
    const list = bySource.get(row.source_id) ?? [];
    list.push({ line: row.line, header });
    bySource.set(row.source_id, list);
  }
  return bySource;
}

/** The store column a read column lands in. */
function storeColumn(spec: PoliceUkSpec, readName: string): string {
  return spec.insert.find(([, expression]) => expression === readName)?.[0] ?? readName;
}
