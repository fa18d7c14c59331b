/**
 * DuckDB's CSV reader, run with store_rejects, keeps each row it could not read in a temporary table
 * with the line, the column and the raw text. This turns those rows into the project's Problems
 * (`file:line: column: expected ..., found ...`) for the police.uk files, at the row's physical line
 * (physicalLines.ts). An unterminated quote swallows the rest of the file into one rejected row:
 * every line after it is rejected too, so that under --skip-bad-rows each row is counted.
 */
import { messages } from '../../errors/messages.js';
import { quoteFound } from '../../errors/problem.js';
import { parseHeaderLine } from '../ingestHeader.js';
import type { RejectedRow } from '../loader.js';
import { LineIndex } from './physicalLines.js';
import type { PoliceUkSpec } from './specs.js';

/** A row of DuckDB's reject_errors table, as selected by `readerRejectsByPath`. */
export type ReaderReject = {
  readonly line: number;
  /** The byte at which the rejected row starts (or the line break just before it). */
  readonly line_byte_position: number | null;
  readonly column_idx: number | null;
  readonly column_name: string | null;
  readonly error_type: string;
  readonly csv_line: string | null;
  readonly error_message: string | null;
};

const EXPECTED: Record<string, string> = {
  DATE: 'a month written YYYY-MM, e.g. 2025-01',
  DOUBLE: 'a decimal number, or empty',
};

/**
 * The rejected rows of one file, by physical line; one row failing on several columns is rejected
 * once, with its first problem. `path` is the file DuckDB read (a UTF-8 copy for windows-1252).
 */
export function readerRejectsOf(
  spec: PoliceUkSpec,
  displayPath: string,
  path: string,
  rejects: readonly ReaderReject[],
): Map<number, RejectedRow> {
  const byLine = new Map<number, RejectedRow>();
  if (rejects.length === 0) return byLine;
  const index = new LineIndex(path);
  for (const reject of rejects) {
    const line =
      reject.line_byte_position === null ? reject.line : index.lineOfRow(reject.line_byte_position);
    if (byLine.has(line)) continue;
    const row = rejectFromReader(spec, displayPath, line, reject);
    byLine.set(line, row);
    if (row.problem.code !== 'ingest.unterminated-quote') continue;
    for (const after of index.linesAfter(line))
      if (!byLine.has(after.line))
        byLine.set(after.line, {
          line: after.line,
          problem: messages.ingest.swallowedByQuote({ file: displayPath, line: after.line }, line),
          raw: after.text,
        });
  }
  return byLine;
}

function rejectFromReader(spec: PoliceUkSpec, file: string, line: number, reject: ReaderReject): RejectedRow {
  const where = { file, line };
  // The reader's text of the row can start with the line break before it (CRLF files, blank lines).
  const raw = reject.csv_line?.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '') ?? undefined;
  const column = spec.columns.find((c) => c.name === reject.column_name);
  const fields = raw === undefined ? [] : parseHeaderLine(raw);
  const problem = (() => {
    switch (reject.error_type) {
      case 'CAST': {
        const header = column?.header ?? reject.column_name ?? '(unknown column)';
        const found = quoteFound(fields[(reject.column_idx ?? 1) - 1]);
        const expected = EXPECTED[column?.type ?? ''] ?? 'a valid value';
        return column?.type === 'DOUBLE'
          ? messages.ingest.badValue(where, header, expected, found)
          : messages.ingest.badDate(where, header, expected, found);
      }
      case 'MISSING COLUMNS':
      case 'TOO MANY COLUMNS': {
        const stated = /Found:\s*(\d+)/.exec(reject.error_message ?? '')?.[1];
        return messages.ingest.columnCount(where, spec.columns.length, Number(stated ?? fields.length));
      }
      case 'UNQUOTED VALUE':
        return /unterminated/i.test(reject.error_message ?? '')
          ? messages.ingest.unterminatedQuote(where, column?.header)
          : messages.ingest.strayQuote(
              where,
              column?.header,
              quoteFound(fields[(reject.column_idx ?? 1) - 1]),
            );
      default:
        return messages.ingest.csvRowRejected(where, reject.error_message ?? reject.error_type);
    }
  })();
  // An unterminated quote swallows the rest of the file: keep only its first line as the raw text.
  const shownRaw = reject.error_type === 'UNQUOTED VALUE' ? raw?.split(/\r?\n/, 1)[0] : raw;
  return { line, problem, ...(shownRaw === undefined ? {} : { raw: shownRaw }) };
}
