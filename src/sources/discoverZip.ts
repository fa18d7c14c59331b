/**
 * Reading a zip's central directory: the list of entries at the end of the file. Reading it first
 * means a truncated download is caught before anything is extracted (the directory is the last thing
 * written, so it is the first thing lost), and entries for other datasets are never decompressed.
 * yauzl reads the records (Zip64 too: full data.police.uk archives can pass 4 GB); this module says
 * what a damaged directory means in plain words. Extracting an entry is zipExtract.ts.
 */
import type { Entry, ZipFile } from 'yauzl';
import { messages } from '../errors/messages.js';
import { ScrutinyError } from '../errors/problem.js';
import { openZip } from './zipOpen.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  /** yauzl's own record of the entry, to open its bytes with. */
  readonly record: Entry;
}

/** List a zip's entries; a zip without a readable directory is truncated or not a zip. */
export async function readZipDirectory(zipPath: string, displayPath: string): Promise<ZipEntry[]> {
  const zip = await openReadableZip(zipPath, displayPath);
  try {
    const entries: ZipEntry[] = [];
    try {
      for await (const record of zip.eachEntry())
        entries.push({
          name: record.fileName,
          method: record.compressionMethod,
          crc32: record.crc32,
          compressedSize: record.compressedSize,
          size: record.uncompressedSize,
          localHeaderOffset: record.relativeOffsetOfLocalHeader,
          record,
        });
    } catch (error) {
      throw corrupt(
        displayPath,
        `directory entry ${entries.length + 1} of ${zip.entryCount} is damaged (${directoryFault(error)})`,
      );
    }
    for (const entry of entries) {
      // Checked here, not when the entry's turn comes, so nothing is unpacked from a damaged zip.
      if (entry.localHeaderOffset + 30 + entry.record.fileNameLength + entry.compressedSize > zip.fileSize)
        throw corrupt(
          displayPath,
          `entry ${entry.name} runs past the end of the file: the file is cut short`,
        );
    }
    return entries;
  } finally {
    zip.close();
  }
}

/** Open a zip with yauzl; one whose end records cannot be read is named as damaged. */
export async function openReadableZip(zipPath: string, displayPath: string): Promise<ZipFile> {
  return openZip(zipPath).catch((error: unknown) => {
    // A file that cannot be opened at all is not a damaged zip: say the system's own reason.
    if ((error as NodeJS.ErrnoException).code !== undefined) throw error;
    throw corrupt(displayPath, directoryFault(error));
  });
}

/** yauzl's account of an unreadable directory, said as what it means for a download. */
function directoryFault(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/end of central directory record signature not found/i.test(detail))
    return 'no end-of-directory record: the file is cut short or is not a zip';
  if (/unexpected EOF/i.test(detail))
    return 'the directory points past the end of the file: the file is cut short';
  if (/zip64/i.test(detail)) return `a damaged zip64 directory record (${detail})`;
  if (/Invalid comment length/i.test(detail))
    return 'bytes follow its end-of-directory record: something was written past the end of the zip, or the record is damaged';
  // yauzl refuses names that would unpack outside a folder; Scrutiny would only use the base name,
  // but no archive police.uk publishes has them, so such a zip is not what it claims to be.
  const name = /^(?:absolute path|invalid relative path|invalid characters in fileName): (.*)$/s.exec(detail);
  if (name) return `it names an entry outside its own folders, ${JSON.stringify(name[1])}`;
  return detail;
}

export function corrupt(displayPath: string, detail: string): ScrutinyError {
  return new ScrutinyError(messages.ingest.corruptZip(displayPath, detail));
}
