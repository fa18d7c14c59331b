/**
 * A zip written entry by entry straight to disk, so the police.uk archive never sits in memory
 * whole. fflate builds the zip container; each entry's bytes are deflated by Node's zlib (native
 * code: fflate's pure-JS deflate took three quarters of the demo's time) on libuv's thread pool,
 * so compression runs on the second core while the generator goes on, and is handed to fflate as
 * a ready-made deflate entry. fflate writes entries in the order they were added, whenever their
 * data arrives, so the file does not depend on timing. Every entry gets the same fixed modification time (fflate stores it in
 * local-time DOS fields; a Date built from local parts reads back the same parts in any time zone),
 * so the same content gives the same bytes with the same Node version.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

/** zlib level: 1 is several times faster than 6 and the archive only about a fifth larger. */
const LEVEL = 1;

export class ZipArchive {
  private readonly fd: number;
  private readonly zip: Zip;
  private readonly mtime: Date;
  private failure: Error | undefined;
  private readonly compressing: Promise<void>[] = [];
  private settled = 0;
  entries = 0;

  constructor(
    readonly path: string,
    modified: { readonly year: number; readonly monthNumber: number; readonly day: number },
  ) {
    this.fd = openSync(path, 'w');
    this.mtime = new Date(modified.year, modified.monthNumber - 1, modified.day, 6, 0, 0);
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else writeSync(this.fd, chunk);
    });
  }

  /** Add one file: its bytes. */
  add(name: string, bytes: Buffer): void {
    const entry: ZipInputFile = {
      filename: name,
      size: bytes.length,
      crc: crc32(bytes),
      compression: 8,
      mtime: this.mtime,
    };
    this.zip.add(entry);
    this.compressing.push(
      new Promise<void>((resolve, reject) =>
        zlib.deflateRaw(bytes, { level: LEVEL }, (error, deflated) => {
          if (error) reject(error);
          else {
            entry.ondata?.(null, deflated, true);
            resolve();
          }
        }),
      ),
    );
    this.entries++;
    if (this.failure) throw this.failure;
  }

  /** Wait until at most `limit` entries are still being compressed: bounds the memory they hold. */
  async settle(limit: number): Promise<void> {
    while (this.compressing.length - this.settled > limit) await this.compressing[this.settled++];
  }

  /** Wait for every entry, then write the central directory. */
  async close(): Promise<void> {
    try {
      await Promise.all(this.compressing);
      this.zip.end();
    } finally {
      closeSync(this.fd);
    }
    if (this.failure) throw this.failure;
  }
}

/** zlib.crc32 arrived in Node 20.15; the table version covers earlier 20.x releases. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
let table: Int32Array | undefined;

function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data);
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = (table[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
