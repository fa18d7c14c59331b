/**
 * A published archive holds every force (about 1.5 GB); a workspace wants one force, or a few. This
 * writes a smaller zip with only the chosen force's entries for the chosen months, copying each
 * entry's compressed bytes as they are (no inflate, no deflate: the copy is exact and fast, and its
 * CRC is the publisher's). The entries keep their names, `YYYY-MM/YYYY-MM-<force>-<kind>.csv`, so the
 * ingest reads the smaller zip exactly as it would the whole archive. yauzl reads the archive (each
 * entry's local header, and its bytes as stored); the new zip's few records are written here, since
 * the zip writers at hand compress what they are given and cannot take bytes already deflated with
 * the publisher's CRC.
 */
import { type FileHandle, open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ZipFile } from 'yauzl';
import { POLICE_UK_FILE_NAME } from '../../catalogue/formats.js';
import { corrupt, type ZipEntry } from '../discoverZip.js';
import { openZip } from '../zipOpen.js';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
/** Without zip64 records, sizes and offsets must stay below 4 GiB: far above one force's files. */
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
  const zip = await openZip(from);
  const output = await open(to, 'w');
  try {
    const central: Buffer[] = [];
    let offset = 0;
    for (const entry of entries) {
      if (entry.compressedSize >= LIMIT || offset >= LIMIT)
        throw corrupt(displayPath, `entry ${entry.name} is too large to copy into a force's own zip`);
      const name = Buffer.from(entry.name, 'utf8');
      const time = entry.record.lastModFileTime;
      const date = entry.record.lastModFileDate;
      await output.write(header(30, LOCAL, entry, name, time, date));
      await output.write(name);
      await copyStored(zip, entry, output, displayPath);
      const record = header(46, CENTRAL, entry, name, time, date);
      record.writeUInt32LE(offset, 42);
      central.push(record, name);
      offset += 30 + name.length + entry.compressedSize;
    }
    const directory = Buffer.concat(central);
    await output.write(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    await output.write(end);
  } finally {
    zip.close();
    await output.close();
  }
}

/** The entry's bytes as stored (still deflated), from yauzl, appended to `output`. */
async function copyStored(
  zip: ZipFile,
  entry: ZipEntry,
  output: FileHandle,
  displayPath: string,
): Promise<void> {
  let copied = 0;
  try {
    const stored = await zip.openReadStreamPromise(entry.record, { decodeFileData: false });
    for await (const chunk of stored as AsyncIterable<Buffer>) {
      await output.write(chunk);
      copied += chunk.length;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw corrupt(displayPath, `entry ${entry.name} cannot be copied (${detail})`);
  }
  if (copied !== entry.compressedSize) throw corrupt(displayPath, `entry ${entry.name} is cut short`);
}

/** A local (30 bytes) or central (46 bytes) header: sizes and CRC from the directory, no data descriptor. */
function header(
  size: 30 | 46,
  signature: number,
  entry: ZipEntry,
  name: Buffer,
  time: number,
  date: number,
): Buffer {
  const b = Buffer.alloc(size);
  b.writeUInt32LE(signature, 0);
  const at = size === 46 ? 2 : 0; // the central record has 'version made by' before the common part
  if (size === 46) b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 4 + at); // version needed: 2.0 (deflate)
  b.writeUInt16LE(0x0800, 6 + at); // UTF-8 names
  b.writeUInt16LE(entry.method, 8 + at);
  b.writeUInt16LE(time, 10 + at);
  b.writeUInt16LE(date, 12 + at);
  b.writeUInt32LE(entry.crc32 >>> 0, 14 + at);
  b.writeUInt32LE(entry.compressedSize, 18 + at);
  b.writeUInt32LE(entry.size, 22 + at);
  b.writeUInt16LE(name.length, 26 + at);
  return b;
}
