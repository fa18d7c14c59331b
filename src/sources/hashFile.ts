/**
 * One streaming pass over a file's bytes that gives the pipeline everything it needs before loading:
 * the SHA-256 (the file's identity in `sources`), its size, whether it is valid UTF-8 (else we read it
 * as windows-1252), and how many lines it has. The line count lets a loader prove cheaply that every
 * CSV record sits on one line, so that record n is line n + 1 without a second, slower scan.
 */
import { isUtf8 } from 'node:buffer';
import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { IngestFile } from './loader.js';

export interface FileScan {
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly encoding: 'utf-8' | 'windows-1252';
  /** Physical lines: line feeds, plus one when the last line has none. 0 for an empty file. */
  readonly lineCount: number;
  /**
   * A file whose lines do not all end alike: the first line that ends otherwise than the first line
   * (CRLF among LF, LF among CRLF), or holds a carriage return that ends no line. DuckDB's reader
   * cannot read such a file at all (its parser stops with "invalid state").
   */
  readonly mixedLineEnd?: number;
}

/** An IngestFile that also carries its line count (the pipeline's files always do). */
export interface ScannedIngestFile extends IngestFile {
  readonly lineCount: number;
  readonly mixedLineEnd?: number;
}

export function hasLineCount(file: IngestFile): file is ScannedIngestFile {
  return typeof (file as Partial<ScannedIngestFile>).lineCount === 'number';
}

const LF = 0x0a;
const CR = 0x0d;

/** Feed it a file's chunks in order, then call `finish()`. */
export class FileScanner {
  private readonly hash: Hash = createHash('sha256');
  private size = 0;
  private lineFeeds = 0;
  private lastByte = -1;
  private utf8 = true;
  private strayCr: number | undefined;
  /** The line of a CR that ended the previous chunk, until the next chunk says whether LF follows. */
  private crAtEnd: number | undefined;
  /** The first line ending in CRLF, and the first ending in a bare LF. */
  private firstCrlf: number | undefined;
  private firstBareLf: number | undefined;
  /** The bytes of a UTF-8 sequence split across two chunks, checked with the next chunk. */
  private carry: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (chunk.length === 0) return;
    if (this.strayCr === undefined) this.findStrayCr(chunk);
    const previousLast = this.lastByte;
    this.lastByte = chunk[chunk.length - 1] ?? -1;
    for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, at + 1)) {
      this.lineFeeds++;
      const crlf = (at > 0 ? chunk[at - 1] : previousLast) === CR;
      if (crlf) this.firstCrlf ??= this.lineFeeds;
      else this.firstBareLf ??= this.lineFeeds;
    }
    if (this.utf8) this.checkUtf8(chunk);
  }

  finish(): FileScan {
    if (this.carry.length > 0) this.utf8 = false;
    const lineCount = this.size === 0 ? 0 : this.lineFeeds + (this.lastByte === LF ? 0 : 1);
    const stray = this.lineFeeds > 0 ? (this.strayCr ?? this.crAtEnd) : undefined;
    const { firstCrlf, firstBareLf } = this;
    const otherEnd =
      firstCrlf !== undefined && firstBareLf !== undefined ? Math.max(firstCrlf, firstBareLf) : undefined;
    const mixed = Math.min(stray ?? Number.POSITIVE_INFINITY, otherEnd ?? Number.POSITIVE_INFINITY);
    return {
      sha256: this.hash.digest('hex'),
      sizeBytes: this.size,
      encoding: this.utf8 ? 'utf-8' : 'windows-1252',
      lineCount,
      // A file of CR-only line ends (old Macintosh) has no line feed: DuckDB reads it as such.
      ...(Number.isFinite(mixed) ? { mixedLineEnd: mixed } : {}),
    };
  }

  /** Called before the chunk's line feeds are counted: `lineFeeds` is the count before it. */
  private findStrayCr(chunk: Buffer): void {
    if (this.crAtEnd !== undefined && chunk[0] !== LF) {
      this.strayCr = this.crAtEnd;
      return;
    }
    this.crAtEnd = undefined;
    for (let at = chunk.indexOf(CR); at !== -1; at = chunk.indexOf(CR, at + 1)) {
      if (at === chunk.length - 1) this.crAtEnd = this.lineAt(chunk, at);
      else if (chunk[at + 1] !== LF) {
        this.strayCr = this.lineAt(chunk, at);
        return;
      }
    }
  }

  private lineAt(chunk: Buffer, at: number): number {
    let feeds = this.lineFeeds;
    for (let i = chunk.indexOf(LF); i !== -1 && i < at; i = chunk.indexOf(LF, i + 1)) feeds++;
    return feeds + 1;
  }

  private checkUtf8(chunk: Buffer): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeUtf8Prefix(bytes);
    this.carry = Buffer.from(bytes.subarray(cut));
    if (!isUtf8(bytes.subarray(0, cut))) this.utf8 = false;
  }
}

/** The length of the longest prefix that does not end inside a multi-byte UTF-8 sequence. */
function completeUtf8Prefix(bytes: Buffer): number {
  const end = bytes.length;
  // A sequence is at most 4 bytes: look back at most 3 bytes for its lead byte.
  for (let back = 1; back <= Math.min(3, end); back++) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? end - back : end;
  }
  return end;
}

/** Bytes read at a time. */
const READ_BYTES = 1 << 20;

/**
 * Scan a file on disk in one pass, reading into one buffer over and over: a read stream allocates a
 * buffer per chunk, which over a national year (1.5 GB) cost about a tenth of the pass's CPU time.
 * The scanner keeps nothing of a chunk but copies (the hash, the bytes of a split UTF-8 sequence).
 */
export async function scanFile(path: string): Promise<FileScan> {
  const scanner = new FileScanner();
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      scanner.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return scanner.finish();
}
