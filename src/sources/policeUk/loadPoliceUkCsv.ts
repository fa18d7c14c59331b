/**
 * Loading one data.police.uk CSV: one INSERT ... SELECT FROM read_csv with explicit column types,
 * so the bulk of the work (parsing, casting, writing) happens inside DuckDB, never in a JavaScript
 * loop over rows. Rows the reader cannot read (wrong column count, unterminated quote, bad month or
 * coordinate) are kept aside by DuckDB's store_rejects with their line; empty required text is
 * found by one query over the rows just inserted.
 */
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import type { Store } from '../../store/store.js';
import { utf8Path } from '../encoding.js';
import { hasLineCount } from '../hashFile.js';
import { readCsvHeader } from '../ingestHeader.js';
import type { CoverageEntry, IngestFile, LoadOptions, LoadResult, RejectedRow } from '../loader.js';
import { acceptedRecordLines, correctLineNumbers } from './lineNumbers.js';
import { type ReaderReject, rejectFromReader } from './readerRejects.js';
import type { PoliceUkSpec } from './specs.js';

/** At most this many row problems are listed per file; the count says how many there were. */
const SHOWN_PROBLEMS = 50;
const REJECT_SCANS = 'scrutiny_reject_scans';
const REJECT_ERRORS = 'scrutiny_reject_errors';

export interface PoliceUkFileInfo {
  readonly forceSlug: string;
  /** 'YYYY-MM' from the file name. */
  readonly month: string;
}

export async function loadPoliceUkCsv(
  spec: PoliceUkSpec,
  store: Store,
  file: IngestFile,
  info: PoliceUkFileInfo,
  sourceId: number,
  options: LoadOptions,
): Promise<LoadResult> {
  const versionKey = file.archiveMonth ?? info.month;
  const failed = (problems: Problem[]): LoadResult => ({
    rowsAccepted: 0,
    rowsRejected: 0,
    problems,
    rejects: [],
    coverage: [],
    versionKey,
  });

  const header = await readCsvHeader(file.diskPath, file.encoding);
  const expected = spec.columns.map((c) => c.header);
  if (header.length === 0) return failed([messages.ingest.emptyFile({ file: file.displayPath }, expected)]);
  if (header.join('\u0000') !== expected.join('\u0000')) {
    const missing = expected.filter((name) => !header.includes(name));
    const unexpected = header.filter((name) => !expected.includes(name));
    return failed([
      messages.ingest.headerMismatch(
        { file: file.displayPath, line: 1 },
        expected,
        header,
        missing,
        unexpected,
      ),
    ]);
  }

  const path = await utf8Path(file, options.tmpDir);
  const accepted = await insertRows(spec, store, path, info, sourceId);
  const readerRejects = await store.query<ReaderReject>(
    `SELECT line, column_idx, column_name, error_type, csv_line, error_message
     FROM ${REJECT_ERRORS} ORDER BY line, column_idx`,
  );
  // One row can fail on several columns: it is rejected once, with its first problem.
  const rejectsByLine = new Map<number, RejectedRow>();
  for (const reject of readerRejects) {
    if (!rejectsByLine.has(reject.line))
      rejectsByLine.set(reject.line, rejectFromReader(spec, file.displayPath, reject));
  }

  const lineCount = hasLineCount(file) ? file.lineCount : undefined;
  if (rejectsByLine.size > 0 || lineCount !== 1 + accepted) {
    const lines = await acceptedRecordLines(file.diskPath, file.encoding, new Set(rejectsByLine.keys()));
    if (lines.length === accepted)
      await correctLineNumbers(store, spec.table, sourceId, lines, options.tmpDir);
  }

  const rejects = [...rejectsByLine.values(), ...(await emptyRequired(spec, store, file, sourceId))].sort(
    (a, b) => a.line - b.line,
  );
  if (rejects.length > 0) {
    const problems = rejects.slice(0, SHOWN_PROBLEMS).map((r) => r.problem);
    if (rejects.length > SHOWN_PROBLEMS)
      problems.push(messages.ingest.moreProblems(file.displayPath, SHOWN_PROBLEMS, rejects.length));
    if (!options.skipBadRows) {
      await store.run(`DELETE FROM ${spec.table} WHERE source_id = $source_id`, { source_id: sourceId });
      return { ...failed(problems), rowsRejected: rejects.length, rejects };
    }
    const badLines = rejects.filter((r) => !rejectsByLine.has(r.line)).map((r) => r.line);
    if (badLines.length > 0)
      // A list travels as text: the store binds scalar values only.
      await store.run(
        `DELETE FROM ${spec.table}
         WHERE source_id = $source_id AND list_contains(string_split($lines, ',')::INTEGER[], line)`,
        { source_id: sourceId, lines: badLines.join(',') },
      );
    return finish(spec, store, file, info, sourceId, versionKey, rejects, problems);
  }
  return finish(spec, store, file, info, sourceId, versionKey, [], []);
}

