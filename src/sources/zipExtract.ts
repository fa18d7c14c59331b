/**
 * Extracting one zip entry to the workspace's tmp folder, scanning (hashing) its bytes on the way so
 * the pipeline never reads the extracted copy again before DuckDB loads it. yauzl finds the entry's
 * bytes (its local header) and streams them as stored; deflated bytes then go through Node's own
 * zlib with 1 MB output chunks (native code, on libuv's thread pool: the main thread hashes one chunk
 * while the pool inflates the next; yauzl's own inflater would hand over 16 KB at a time). The sizes
 * and the CRC are checked here, as yauzl leaves the CRC to its caller.
 */
import { open, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { messages } from '../errors/messages.js';
import { ScrutinyError } from '../errors/problem.js';
import { corrupt, openReadableZip, type ZipEntry } from './discoverZip.js';
import { type FileScan, FileScanner } from './hashFile.js';
import { CHUNK } from './zipOpen.js';

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
  if (entry.record.isEncrypted())
    throw corrupt(displayPath, `entry ${entry.name} is encrypted (Scrutiny reads only unencrypted zips)`);
  await checkRoom(displayPath, entry, dirname(outPath));
  const zip = await openReadableZip(zipPath, displayPath);
  let input: Readable;
  try {
    input = await zip.openReadStreamPromise(entry.record, { decodeFileData: false });
  } catch (error) {
    zip.close();
    const detail = error instanceof Error ? error.message : String(error);
    throw corrupt(
      displayPath,
      /overflows file bounds|unexpected EOF/i.test(detail)
        ? `entry ${entry.name} runs past the end of the file: the file is cut short`
        : `entry ${entry.name} has no local header (${detail})`,
    );
  }
  // The file closes once the stream has ended or been destroyed.
  zip.close();
  const out = await open(outPath, 'w').catch((error: unknown) => {
    input.destroy();
    throw error;
  });
  const scanner = new FileScanner();
  let written = 0;
  let crc = 0;
  // Why the sink stopped, when it did: the pipeline reports any sink failure as an abort.
  let oversized = false;
  let writeFailure: unknown;
  try {
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
