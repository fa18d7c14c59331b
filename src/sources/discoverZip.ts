/**
 * Reading a zip's central directory: the list of entries at the end of the file. Reading it first
 * means a truncated download is caught before anything is extracted (the directory is the last thing
 * written, so it is the first thing lost), and entries for other datasets are never decompressed.
 * Zip64 archives (over 4 GB, as full data.police.uk archives can be) are read too. Extracting an
 * entry is zipExtract.ts.
 */
import { open } from 'node:fs/promises';
import { messages } from '../errors/messages.js';
import { ScrutinyError } from '../errors/problem.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_EOCD_SEARCH = 22 + 0xffff + 20;

/** List a zip's entries; a zip without a readable directory is truncated or not a zip. */
export async function readZipDirectory(zipPath: string, displayPath: string): Promise<ZipEntry[]> {
  const handle = await open(zipPath, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, MAX_EOCD_SEARCH);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let at = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0)
      throw corrupt(displayPath, 'no end-of-directory record: the file is cut short or is not a zip');
    let count = tail.readUInt16LE(at + 10);
    let directorySize: number = tail.readUInt32LE(at + 12);
    let directoryOffset: number = tail.readUInt32LE(at + 16);
    if (at >= 20 && tail.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
      const record = Buffer.alloc(56);
      await handle.read(record, 0, 56, Number(tail.readBigUInt64LE(at - 20 + 8)));
      if (record.readUInt32LE(0) !== ZIP64_EOCD)
        throw corrupt(displayPath, 'a damaged zip64 directory record');
      count = Number(record.readBigUInt64LE(32));
      directorySize = Number(record.readBigUInt64LE(40));
      directoryOffset = Number(record.readBigUInt64LE(48));
    }
    if (directoryOffset + directorySize > size)
      throw corrupt(displayPath, 'the directory points past the end of the file: the file is cut short');
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries = parseDirectory(directory, count, displayPath);
    for (const entry of entries) {
      if (entry.localHeaderOffset + 30 + entry.compressedSize > directoryOffset)
        throw corrupt(displayPath, `entry ${entry.name} runs past the start of the directory`);
    }
    return entries;
  } finally {
    await handle.close();
  }
}

function parseDirectory(directory: Buffer, count: number, displayPath: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL)
      throw corrupt(displayPath, `directory entry ${i + 1} of ${count} is damaged`);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    let compressedSize = directory.readUInt32LE(at + 20);
    let size = directory.readUInt32LE(at + 24);
    let localHeaderOffset = directory.readUInt32LE(at + 42);
    // Zip64: the fields saturated at 0xFFFFFFFF are in extra field 0x0001, in this order.
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    for (let e = 0; e + 4 <= extra.length; ) {
      const id = extra.readUInt16LE(e);
      const length = extra.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        const next = () => {
          const value = Number(extra.readBigUInt64LE(f));
          f += 8;
          return value;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      e += 4 + length;
    }
    entries.push({
      name,
      method: directory.readUInt16LE(at + 10),
      crc32: directory.readUInt32LE(at + 16),
      compressedSize,
      size,
      localHeaderOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function corrupt(displayPath: string, detail: string): ScrutinyError {
  return new ScrutinyError(messages.ingest.corruptZip(displayPath, detail));
}
