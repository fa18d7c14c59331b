/**
 * A published archive holds every force (about 1.5 GB); a workspace wants one force, or a few. This
 * writes a smaller zip with only the chosen force's entries for the chosen months, copying each
 * entry's compressed bytes as they are (no inflate, no deflate: the copy is exact and fast, and its
 * CRC is the publisher's). The entries keep their names, `YYYY-MM/YYYY-MM-<force>-<kind>.csv`, so the
 * ingest reads the smaller zip exactly as it would the whole archive.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { POLICE_UK_FILE_NAME } from '../../catalogue/formats.js';
import { corrupt, type ZipEntry } from '../discoverZip.js';

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
export function copyEntries(
  from: string,
  displayPath: string,
  entries: readonly ZipEntry[],
  to: string,
): void {
  const input = openSync(from, 'r');
  const output = openSync(to, 'w');
  try {
    const central: Buffer[] = [];
    let offset = 0;
    for (const entry of entries) {
      const source = Buffer.alloc(30);
      readSync(input, source, 0, 30, entry.localHeaderOffset);
      if (source.readUInt32LE(0) !== LOCAL)
        throw corrupt(displayPath, `entry ${entry.name} has no local header`);
      if (entry.compressedSize >= LIMIT || offset >= LIMIT)
        throw corrupt(displayPath, `entry ${entry.name} is too large to copy into a force's own zip`);
      const dataStart = entry.localHeaderOffset + 30 + source.readUInt16LE(26) + source.readUInt16LE(28);
      const name = Buffer.from(entry.name, 'utf8');
      const time = source.readUInt16LE(10);
      const date = source.readUInt16LE(12);
      const local = header(30, LOCAL, entry, name, time, date);
      writeSync(output, local);
      writeSync(output, name);
      copyBytes(input, output, dataStart, entry.compressedSize, displayPath, entry.name);
      const record = header(46, CENTRAL, entry, name, time, date);
      record.writeUInt32LE(offset, 42);
      central.push(record, name);
      offset += 30 + name.length + entry.compressedSize;
    }
    const directory = Buffer.concat(central);
    writeSync(output, directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    writeSync(output, end);
  } finally {
    closeSync(input);
    closeSync(output);
  }
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

function copyBytes(
  input: number,
  output: number,
  start: number,
  length: number,
  zip: string,
  name: string,
): void {
  const buffer = Buffer.alloc(Math.min(length, 1 << 20));
  for (let done = 0; done < length; ) {
    const read = readSync(input, buffer, 0, Math.min(buffer.length, length - done), start + done);
    if (read === 0) throw corrupt(zip, `entry ${name} is cut short`);
    writeSync(output, buffer.subarray(0, read));
    done += read;
  }
}
