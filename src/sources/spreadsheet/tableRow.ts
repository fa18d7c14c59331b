/**
 * What every table reader (CSV, .xlsx, .ods) hands the loaders: rows of text cells, each with the line
 * a person would look at to find it (the file's line for CSV, the sheet's row number for a workbook).
 */
import type { CsvSyntaxError } from './csvTokenizer.js';

export interface TableRow {
  /** 1-based: the CSV line the row starts on, or the spreadsheet row number. */
  readonly line: number;
  /** Cell texts. Numbers from a workbook are written plainly (12345, not "12,345"). */
  readonly fields: readonly string[];
  /** The CSV record text, for the rejects file; workbook rows have none. */
  readonly raw?: string;
  readonly error?: CsvSyntaxError;
}

/** One sheet of a workbook, or the whole of a CSV file. */
export interface TableSheet {
  /** The sheet's name; undefined for a CSV file. */
  readonly name: string | undefined;
  /** Rows in batches (a CSV's rows arrive a chunk at a time; a workbook sheet's all at once). */
  readonly batches: AsyncIterable<readonly TableRow[]>;
}

/** `file` for a CSV, `file!Sheet name` for a workbook sheet: how problems say where. */
export function sheetLabel(displayPath: string, sheetName: string | undefined): string {
  return sheetName === undefined ? displayPath : `${displayPath}!${sheetName}`;
}

/** A row with no text in any cell: a spacer, not data. */
export function isBlankRow(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}
