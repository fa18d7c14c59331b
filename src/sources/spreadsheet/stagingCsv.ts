/**
 * The validated rows of one file, written to a scratch CSV that DuckDB then reads in a single
 * `INSERT ... SELECT FROM read_csv(...)`: far faster than binding 400,000 rows one statement at a time,
 * and the values still never pass through SQL text. The file is plain UTF-8 with every string quoted,
 * so an empty string and NULL (an unquoted empty cell) stay distinct.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type StagedValue = string | number | null;

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

  add(values: readonly StagedValue[]): void {
    let line = '';
    for (let i = 0; i < values.length; i++) {
      if (i > 0) line += ',';
      const value = values[i];
      if (value === null || value === undefined) continue;
      if (typeof value === 'number') line += String(value);
      else line += `"${value.includes('"') ? value.replaceAll('"', '""') : value}"`;
    }
    this.buffer.push(line);
    this.bufferedChars += line.length + 1;
    this.rows += 1;
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
