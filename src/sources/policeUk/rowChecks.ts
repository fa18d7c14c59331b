/**
 * The checks DuckDB's reader cannot make, by one query over the rows just inserted:
 *   - required text left empty (a street row with no crime type, an outcome with no Crime ID): the
 *     reader reads '' as a valid VARCHAR;
 *   - a typed value converted in the INSERT that came out NULL (a stop-and-search Date such as
 *     'yesterday' or '2024-02-30T06:20:46+00:00');
 *   - a row whose Month is not the month in the file's name (a February row in a January file would
 *     otherwise replace February's rows when versions are resolved).
 */
import type { Store } from '../../store/store.js';
import type { PoliceUkSpec } from './specs.js';

export type RowFault =
  | { readonly kind: 'empty'; readonly line: number; readonly header: string }
  | { readonly kind: 'unconverted'; readonly line: number; readonly header: string }
  | {
      readonly kind: 'other-month';
      readonly line: number;
      readonly found: string;
      readonly expected: string;
    };

/** Per source: the faulty rows of one source, or of every file of the current batch, in line order. */
export async function rowFaults(
  spec: PoliceUkSpec,
  store: Store,
  sourceId?: number,
): Promise<Map<number, RowFault[]>> {
  const bySource = new Map<number, RowFault[]>();
  const tests = faultTests(spec);
  if (tests.length === 0) return bySource;
  const which =
    sourceId === undefined
      ? 'source_id IN (SELECT batch_source_id FROM scrutiny_batch_files)'
      : 'source_id = $source_id';
  const month = spec.monthColumn
    ? ", strftime(t.month, '%Y-%m') AS found_month, strftime(b.batch_month, '%Y-%m') AS file_month"
    : '';
  const rows = await store.query<Record<string, unknown> & { source_id: number; line: number }>(
    `SELECT t.source_id, t.line, ${tests.map((test) => `${test.sql} AS ${test.name}`).join(', ')}${month}
     FROM ${spec.table} t JOIN scrutiny_batch_files b ON b.batch_source_id = t.source_id
     WHERE ${which} AND (${tests.map((test) => test.sql).join(' OR ')}) ORDER BY t.source_id, t.line`,
    sourceId === undefined ? {} : { source_id: sourceId },
  );
  for (const row of rows) {
    const test = tests.find((t) => row[t.name] === true) ?? tests[0]!;
    const fault: RowFault =
      test.kind === 'other-month'
        ? {
            kind: 'other-month',
            line: row.line,
            found: String(row.found_month),
            expected: String(row.file_month),
          }
        : { kind: test.kind, line: row.line, header: test.header };
    const list = bySource.get(row.source_id) ?? [];
    list.push(fault);
    bySource.set(row.source_id, list);
  }
  return bySource;
}

/**
 * The faults a row shows by itself (empty required text, an unreadable converted value) as one SQL
 * test over the table aliased `t`, or undefined when the kind has none. A row of another month is
 * seen in the months counted per file instead (`rowsBySource`), so the batch needs the fuller query
 * above only when one of the two turns something up.
 */
export function rowOwnFaultSql(spec: PoliceUkSpec): string | undefined {
  const tests = faultTests(spec).filter((test) => test.kind !== 'other-month');
  return tests.length === 0 ? undefined : tests.map((test) => `(${test.sql})`).join(' OR ');
}

interface FaultTest {
  readonly name: string;
  readonly sql: string;
  readonly kind: RowFault['kind'];
  readonly header: string;
}

/** The tests in the order a row's first fault is chosen: empty text, then unreadable values, then the month. */
function faultTests(spec: PoliceUkSpec): FaultTest[] {
  const empty = spec.required.map((name) => ({
    name: `empty_${name}`,
    sql: `t.${storeColumn(spec, name)} = ''`,
    kind: 'empty' as const,
    header: spec.columns.find((c) => c.name === name)?.header ?? name,
  }));
  const unconverted = spec.checked.map((c) => ({
    name: `unconverted_${c.column}`,
    sql: `t.${c.column} IS NULL`,
    kind: 'unconverted' as const,
    header: c.header,
  }));
  const month = spec.monthColumn
    ? [
        {
          name: 'other_month',
          sql: 't.month <> b.batch_month',
          kind: 'other-month' as const,
          header: 'Month',
        },
      ]
    : [];
  return [...empty, ...unconverted, ...month];
}

/** The store column a read column lands in. */
function storeColumn(spec: PoliceUkSpec, readName: string): string {
  return spec.insert.find(([, expression]) => expression === readName)?.[0] ?? readName;
}
