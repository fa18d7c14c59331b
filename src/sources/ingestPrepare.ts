/**
 * Step 2 of the pipeline: the list of files to consider, each ready to be opened (scanned, and for a
 * zip entry extracted) only when its turn comes, so a large archive never needs all its files
 * unpacked at once. A zip whose every entry was ingested before is recognised by its own SHA-256 and
 * not unpacked at all.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { countFromContainer } from '../store/provenance.js';
import type { Store } from '../store/store.js';
import { discover, type FoundFile, type FoundZip, latestEntryMonth } from './discover.js';
import { corrupt, readZipDirectory, type ZipEntry } from './discoverZip.js';
import { type ScannedIngestFile, scanFile } from './hashFile.js';
import { extractZipEntry } from './zipExtract.js';

export interface PendingFile {
  readonly displayPath: string;
  readonly explicit: boolean;
  /** Its size as found before opening (on disk, or as the zip's directory states): for planning. */
  readonly expectedBytes: number;
  /** Scan the file (extracting it first when it is a zip entry). */
  open(): Promise<ScannedIngestFile>;
  /** Remove any extracted copy. */
  release(): void;
}

/** A zip all of whose files are in the store already: reported once, not unpacked. */
export interface IngestedZip {
  readonly displayPath: string;
  readonly files: number;
}

export interface Prepared {
  readonly pending: PendingFile[];
  readonly ingestedZips: IngestedZip[];
}

const ENTRY_FILE = /\.(csv|xlsx|ods)$/i;

/**
 * The most a zip's data entries may declare in all. A full data.police.uk archive (every force, three
 * years) unpacks to about 20 GB; a zip declaring more is refused before anything is unpacked.
 */
export const MAX_ZIP_DATA_BYTES = 64 * 1024 ** 3;

export async function prepare(store: Store, paths: readonly string[], tmpDir: string): Promise<Prepared> {
  const pending: PendingFile[] = [];
  const ingestedZips: IngestedZip[] = [];
  for (const found of discover(paths)) {
    if (found.kind === 'file') {
      pending.push(plainFile(found));
      continue;
    }
    const entries = (await readZipDirectory(found.diskPath, found.displayPath)).filter(isDataEntry);
    const declared = entries.reduce((sum, e) => sum + e.size, 0);
    if (declared > MAX_ZIP_DATA_BYTES)
      throw corrupt(
        found.displayPath,
        `its data files declare ${declared} bytes in all, more than the ${MAX_ZIP_DATA_BYTES} bytes Scrutiny unpacks from one zip`,
      );
    const zipScan = await scanFile(found.diskPath);
    if (entries.length > 0 && (await countFromContainer(store, zipScan.sha256)) >= entries.length) {
      ingestedZips.push({ displayPath: found.displayPath, files: entries.length });
      continue;
    }
    const archiveMonth = found.archiveMonth ?? latestEntryMonth(entries.map((e) => e.name));
    for (const entry of entries)
      pending.push(
        zipEntry(found, entry, { path: found.displayPath, sha256: zipScan.sha256 }, archiveMonth, tmpDir),
      );
  }
  return { pending, ingestedZips };
}

function isDataEntry(entry: ZipEntry): boolean {
  const name = basename(entry.name);
  return ENTRY_FILE.test(name) && !name.startsWith('.') && !entry.name.startsWith('__MACOSX/');
}

function plainFile(found: FoundFile): PendingFile {
  return {
    displayPath: found.displayPath,
    explicit: found.explicit,
    expectedBytes: sizeOnDisk(found.diskPath),
    open: async () => {
      const scan = await scanFile(found.diskPath);
      return {
        displayPath: found.displayPath,
        diskPath: found.diskPath,
        fileName: basename(found.diskPath),
        sizeBytes: scan.sizeBytes,
        sha256: scan.sha256,
        encoding: scan.encoding,
        lineCount: scan.lineCount,
        ...(scan.mixedLineEnd ? { mixedLineEnd: scan.mixedLineEnd } : {}),
        ...(found.archiveMonth ? { archiveMonth: found.archiveMonth } : {}),
        ...(found.extractDate ? { extractDate: found.extractDate } : {}),
      };
    },
    release: () => {},
  };
}

function zipEntry(
  zip: FoundZip,
  entry: ZipEntry,
  container: { path: string; sha256: string },
  archiveMonth: string | undefined,
  tmpDir: string,
): PendingFile {
  const folder = join(tmpDir, randomUUID());
  const diskPath = join(folder, basename(entry.name));
  const displayPath = `${zip.displayPath}!${entry.name}`;
  return {
    displayPath,
    explicit: false,
    expectedBytes: entry.size,
    open: async () => {
      mkdirSync(folder, { recursive: true });
      const scan = await extractZipEntry(zip.diskPath, zip.displayPath, entry, diskPath);
      return {
        displayPath,
        diskPath,
        fileName: basename(entry.name),
        sizeBytes: scan.sizeBytes,
        sha256: scan.sha256,
        encoding: scan.encoding,
        lineCount: scan.lineCount,
        ...(scan.mixedLineEnd ? { mixedLineEnd: scan.mixedLineEnd } : {}),
        container,
        ...(archiveMonth ? { archiveMonth } : {}),
      };
    },
    release: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** 0 when the file cannot be read: opening it then says why. */
function sizeOnDisk(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
