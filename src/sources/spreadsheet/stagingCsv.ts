/**
 * The validated rows of one file, written to a scratch CSV that DuckDB then reads in a single
 * `INSERT ... SELECT FROM read_csv(...)`: far faster than binding 400,000 rows one statement at a time,
 * and the values still never pass through SQL text. The file is plain UTF-8; an unquoted empty cell
 * is NULL, and a string is quoted when it holds a comma, a quote or a line break.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type StagedValue = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;
let sequence = 0;

export class StagingCsv {
  readonly path: string;
  private fd: number | undefined;
  private buffer: string[] = [];
  private bufferedChars = 0;
  rows = 0;

  constructor(directory: string, label: string) {
    mkdirSync(directory, { recursive: true });
    sequence += 1;
    this.path = join(directory, `staging-${label}-${process.pid}-${Date.now()}-${sequence}.csv`);
    this.fd = openSync(this.path, 'w');
  }

  /** One row: its line, then its values in the spec's insert-column order. */
  add(line: number, values: readonly StagedValue[]): void {
    const cells = new Array<string>(values.length + 1);
    cells[0] = String(line);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      // Unquoted empty is NULL; a string is quoted only when it must be (it is never empty: the
      // loaders give null for an empty optional value).
      if (value === null || value === undefined) cells[i + 1] = '';
      else if (typeof value === 'number') cells[i + 1] = String(value);
      else
        cells[i + 1] = value === '' || NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    }
    const text = cells.join(',');
    this.buffer.push(text);
    this.bufferedChars += text.length + 1;
    this.rows += 1;
    // Small flushes: a large buffer outlives young-generation collections and gets promoted.
    if (this.bufferedChars > 1 << 16) this.flush();
  }

  /** Finish writing; the file stays until `remove`. */
  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }

  private flush(): void {
    if (this.buffer.length === 0 || this.fd === undefined) return;
    writeSync(this.fd, `${this.buffer.join('\n')}\n`);
    this.buffer = [];
    this.bufferedChars = 0;
  }
}
