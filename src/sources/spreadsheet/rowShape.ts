/**
 * Problems with a row's shape, found before its values are looked at: a quoting mistake, or a column
 * count that differs from the header's. A workbook row is allowed to stop early (spreadsheets do not
 * store trailing empty cells) but not to run past the header with values.
 */
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { quoteFound } from '../../errors/problem.js';
import type { TableRow } from './tableRow.js';

export function rowShapeProblems(
  row: TableRow,
  header: readonly string[],
  where: string,
  isWorkbook: boolean,
): Problem[] | undefined {
  const at = { file: where, line: row.line };
  if (row.error) {
    const field = header[row.error.fieldIndex];
    return [
      row.error.kind === 'unterminated-quote'
        ? messages.ingest.unterminatedQuote(at, field)
        : messages.ingest.strayQuote(at, field, quoteFound(row.error.found)),
    ];
  }
  const width = isWorkbook ? lastFilled(row.fields) : row.fields.length;
  if (isWorkbook ? width > header.length : width !== header.length) {
    return [messages.ingest.columnCount(at, header.length, width)];
  }
  return undefined;
}

function lastFilled(fields: readonly string[]): number {
  let width = fields.length;
  while (width > 0 && (fields[width - 1] ?? '').trim() === '') width--;
  return width;
}
