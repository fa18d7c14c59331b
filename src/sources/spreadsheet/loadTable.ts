/**
 * The engine every tabular loader shares: find the header, check each data row's shape, hand its
 * cells to the dataset's row parser, stage the good rows and insert them in one statement.
 *
 * The rules it enforces (docs/formats.md):
 * - A header problem is fatal: nothing from the file loads, even with skipBadRows.
 * - By default one bad row rejects the whole file (rowsAccepted 0, rowsRejected = every data row);
 *   with skipBadRows the good rows load and each bad row comes back as a RejectedRow.
 * - rowsAccepted + rowsRejected is always the file's number of data rows (blank rows are not rows).
 * - At most MAX_PROBLEMS problems are listed, then one line saying how many rows were bad.
 * - A row repeating the spec's unique key of an earlier row is bad (found in DuckDB after staging).
 */
import { messages } from '../../errors/messages.js';
import { type Problem, quoteFound } from '../../errors/problem.js';
import type { Store } from '../../store/store.js';
import type { CoverageEntry, IngestFile, LoadOptions, RejectedRow } from '../loader.js';
import { HeaderFinder } from './findHeader.js';
import { findRepeatedKeys, insertStaged } from './insertStaged.js';
import { openTable } from './openTable.js';
import { rowShapeProblems } from './rowShape.js';
import { StagingCsv } from './stagingCsv.js';
import { isBlankRow, sheetLabel, type TableRow } from './tableRow.js';
import type { RowCells, TableSpec } from './tableSpec.js';

const MAX_PROBLEMS = 50;
const MAX_RAW_CHARS = 4000;

export interface TableLoadOutcome {
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
  readonly problems: readonly Problem[];
  readonly rejects: readonly RejectedRow[];
  readonly coverage: readonly CoverageEntry[];
  readonly firstPeriod?: string;
  readonly lastPeriod?: string;
}

export async function loadTable(
  store: Store,
  file: IngestFile,
  sourceId: number,
  options: LoadOptions,
  spec: TableSpec,
): Promise<TableLoadOutcome> {
  const opened = await openTable(file);
  if ('problem' in opened) return failed([opened.problem], 0);

  const problems: Problem[] = [];
  const rejects: RejectedRow[] = [];
  const coverage = new Map<string, CoverageEntry & { rows: number }>();
  const staging = new StagingCsv(options.tmpDir, spec.dataset);
  let dataRows = 0;
  let badRows = 0;
  let anyRow = false;
  let headerProblem: Problem | undefined;
  const headers: HeaderFinder[] = [];

  try {
    for (const sheet of opened.sheets) {
      const where = sheetLabel(file.displayPath, sheet.name);
      const isWorkbook = sheet.name !== undefined;
      const header = new HeaderFinder(spec.columns, spec.headerSearchRows, where, !isWorkbook);
      headers.push(header);
      const cells = new RowCellsView();
      for await (const batch of sheet.batches) {
        for (const row of batch) {
          if (isBlankRow(row.fields)) continue;
          anyRow = true;
          if (header.state === 'absent') break;
          if (header.state === 'searching') {
            if (header.offer(row) === 'found') headerProblem ??= header.problem;
            if (header.match) cells.use(header.match.index);
            continue;
          }
          dataRows++;
          if (headerProblem) continue; // nothing will load: only count
          cells.fields = row.fields;
          const parsed =
            rowShapeProblems(row, header.names, where, isWorkbook) ??
            spec.parseRow(cells, { file: where, line: row.line });
          if (Array.isArray(parsed)) {
            badRows++;
            reject(row, parsed);
            continue;
          }
          staging.add(row.line, parsed.values);
          const key = `${parsed.forceSlug}\u0000${parsed.period}`;
          const entry = coverage.get(key);
          if (entry) entry.rows++;
          else coverage.set(key, { forceSlug: parsed.forceSlug, period: parsed.period, rows: 1 });
        }
      }
      header.finish();
      headerProblem ??= header.problem;
      dataRows += header.dataRowsSeen;
    }

    if (!anyRow) return failed([messages.ingest.emptyFile({ file: file.displayPath }, spec.columns)], 0);
    if (headerProblem) return failed([headerProblem], dataRows);
    if (headers.every((header) => header.state !== 'found')) {
      const searched = opened.sheets.map((sheet) => `"${sheet.name ?? ''}"`).join(', ');
      return failed([messages.ingest.headerNotFound(file.displayPath, spec.columns, searched)], dataRows);
    }
    staging.close();
    const repeats = await findRepeatedKeys(store, spec, staging.path);
    for (const repeat of repeats) {
      badRows++;
      const field = spec.uniqueKey?.field ?? '';
      const at = { file: file.displayPath, line: repeat.line };
      reject({ line: repeat.line, fields: [] }, [
        messages.ingest.duplicateRow(at, field, quoteFound(repeat.key), repeat.firstLine),
      ]);
      const entry = coverage.get(`${repeat.forceSlug}\u0000${repeat.period}`);
      if (entry) entry.rows--;
    }
    if (repeats.length > 0) {
      problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      rejects.sort((a, b) => a.line - b.line);
    }
    if (problems.length > MAX_PROBLEMS) {
      problems.splice(MAX_PROBLEMS);
      problems.push(messages.ingest.moreProblems(file.displayPath, MAX_PROBLEMS, badRows));
    }
    if (badRows > 0 && !options.skipBadRows) return failed(problems, dataRows);
    if (dataRows === 0) problems.push(messages.ingest.noDataRows(file.displayPath));
    const accepted = staging.rows - repeats.length;
    if (accepted > 0) await insertStaged(store, spec, sourceId, staging.path, repeats.length > 0);
    const entries = [...coverage.values()]
      .filter((entry) => entry.rows > 0)
      .sort((a, b) => a.period.localeCompare(b.period));
    return {
      rowsAccepted: accepted,
      rowsRejected: badRows,
      problems,
      rejects,
      coverage: entries,
      ...(entries.length > 0 ? { firstPeriod: entries[0]?.period, lastPeriod: entries.at(-1)?.period } : {}),
    };
  } finally {
    staging.remove();
  }

  function reject(row: TableRow, rowProblems: readonly Problem[]): void {
    if (problems.length <= MAX_PROBLEMS) problems.push(...rowProblems);
    const first = rowProblems[0];
    if (options.skipBadRows && first) {
      const raw = row.raw === undefined ? {} : { raw: truncate(row.raw) };
      rejects.push({ line: row.line, problem: first, ...raw });
    }
  }
}

function failed(problems: readonly Problem[], dataRows: number): TableLoadOutcome {
  return { rowsAccepted: 0, rowsRejected: dataRows, problems, rejects: [], coverage: [] };
}

function truncate(raw: string): string {
  return raw.length > MAX_RAW_CHARS ? `${raw.slice(0, MAX_RAW_CHARS)}…` : raw;
}

/** The current row's cells by column name, trimmed; one instance is reused for every row. */
class RowCellsView implements RowCells {
  fields: readonly string[] = [];
  private index: ReadonlyMap<string, number> = new Map();

  use(index: ReadonlyMap<string, number>): void {
    this.index = index;
  }

  get(column: string): string {
    const position = this.index.get(column);
    return position === undefined ? '' : (this.fields[position] ?? '').trim();
  }
}
