/**
 * DuckDB's CSV reader, run with store_rejects, keeps each row it could not read in a temporary table
 * with the line, the column and the raw text. This turns those rows into the project's Problems
 * (`file:line: column: expected ..., found ...`) for the police.uk files.
 */
import { messages } from '../../errors/messages.js';
import { quoteFound } from '../../errors/problem.js';
import { parseHeaderLine } from '../ingestHeader.js';
import type { RejectedRow } from '../loader.js';
import type { PoliceUkSpec } from './specs.js';

/** A row of DuckDB's reject_errors table, as selected by `loadPoliceUkCsv`. */
export type ReaderReject = {
  readonly line: number;
  readonly column_idx: number | null;
  readonly column_name: string | null;
  readonly error_type: string;
  readonly csv_line: string | null;
  readonly error_message: string | null;
};

const EXPECTED: Record<string, string> = {
  DATE: 'a month written YYYY-MM, e.g. 2025-01',
  DOUBLE: 'a decimal number, or empty',
  TIMESTAMPTZ: 'an ISO 8601 date and time such as 2025-01-31T14:05:00+00:00',
};

export function rejectFromReader(spec: PoliceUkSpec, file: string, reject: ReaderReject): RejectedRow {
  const where = { file, line: reject.line };
  const raw = reject.csv_line?.replace(/\r?\n$/, '') ?? undefined;
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
  return { line: reject.line, problem, ...(shownRaw === undefined ? {} : { raw: shownRaw }) };
}
