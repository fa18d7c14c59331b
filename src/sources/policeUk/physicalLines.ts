/**
 * DuckDB's reader numbers the rows it rejects by its own count (a quoted value spanning two lines
 * counts once, a blank line counts), so after a quoted line break its line is one short. It also
 * gives the byte at which the rejected row starts: from that, the physical line is counted here the
 * way the CSV tokenizer the other loaders use counts it (header = line 1; a line ends with LF, CRLF
 * or CR), so every loader reports the same line for the same row. Only files with rejects are read.
 */
import { readFileSync } from 'node:fs';

const LF = 0x0a;
const CR = 0x0d;

/** A file's bytes with its line starts, for turning byte positions into lines. */
export class LineIndex {
  private readonly bytes: Buffer;
  /** Byte offset at which each line starts (line n starts at starts[n - 1]). */
  private readonly starts: number[] = [0];

  constructor(path: string) {
    this.bytes = readFileSync(path);
    const bytes = this.bytes;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === LF) this.starts.push(i + 1);
      else if (byte === CR && bytes[i + 1] !== LF) this.starts.push(i + 1);
    }
  }

  /**
   * The line of the row DuckDB says starts at `position`. DuckDB's position can point at the line
   * break before the row (CRLF files, blank lines): those bytes are skipped first.
   */
  lineOfRow(position: number): number {
    let at = position;
    while (at < this.bytes.length && (this.bytes[at] === LF || this.bytes[at] === CR)) at++;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** The lines after `line` that hold any text, with their text (line break removed). */
  linesAfter(line: number): { line: number; text: string }[] {
    const out: { line: number; text: string }[] = [];
    for (let n = line + 1; n <= this.starts.length; n++) {
      const start = this.starts[n - 1]!;
      const end = n < this.starts.length ? this.starts[n]! : this.bytes.length;
      const text = this.bytes.toString('utf8', start, end).replace(/\r?\n$|\r$/, '');
      if (text.trim() !== '') out.push({ line: n, text });
    }
    return out;
  }
}
