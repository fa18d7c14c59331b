/**
 * Opening a zip with yauzl, the zip library the project reads zips with (random access: it reads the
 * central directory at the end of the file, then only the entries asked for). yauzl reads the file
 * through this module's reader, which streams in 1 MB chunks rather than yauzl's default 16 KB:
 * 256 MB of stored bytes then cost 256 reads, not 16,384.
 */
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { PassThrough, type Readable } from 'node:stream';
import yauzl from 'yauzl';

/** Read in chunks this size: few system calls, little memory. */
export const CHUNK = 1 << 20;

class FileReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly path: string,
    private readonly file: FileHandle,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    if (end <= start) return new PassThrough().end();
    // A stream of its own file descriptor: ending or destroying it must not close the shared one.
    // yauzl's `end` is exclusive, createReadStream's inclusive.
    return createReadStream(this.path, { start, end: end - 1, highWaterMark: CHUNK });
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    this.file.read(buffer, offset, length, position).then(
      ({ bytesRead }) => callback(null, bytesRead),
      (error: Error) => callback(error),
    );
  }

  override close(callback: (err: Error | null) => void): void {
    this.file.close().then(
      () => callback(null),
      (error: Error) => callback(error),
    );
  }
}

/**
 * Open a zip and read its end-of-directory records (Zip64 too); entries are then read one at a time
 * with `eachEntry()`. Call `close()` when done: the file closes once every open stream has ended.
 */
export async function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  const file = await open(zipPath, 'r');
  try {
    const { size } = await file.stat();
    return await yauzl.fromRandomAccessReaderPromise(new FileReader(zipPath, file), size, {
      lazyEntries: true,
      autoClose: false,
      // Sizes are checked by the extractor itself, which stops a zip bomb at the declared size.
      validateEntrySizes: false,
    });
  } catch (error) {
    await file.close();
    throw error;
  }
}
