/**
 * Writing CSV files row by row without building them whole: rows gather in a small buffer that is
 * flushed to the file descriptor every ~1 MB. Values the demo writes rarely need quoting, but
 * descriptions such as 'Public fear, alarm or distress' do, so every cell goes through `csvCell`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number)[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

export class CsvFile {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;
  rows = 0;

  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.fd = openSync(path, 'w');
    this.raw(csvLine(header));
  }

  /** One data row of already-safe text (the caller joined and escaped it), ending in '\n'. */
  raw(line: string): void {
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  row(cells: readonly (string | number)[]): void {
    this.rows++;
    this.raw(csvLine(cells));
  }

  /** Count a row written through `raw`. */
  counted(line: string): void {
    this.rows++;
    this.raw(line);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
