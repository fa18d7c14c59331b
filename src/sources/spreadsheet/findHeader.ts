/**
 * Finding a table's header row. A force extract's header is line 1. A Home Office table may have
 * title and notes rows above its header, so its loaders search the first rows of each sheet for the
 * row that carries the column names (looksLikeHeader), then check that row exactly. A workbook
 * sheet without such a row (a cover sheet, the notes) is simply not the table. A CSV without one is
 * judged against its first row, so the user sees what was found where the header should be.
 */
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { type HeaderMatch, looksLikeHeader, matchHeader } from './headerMatch.js';
import type { TableRow } from './tableRow.js';

export class HeaderFinder {
  state: 'searching' | 'found' | 'absent' = 'searching';
  match: HeaderMatch | undefined;
  /** The header's cells as found, for naming a column by position. */
  names: readonly string[] = [];
  problem: Problem | undefined;
  /** Rows passed over while searching that turned out to be data (a CSV with no header). */
  dataRowsSeen = 0;
  private first: TableRow | undefined;
  private seen = 0;

  constructor(
    private readonly columns: readonly string[],
    private readonly searchRows: number,
    /** `file` or `file!Sheet`. */
    private readonly where: string,
    private readonly isCsv: boolean,
  ) {}

  /** Offer each non-blank row while `state` is 'searching'; returns the state after it. */
  offer(row: TableRow): HeaderFinder['state'] {
    this.first ??= row;
    this.seen++;
    if (this.searchRows <= 1 || looksLikeHeader(this.columns, row.fields)) this.settle(row);
    else if (this.seen >= this.searchRows) this.giveUp();
    return this.state;
  }

  /** The sheet ended. */
  finish(): void {
    if (this.state === 'searching') this.giveUp();
  }

  private giveUp(): void {
    if (this.isCsv && this.first) {
      this.settle(this.first);
      this.dataRowsSeen = this.seen - 1;
    } else {
      this.state = 'absent';
    }
  }

  private settle(row: TableRow): void {
    const match = matchHeader(this.columns, row.fields);
    this.state = 'found';
    this.match = match;
    this.names = row.fields;
    if (match.missing.length > 0 || match.unexpected.length > 0) {
      this.problem = messages.ingest.headerMismatch(
        { file: this.where, line: row.line },
        this.columns,
        row.fields.map((cell) => (cell.trim() === '' ? '(empty)' : cell)),
        match.missing,
        match.unexpected,
      );
    }
  }
}
