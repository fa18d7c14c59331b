/**
 * Loading data.police.uk CSVs of one kind, many files at a time: ONE `INSERT ... SELECT FROM
 * read_csv([files])` with explicit column types, so the parsing, casting and writing happen inside
 * DuckDB, never in a JavaScript loop over rows, and a query's fixed cost is paid once per batch
 * rather than once per monthly file (an archive holds hundreds). Each row gets its file's source id
 * and force by DuckDB's `file_index` (batchSql.ts).
 *
 * Rows the reader cannot read (wrong column count, unterminated quote, bad month or coordinate) are
 * kept aside by DuckDB's store_rejects with their file and line; empty required text is found by one
 * query over the rows just inserted. Each file still gets its own result: one bad file does not
 * hide the others' problems, and under --skip-bad-rows only its bad rows are left out.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../errors/messages.js';
import { type Problem, ScrutinyError } from '../../errors/problem.js';
import type { Store } from '../../store/store.js';
import { utf8Path } from '../encoding.js';
import { hasLineCount } from '../hashFile.js';
import { readCsvHeader } from '../ingestHeader.js';
import type { IngestFile, LoadOptions, LoadResult, RejectedRow } from '../loader.js';
import {
  type BatchFileRow,
  defineBatchFiles,
  dropBatchFiles,
  insertBatchRows,
  readerRejectsByPath,
} from './batchSql.js';
import { faultRejects } from './faultRejects.js';
import { acceptedRecordLines, correctLineNumbers } from './lineNumbers.js';
import { readerRejectsOf } from './readerRejects.js';
import { rowFaults, rowOwnFaultSql } from './rowChecks.js';
import type { PoliceUkSpec } from './specs.js';

/** At most this many row problems are listed per file; the count says how many there were. */
const SHOWN_PROBLEMS = 50;

export interface PoliceUkFileInfo {
  readonly forceSlug: string;
  /** 'YYYY-MM' from the file name. */
  readonly month: string;
}

export interface PoliceUkItem {
  readonly file: IngestFile;
  readonly info: PoliceUkFileInfo;
  readonly sourceId: number;
}

/** A file whose header passed, with the path DuckDB reads (a UTF-8 copy for windows-1252). */
interface Ready extends PoliceUkItem {
  readonly index: number;
  readonly path: string;
}

type PeriodRows = { readonly period: string; readonly rows: number };

/** Load the files, one result per item in order. */
export async function loadPoliceUkFiles(
  spec: PoliceUkSpec,
  store: Store,
  items: readonly PoliceUkItem[],
  options: LoadOptions,
): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  const ready: Ready[] = [];
  for (const [index, item] of items.entries()) {
    const problem = await headerProblem(spec, item.file);
    results.push(failed(item, problem ? [problem] : []));
    if (!problem) ready.push({ ...item, index, path: await readablePath(item.file, options.tmpDir) });
  }
  if (ready.length === 0) return results;

  const batchFiles = batchRows(ready);
  await defineBatchFiles(store, batchFiles);
  try {
    await insertBatchRows(
      spec,
      store,
      ready.map((r) => r.path),
      batchFiles,
    ).catch((error: unknown) => {
      throw readerFailure(error, ready);
    });
    const { counts, faulty } = await rowsBySource(spec, store);
    await alignLineNumbers(spec, store, ready, counts);
    const readerRejects = await readerRejectsByPath(store);
    const faults =
      faulty || otherMonths(spec, ready, counts) ? await rowFaults(spec, store) : new Map<number, never>();
    for (const item of ready) {
      const rejectsByLine = readerRejectsOf(
        spec,
        item.file.displayPath,
        item.path,
        readerRejects.get(item.path) ?? [],
      );
      const periods = counts.get(item.sourceId) ?? [];
      results[item.index] = await finishFile(spec, store, item, options, {
        rejectsByLine,
        faults: await faultRejects(spec, item.file, faults.get(item.sourceId)),
        periods,
      });
    }
  } finally {
    // After a failure the transaction is aborted and this fails too: the first failure is the one to
    // report, and the temporary table goes with the rolled-back transaction anyway.
    await dropBatchFiles(store).catch(() => undefined);
  }
  return results;
}