async function insertRows(
  spec: PoliceUkSpec,
  store: Store,
  path: string,
  info: PoliceUkFileInfo,
  sourceId: number,
): Promise<number> {
  const columns = spec.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ');
  const notNull = spec.columns
    .filter((c) => c.type !== 'VARCHAR' && c.type !== 'DOUBLE')
    .map((c) => c.name)
    .concat(spec.required)
    .map((name) => `'${name}'`)
    .join(', ');
  const targets = ['source_id', 'line', ...spec.insert.map(([column]) => column)].join(', ');
  const values = [
    '$source_id',
    '(row_number() OVER ()) + 1',
    ...spec.insert.map(([, expression]) => expression),
  ];
  const usesMonth = spec.insert.some(([, expression]) => expression.includes('$month'));
  await store.run(`DROP TABLE IF EXISTS ${REJECT_ERRORS}`);
  await store.run(`DROP TABLE IF EXISTS ${REJECT_SCANS}`);
  // Settings are fixed rather than sniffed: the published format is known, and sniffing each of
  // hundreds of files would cost more than reading them.
  await store.run(
    `INSERT INTO ${spec.table} (${targets})
     SELECT ${values.join(', ')}
     FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
       columns = {${columns}}, dateformat = '%Y-%m', force_not_null = [${notNull}],
       store_rejects = true, rejects_scan = '${REJECT_SCANS}', rejects_table = '${REJECT_ERRORS}')`,
    {
      path,
      source_id: sourceId,
      slug: info.forceSlug,
      ...(usesMonth ? { month: `${info.month}-01` } : {}),
    },
  );
  const row = await store.queryOne<{ n: number }>(
    `SELECT count(*) AS n FROM ${spec.table} WHERE source_id = $source_id`,
    { source_id: sourceId },
  );
  return row?.n ?? 0;
}

async function emptyRequired(
  spec: PoliceUkSpec,
  store: Store,
  file: IngestFile,
  sourceId: number,
): Promise<RejectedRow[]> {
  if (spec.required.length === 0) return [];
  const condition = spec.required.map((name) => `${storeColumn(spec, name)} = ''`).join(' OR ');
  const rows = await store.query<Record<string, unknown> & { line: number }>(
    `SELECT line, ${spec.required.map((name) => `${storeColumn(spec, name)} = '' AS ${name}`).join(', ')}
     FROM ${spec.table} WHERE source_id = $source_id AND (${condition}) ORDER BY line`,
    { source_id: sourceId },
  );
  return rows.map((row) => {
    const name = spec.required.find((n) => row[n] === true) ?? spec.required[0]!;
    const header = spec.columns.find((c) => c.name === name)?.header ?? name;
    return {
      line: row.line,
      problem: messages.ingest.missingValue({ file: file.displayPath, line: row.line }, header, 'a value'),
    };
  });
}

/** The store column a read column lands in. */
function storeColumn(spec: PoliceUkSpec, readName: string): string {
  return spec.insert.find(([, expression]) => expression === readName)?.[0] ?? readName;
}

async function finish(
  spec: PoliceUkSpec,
  store: Store,
  file: IngestFile,
  info: PoliceUkFileInfo,
  sourceId: number,
  versionKey: string,
  rejects: readonly RejectedRow[],
  problems: Problem[],
): Promise<LoadResult> {
  const rows = await store.query<{ period: string; rows: number }>(
    `SELECT strftime(month, '%Y-%m-01') AS period, count(*) AS rows
     FROM ${spec.table} WHERE source_id = $source_id GROUP BY ALL ORDER BY period`,
    { source_id: sourceId },
  );
  let coverage: CoverageEntry[] = rows.map((r) => ({
    forceSlug: info.forceSlug,
    period: r.period,
    rows: r.rows,
  }));
  const rowsAccepted = coverage.reduce((sum, c) => sum + c.rows, 0);
  if (rowsAccepted === 0) {
    // A header-only file still says "this force published nothing this month": record the month.
    coverage = [{ forceSlug: info.forceSlug, period: `${info.month}-01`, rows: 0 }];
    problems.push(messages.ingest.noDataRows(file.displayPath));
  }
  return {
    rowsAccepted,
    rowsRejected: rejects.length,
    problems,
    rejects,
    coverage,
    versionKey,
    firstPeriod: coverage[0]?.period,
    lastPeriod: coverage.at(-1)?.period,
  } as LoadResult;
}
