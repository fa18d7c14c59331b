/**
 * A published archive holds every force (about 1.5 GB); a workspace wants one force, or a few. This
 * writes a smaller zip with only the chosen force's entries for the chosen months, copying each
 * entry's compressed bytes as they are (no inflate, no deflate: the copy is exact and fast, and its
 * CRC is the publisher's). The entries keep their names, `YYYY-MM/YYYY-MM-<force>-<kind>.csv`, so the
 * ingest reads the smaller zip exactly as it would the whole archive. yauzl reads the archive (each
 * entry's bytes as stored); fflate's streaming writer writes the new zip, taking those bytes as a
 * ready-made entry with the publisher's CRC and size.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { Zip, type ZipInputFile } from 'fflate';
import type { ZipFile } from 'yauzl';
import { POLICE_UK_FILE_NAME } from '../../catalogue/formats.js';
import { corrupt, openReadableZip, type ZipEntry } from '../discoverZip.js';

/** fflate writes no zip64 records: sizes and offsets must stay below 4 GiB, far above one force's files. */
const LIMIT = 0xffffffff;

export interface EntryFilter {
  readonly forceSlug: string;
  readonly first: string;
  readonly last: string;
}

/** The archive's police.uk entries for the force within the months. */
export function entriesFor(entries: readonly ZipEntry[], filter: EntryFilter): ZipEntry[] {
  return entries.filter((entry) => {
    const match = POLICE_UK_FILE_NAME.exec(basename(entry.name));
    return match?.[2] === filter.forceSlug && match[1]! >= filter.first && match[1]! <= filter.last;
  });
}

/** The force slugs an archive holds files for, sorted. */
export function slugsIn(entries: readonly ZipEntry[]): string[] {
  const slugs = new Set<string>();
  for (const entry of entries) {
    const slug = POLICE_UK_FILE_NAME.exec(basename(entry.name))?.[2];
    if (slug) slugs.add(slug);
  }
  return [...slugs].sort();
}

/** Write `entries` of the zip at `from` into a new zip at `to`. */
export async function copyEntries(
  from: string,
  displayPath: string,
  entries: readonly ZipEntry[],
  to: string,
): Promise<void> {
  const zip = await openReadableZip(from, displayPath);
  const output = openSync(to, 'w');
  let failure: Error | null = null;
  const writer = new Zip((error, chunk) => {
    if (error) failure = error;
    else writeSync(output, chunk);
  });
  try {
    let offset = 0;
    for (const entry of entries) {
      // Local header, name, bytes and the 16-byte data descriptor fflate writes after them.
      offset += 30 + Buffer.byteLength(entry.name) + entry.compressedSize + 16;
      if (entry.compressedSize >= LIMIT || entry.size >= LIMIT || offset >= LIMIT)
        throw corrupt(displayPath, `entry ${entry.name} is too large to copy into a force's own zip`);
      const copy: ZipInputFile = {
        filename: entry.name,
        size: entry.size,
        crc: entry.crc32,
        compression: entry.method,
        // The DOS fields (not a finer extra-field time), read and written as local time: the same fields.
        mtime: entry.record.getLastModDate({ timezone: 'local', forceDosFormat: true }),
      };
      writer.add(copy);
      await copyStored(zip, entry, copy, displayPath);
      if (failure) throw failure;
    }
    writer.end();
    if (failure) throw failure;
  } finally {
    zip.close();
    closeSync(output);
  }
}

/** The entry's bytes as stored (still deflated), from yauzl, handed to fflate as they come. */
async function copyStored(
  zip: ZipFile,
  entry: ZipEntry,
  copy: ZipInputFile,
  displayPath: string,
): Promise<void> {
  let copied = 0;
  try {
    const stored = await zip.openReadStreamPromise(entry.record, { decodeFileData: false });
    for await (const chunk of stored as AsyncIterable<Uint8Array<ArrayBuffer>>) {
      copy.ondata?.(null, chunk, false);
      copied += chunk.length;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw corrupt(displayPath, `entry ${entry.name} cannot be copied (${detail})`);
  }
  if (copied !== entry.compressedSize) throw corrupt(displayPath, `entry ${entry.name} is cut short`);
  copy.ondata?.(null, new Uint8Array(0), true);
}