async function headerProblem(spec: PoliceUkSpec, file: IngestFile): Promise<Problem | undefined> {
  const mixed = hasLineCount(file) ? file.mixedLineEnd : undefined;
  if (mixed !== undefined) return messages.ingest.mixedLineEnds({ file: file.displayPath, line: mixed });
  const header = await readCsvHeader(file.diskPath, file.encoding);
  const expected = spec.columns.map((c) => c.header);
  if (header.length === 0) return messages.ingest.emptyFile({ file: file.displayPath }, expected);
  if (header.join('\u0000') === expected.join('\u0000')) return undefined;
  const missing = expected.filter((name) => !header.includes(name));
  const unexpected = header.filter((name) => !expected.includes(name));
  return messages.ingest.headerMismatch(
    { file: file.displayPath, line: 1 },
    expected,
    header,
    missing,
    unexpected,
  );
}

function failed(item: PoliceUkItem, problems: Problem[]): LoadResult {
  return {
    rowsAccepted: 0,
    rowsRejected: 0,
    problems,
    rejects: [],
    coverage: [],
    versionKey: item.file.archiveMonth ?? item.info.month,
  };
}

/** Records a file holds when each is one line: every line but the header. */
function expectedRecords(file: IngestFile): number {
  return hasLineCount(file) ? Math.max(file.lineCount - 1, 0) : 0;
}

/**
 * The batch's files with the row number (counted over the whole batch, in file order) at which each
 * is expected to start, so that `row - first_row + 2` is the line of a one-line-per-record file.
 */
function batchRows(ready: readonly Ready[]): BatchFileRow[] {
  let firstRow = 1;
  return ready.map((item) => {
    const row = {
      sourceId: item.sourceId,
      slug: item.info.forceSlug,
      month: `${item.info.month}-01`,
      firstRow,
    };
    firstRow += expectedRecords(item.file);
    return row;
  });
}

/**
 * Each file's rows by month, and how many of them show a fault of their own (`rowOwnFaultSql`): one
 * scan of the rows just inserted, which for a clean batch is the only one.
 */
async function rowsBySource(
  spec: PoliceUkSpec,
  store: Store,
): Promise<{ counts: Map<number, PeriodRows[]>; faulty: boolean }> {
  const ownFault = rowOwnFaultSql(spec);
  const rows = await store.query<{ source_id: number; period: string; rows: number; faulty: number }>(
    `SELECT source_id, strftime(month, '%Y-%m-01') AS period, count(*) AS rows,
       ${ownFault ? `count_if(${ownFault})` : '0'} AS faulty
     FROM ${spec.table} t
     WHERE source_id IN (SELECT batch_source_id FROM scrutiny_batch_files)
     GROUP BY ALL ORDER BY source_id, period`,
  );
  const counts = new Map<number, PeriodRows[]>();
  let faulty = false;
  for (const row of rows) {
    const list = counts.get(row.source_id) ?? [];
    list.push({ period: row.period, rows: row.rows });
    counts.set(row.source_id, list);
    if (row.faulty > 0) faulty = true;
  }
  return { counts, faulty };
}

/** Whether a file holds rows of a month other than its name's (files of kinds with a Month column). */
function otherMonths(
  spec: PoliceUkSpec,
  ready: readonly Ready[],
  counts: Map<number, PeriodRows[]>,
): boolean {
  return (
    spec.monthColumn &&
    ready.some((item) => (counts.get(item.sourceId) ?? []).some((p) => p.period !== `${item.info.month}-01`))
  );
}

/**
 * When a file held fewer or more records than lines (a rejected row, a value spanning lines, a blank
 * line), every later file of the batch started at another row than expected: shift their lines back.
 * The file itself is then renumbered from its text by `finishFile`.
 */
async function alignLineNumbers(
  spec: PoliceUkSpec,
  store: Store,
  ready: readonly Ready[],
  counts: ReadonlyMap<number, readonly PeriodRows[]>,
): Promise<void> {
  let expected = 1;
  let actual = 1;
  for (const item of ready) {
    if (expected !== actual)
      await store.run(`UPDATE ${spec.table} SET line = line + $delta WHERE source_id = $source_id`, {
        delta: expected - actual,
        source_id: item.sourceId,
      });
    expected += expectedRecords(item.file);
    actual += total(counts.get(item.sourceId) ?? []);
  }
}

function total(periods: readonly PeriodRows[]): number {
  return periods.reduce((sum, p) => sum + p.rows, 0);
}

interface Found {
  readonly rejectsByLine: ReadonlyMap<number, RejectedRow>;
  /** Rows rowChecks.ts found faulty (empty required text, unreadable values, another month). */
  readonly faults: readonly RejectedRow[];
  readonly periods: readonly PeriodRows[];
}

