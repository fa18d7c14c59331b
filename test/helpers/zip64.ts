/**
 * A Zip64 archive built in memory, as a writer of archives over 4 GB lays it out: every size and
 * offset saturated at 0xFFFFFFFF in the ordinary records, the true values in each entry's Zip64
 * extra field, and a Zip64 end-of-directory record with its locator before the ordinary one. The
 * entries are small, so the tests need no 4 GB file; `declare` lets an entry claim more than it holds.
 */
import * as zlib from 'node:zlib';

/** zlib.crc32 (Node 20.15 and later); the tests that need it skip without it. */
export const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export interface Zip64Entry {
  readonly name: string;
  readonly data: Uint8Array;
  /** Deflate the data (method 8) rather than store it (method 0). */
  readonly deflate?: boolean;
  /** The uncompressed size the records state, when it is to differ from the data's. */
  readonly declare?: number;
}

const SATURATED = 0xffffffff;

export function zip64(entries: readonly Zip64Entry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const stored = entry.deflate ? zlib.deflateRawSync(entry.data) : Buffer.from(entry.data);
    const size = entry.declare ?? entry.data.length;
    const common = (b: Buffer, at: number) => {
      b.writeUInt16LE(45, at); // version needed: 4.5 (Zip64)
      b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      b.writeUInt16LE(entry.deflate ? 8 : 0, at + 4);
      b.writeUInt16LE(0, at + 6); // time
      b.writeUInt16LE(0x5a21, at + 8); // date: 2025-01-01
      b.writeUInt32LE(crc32?.(entry.data) ?? 0, at + 10);
      b.writeUInt32LE(SATURATED, at + 14);
      b.writeUInt32LE(SATURATED, at + 18);
      b.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    local.writeUInt16LE(20, 28);
    const localExtra = extra(size, stored.length);
    parts.push(local, name, localExtra, stored);

    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(45, 4); // version made by
    common(record, 6);
    record.writeUInt16LE(28, 30);
    record.writeUInt32LE(SATURATED, 42);
    central.push(record, name, extra(size, stored.length, offset));
    offset += 30 + name.length + localExtra.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4); // the record's size after this field
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries.length), 24);
  record.writeBigUInt64LE(BigInt(entries.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(SATURATED, 12);
  end.writeUInt32LE(SATURATED, 16);
  return Buffer.concat([...parts, directory, record, locator, end]);
}

/** Extra field 0x0001: the uncompressed size, the compressed size and (central only) the offset. */
function extra(size: number, compressed: number, offset?: number): Buffer {
  const b = Buffer.alloc(offset === undefined ? 20 : 28);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(b.length - 4, 2);
  b.writeBigUInt64LE(BigInt(size), 4);
  b.writeBigUInt64LE(BigInt(compressed), 12);
  if (offset !== undefined) b.writeBigUInt64LE(BigInt(offset), 20);
  return b;
}
