/**
 * Extracting one zip entry to the workspace's tmp folder, scanning (hashing) its bytes on the way so
 * the pipeline never reads the extracted copy again before DuckDB loads it. Deflated entries go
 * through Node's own zlib (native code, on libuv's thread pool: about three times faster than a
 * JavaScript inflater, and the main thread hashes one chunk while the pool inflates the next).
 */
import { createReadStream } from 'node:fs';
import { open, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { messages } from '../errors/messages.js';
import { ScrutinyError } from '../errors/problem.js';
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
  await checkRoom(displayPath, entry, dirname(outPath));
  const out = await open(outPath, 'w');
  const scanner = new FileScanner();
  let written = 0;
  let crc = 0;
  // Why the sink stopped, when it did: the pipeline reports any sink failure as an abort.
  let oversized = false;
  let writeFailure: unknown;
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
        // A zip bomb declares a small size and inflates without end: stop at the declared size.
        if (written + chunk.length > entry.size) {
          oversized = true;
          throw new Error('more bytes than declared');
        }
        scanner.push(chunk);
        if (crc32) crc = crc32(chunk, crc);
        written += chunk.length;
        try {
          await out.write(chunk);
        } catch (error) {
          writeFailure = error;
          throw error;
        }
      }
    };
    if (entry.method === 8) await pipeline(input, zlib.createInflateRaw({ chunkSize: CHUNK }), sink);
    else await pipeline(input, sink);
  } catch (error) {
    if (oversized)
      throw corrupt(
        displayPath,
        `entry ${entry.name} inflates to more than the ${entry.size} bytes its directory declares (a damaged zip or a zip bomb); unpacking stopped there`,
      );
    if (writeFailure !== undefined) throw writeFault(displayPath, entry, outPath, writeFailure);
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

/**
 * Refuse an entry the tmp folder has no room for before writing a byte of it (its declared size,
 * which is also where inflating stops), so a full disk is said as such and never blamed on the zip.
 */
async function checkRoom(displayPath: string, entry: ZipEntry, folder: string): Promise<void> {
  const fs = await statfs(folder).catch(() => undefined);
  if (!fs) return;
  const free = fs.bavail * fs.bsize;
  if (entry.size > free)
    throw new ScrutinyError(
      messages.ingest.noRoomToUnpack(displayPath, entry.name, folder, entry.size, free),
    );
}

/** A write to the tmp folder failed: the disk or the folder is at fault, not the zip. */
function writeFault(displayPath: string, entry: ZipEntry, outPath: string, cause: unknown): Error {
  const code = (cause as NodeJS.ErrnoException).code;
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new ScrutinyError(
      messages.ingest.unpackWriteFailed(displayPath, entry.name, dirname(outPath), detail),
    );
  return cause instanceof Error ? cause : new Error(detail);
}