/** One file's result: true line numbers, its rejects dealt with, its coverage. */
async function finishFile(
  spec: PoliceUkSpec,
  store: Store,
  item: Ready,
  options: LoadOptions,
  found: Found,
): Promise<LoadResult> {
  const { file, sourceId } = item;
  const { rejectsByLine } = found;
  let periods = found.periods;
  const accepted = total(periods);
  const lineCount = hasLineCount(file) ? file.lineCount : undefined;
  if (rejectsByLine.size > 0 || lineCount !== 1 + accepted) {
    const lines = await acceptedRecordLines(file.diskPath, file.encoding, new Set(rejectsByLine.keys()));
    if (lines.length === accepted)
      await correctLineNumbers(store, spec.table, sourceId, lines, options.tmpDir);
  }
  // Faulty rows were found before the renumbering: find them again at their true lines.
  const faults =
    found.faults.length > 0 && (rejectsByLine.size > 0 || lineCount !== 1 + accepted)
      ? await faultRejects(spec, file, (await rowFaults(spec, store, sourceId)).get(sourceId))
      : found.faults;
  const rejects = [...rejectsByLine.values(), ...faults].sort((a, b) => a.line - b.line);
  const problems: Problem[] = [];
  if (rejects.length > 0) {
    problems.push(...rejects.slice(0, SHOWN_PROBLEMS).map((r) => r.problem));
    if (rejects.length > SHOWN_PROBLEMS)
      problems.push(messages.ingest.moreProblems(file.displayPath, SHOWN_PROBLEMS, rejects.length));
    if (!options.skipBadRows) {
      await store.run(`DELETE FROM ${spec.table} WHERE source_id = $source_id`, { source_id: sourceId });
      return { ...failed(item, problems), rowsRejected: rejects.length, rejects };
    }
    const badLines = faults.map((r) => r.line);
    if (badLines.length > 0) {
      // A list travels as text: the store binds scalar values only.
      await store.run(
        `DELETE FROM ${spec.table}
         WHERE source_id = $source_id AND list_contains(string_split($lines, ',')::INTEGER[], line)`,
        { source_id: sourceId, lines: badLines.join(',') },
      );
      periods = await store.query<PeriodRows>(
        `SELECT strftime(month, '%Y-%m-01') AS period, count(*) AS rows
         FROM ${spec.table} WHERE source_id = $source_id GROUP BY ALL ORDER BY period`,
        { source_id: sourceId },
      );
    }
  }
  let coverage = periods.map((p) => ({ forceSlug: item.info.forceSlug, period: p.period, rows: p.rows }));
  const rowsAccepted = total(periods);
  if (rowsAccepted === 0) {
    // A header-only file still says "this force published nothing this month": record the month.
    coverage = [{ forceSlug: item.info.forceSlug, period: `${item.info.month}-01`, rows: 0 }];
    problems.push(messages.ingest.noDataRows(file.displayPath));
  }
  return {
    rowsAccepted,
    rowsRejected: rejects.length,
    problems,
    rejects,
    coverage,
    versionKey: failed(item, []).versionKey,
    ...(coverage[0] ? { firstPeriod: coverage[0].period } : {}),
    ...(coverage.length > 0 ? { lastPeriod: coverage.at(-1)!.period } : {}),
  };
}

/**
 * DuckDB's reader stopped the whole batch (its parser gave up on a file rather than rejecting a
 * row): the run cannot go on, so it is refused naming the file DuckDB names, with DuckDB's reason.
 */
function readerFailure(error: unknown, ready: readonly Ready[]): unknown {
  if (error instanceof ScrutinyError || !(error instanceof Error)) return error;
  const named = /file = (.+)/.exec(error.message)?.[1]?.trim();
  const file =
    ready.find((r) => r.path === named)?.file.displayPath ?? ready.map((r) => r.file.displayPath).join(', ');
  return new ScrutinyError(
    messages.ingest.csvReaderFailed(file, error.message.split('\n')[0] ?? error.message),
  );
}

/**
 * A path DuckDB can read as UTF-8 and that can travel in the batch's newline-separated list: a
 * windows-1252 file is converted; a path holding a line feed (legal, if unlikely) is copied.
 */
async function readablePath(file: IngestFile, tmpDir: string): Promise<string> {
  const path = await utf8Path(file, tmpDir);
  if (!path.includes('\n')) return path;
  mkdirSync(tmpDir, { recursive: true });
  const copy = join(tmpDir, `${randomUUID()}.csv`);
  copyFileSync(path, copy);
  return copy;
}
