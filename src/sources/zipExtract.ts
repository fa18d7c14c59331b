/**
 * Extracting one zip entry to the workspace's tmp folder, scanning (hashing) its bytes on the way so
 * the pipeline never reads the extracted copy again before DuckDB loads it. Deflated entries go
 * through Node's own zlib (native code, on libuv's thread pool: about three times faster than a
 * JavaScript inflater, and the main thread hashes one chunk while the pool inflates the next).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { corrupt, type ZipEntry } from './discoverZip.js';
import { type FileScan, FileScanner } from './hashFile.js';

const LOCAL = 0x04034b50;
/** Read and inflate in chunks this size: few system calls, little memory. */
const CHUNK = 1 << 20;

/** zlib.crc32 exists from Node 20.15; without it the size and the inflater's own checks remain. */
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export async function extractZipEntry(
  zipPath: string,
  displayPath: string,
  entry: ZipEntry,
  outPath: string,
): Promise<FileScan> {
  if (entry.method !== 0 && entry.method !== 8)
    throw corrupt(
      displayPath,
      `entry ${entry.name} uses compression method ${entry.method} (only stored and deflate are read)`,
    );
  const dataStart = await entryDataStart(zipPath, displayPath, entry);
  const out = await open(outPath, 'w');
  const scanner = new FileScanner();
  let written = 0;
  let crc = 0;
  try {
    // createReadStream's `end` is inclusive; an entry of no bytes reads nothing at all.
    const input =
      entry.compressedSize > 0
        ? createReadStream(zipPath, {
            start: dataStart,
            end: dataStart + entry.compressedSize - 1,
            highWaterMark: CHUNK,
          })
        : Readable.from([]);
    const sink = async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) {
        scanner.push(chunk);
        if (crc32) crc = crc32(chunk, crc);
        written += chunk.length;
        await out.write(chunk);
      }
    };
    if (entry.method === 8) await pipeline(input, zlib.createInflateRaw({ chunkSize: CHUNK }), sink);
    else await pipeline(input, sink);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw corrupt(displayPath, `entry ${entry.name} cannot be decompressed (${detail})`);
  } finally {
    await out.close();
  }
  if (written !== entry.size)
    throw corrupt(
      displayPath,
      `entry ${entry.name} holds ${written} bytes where the directory says ${entry.size}`,
    );
  if (crc32 && crc >>> 0 !== entry.crc32 >>> 0)
    throw corrupt(displayPath, `entry ${entry.name} fails its CRC check: the zip is damaged`);
  return scanner.finish();
}

/** Where the entry's bytes start: after its local header, whose name and extra lengths may differ. */
async function entryDataStart(zipPath: string, displayPath: string, entry: ZipEntry): Promise<number> {
  const zip = await open(zipPath, 'r');
  try {
    const header = Buffer.alloc(30);
    const { bytesRead } = await zip.read(header, 0, 30, entry.localHeaderOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== LOCAL)
      throw corrupt(displayPath, `entry ${entry.name} has no local header`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await zip.close();
  }
}
