/**
 * The SQL of one police.uk batch: a temporary table naming the batch's files (source id, force,
 * month, the row each starts at) for the checks after the insert, the one INSERT that reads them all
 * (given the same facts as bound lists), and the reader's rejects by file. Column lists come from the specs (code, not data); paths, ids, slugs and months are bound.
 */
import type { Store } from '../../store/store.js';
import type { ReaderReject } from './readerRejects.js';
import type { PoliceUkSpec } from './specs.js';

const BATCH = 'scrutiny_batch_files';
const REJECT_SCANS = 'scrutiny_reject_scans';
const REJECT_ERRORS = 'scrutiny_reject_errors';
/** Rows per INSERT of the batch table: keeps each statement's parameter list modest. */
const ROWS_PER_STATEMENT = 200;

export interface BatchFileRow {
  readonly sourceId: number;
  readonly slug: string;
  /** 'YYYY-MM-01': the month in the file's name. */
  readonly month: string;
  /** The batch-wide row number at which the file's first record is expected. */
  readonly firstRow: number;
}

export async function defineBatchFiles(store: Store, files: readonly BatchFileRow[]): Promise<void> {
  await store.run(
    `CREATE OR REPLACE TEMP TABLE ${BATCH} (batch_file_index INTEGER, batch_source_id INTEGER,
       batch_slug VARCHAR, batch_month DATE, batch_first_row BIGINT)`,
  );
  for (let from = 0; from < files.length; from += ROWS_PER_STATEMENT) {
    const chunk = files.slice(from, from + ROWS_PER_STATEMENT);
    const params: Record<string, string | number> = {};
    const rows = chunk.map((file, k) => {
      const i = from + k;
      Object.assign(params, {
        [`i${i}`]: i,
        [`s${i}`]: file.sourceId,
        [`f${i}`]: file.slug,
        [`m${i}`]: file.month,
        [`r${i}`]: file.firstRow,
      });
      return `($i${i}, $s${i}, $f${i}, $m${i}::DATE, $r${i})`;
    });
    await store.run(`INSERT INTO ${BATCH} VALUES ${rows.join(', ')}`, params);
  }
}

export async function dropBatchFiles(store: Store): Promise<void> {
  await store.run(`DROP TABLE IF EXISTS ${BATCH}`);
}

/**
 * Read every file of the batch in one read_csv and insert the rows. The list of paths travels as one
 * text value split in SQL; a path never holds a line feed here (see `readablePaths`).
 * `row_number() OVER ()` counts rows in file order, which DuckDB keeps. Each row's source id, force,
 * month and first row are its file's, looked up by DuckDB's `file_index` in lists bound with the
 * statement: measured, a join with the batch table cost about a tenth of the statement's time.
 */
export async function insertBatchRows(
  spec: PoliceUkSpec,
  store: Store,
  paths: readonly string[],
  files: readonly BatchFileRow[],
): Promise<void> {
  if (paths.some((path) => path.includes('\n')))
    throw new Error('a police.uk batch path holds a line feed: copy the file first');
  const columns = spec.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ');
  const notNull = spec.columns
    .filter((c) => c.type !== 'VARCHAR' && c.type !== 'DOUBLE')
    .map((c) => c.name)
    .concat(spec.required)
    .map((name) => `'${name}'`)
    .join(', ');
  const targets = ['source_id', 'line', ...spec.insert.map(([column]) => column)].join(', ');
  const values = [
    'batch_source_id',
    'scrutiny_row - batch_first_row + 2',
    ...spec.insert.map(([, expression]) => expression),
  ];
  const ofFile = (list: string, type: string) => `list_extract($${list}::${type}[], scrutiny_file_index + 1)`;
  await store.run(`DROP TABLE IF EXISTS ${REJECT_ERRORS}`);
  await store.run(`DROP TABLE IF EXISTS ${REJECT_SCANS}`);
  // Settings are fixed rather than sniffed: the published format is known, and sniffing each of
  // hundreds of files would cost more than reading them.
  // One thread: the numbered rows come through one ordered stream, and a second DuckDB thread
  // only fights over it (measured: twice the CPU and twice the wall time for the same batch). The
  // ingest runs two such statements at once instead (ingestRun.ts).
  await store.withThreads(1, () =>
    store.run(
      `INSERT INTO ${spec.table} (${targets})
     SELECT ${values.join(', ')}
     FROM (
       SELECT *, ${ofFile('source_ids', 'INTEGER')} AS batch_source_id,
         ${ofFile('slugs', 'VARCHAR')} AS batch_slug, ${ofFile('months', 'DATE')} AS batch_month,
         ${ofFile('first_rows', 'BIGINT')} AS batch_first_row
       FROM (
         SELECT *, file_index::BIGINT AS scrutiny_file_index, row_number() OVER () AS scrutiny_row
         FROM read_csv(string_split($paths, chr(10)), header = true, auto_detect = false, delim = ',',
           quote = '"', escape = '"', columns = {${columns}}, dateformat = '%Y-%m',
           force_not_null = [${notNull}], store_rejects = true, rejects_scan = '${REJECT_SCANS}',
           rejects_table = '${REJECT_ERRORS}')
       )
     )`,
      {
        paths: paths.join('\n'),
        source_ids: files.map((f) => f.sourceId),
        slugs: files.map((f) => f.slug),
        months: files.map((f) => f.month),
        first_rows: files.map((f) => f.firstRow),
      },
    ),
  );
}

/** The rows the reader rejected, by the path it was given, in line order. */
export async function readerRejectsByPath(store: Store): Promise<Map<string, ReaderReject[]>> {
  const rows = await store.query<ReaderReject & { file_path: string }>(
    `SELECT s.file_path, e.line, e.line_byte_position, e.column_idx, e.column_name, e.error_type, e.csv_line, e.error_message
     FROM ${REJECT_ERRORS} e JOIN ${REJECT_SCANS} s ON s.scan_id = e.scan_id AND s.file_id = e.file_id
     ORDER BY s.file_path, e.line, e.column_idx`,
  );
  const byPath = new Map<string, ReaderReject[]>();
  for (const row of rows) {
    const list = byPath.get(row.file_path) ?? [];
    list.push(row);
    byPath.set(row.file_path, list);
  }
  return byPath;
}
