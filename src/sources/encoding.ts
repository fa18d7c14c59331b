/**
 * DuckDB's CSV reader reads UTF-8 (it drops a byte-order mark itself). A windows-1252 file, what
 * Excel writes on a British Windows machine, is copied to UTF-8 in the tmp folder first so that £
 * and é arrive intact; the copy has the same lines, so line numbers still point into the original.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { IngestFile } from './loader.js';
import { chunkDecoder } from './spreadsheet/decodeText.js';

/** A path to the file's text as UTF-8: the file itself, or a converted copy in `tmpDir`. */
export async function utf8Path(file: IngestFile, tmpDir: string): Promise<string> {
  if (file.encoding === 'utf-8') return file.diskPath;
  mkdirSync(tmpDir, { recursive: true });
  const copy = join(tmpDir, `${randomUUID()}-utf8-${basename(file.fileName)}`);
  const decoder = chunkDecoder('windows-1252');
  const out = await open(copy, 'w');
  try {
    for await (const chunk of createReadStream(file.diskPath, { highWaterMark: 1 << 20 }))
      await out.write(decoder.decode(chunk as Buffer));
    await out.write(decoder.end());
  } finally {
    await out.close();
  }
  return copy;
}
