/**
 * Step 1 of the pipeline: turn the paths the user gave into the files to ingest. Folders are walked
 * recursively (hidden entries such as `.downloads/` and partial `.part` files skipped), zips are
 * listed by their directory, and each file gets what its location says about it: the police.uk
 * archive month, or the force extract date from a `force-extract-YYYY-MM-DD` folder.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FORCE_EXTRACT_FOLDER, POLICE_UK_ARCHIVE_NAME, POLICE_UK_FILE_NAME } from '../catalogue/formats.js';
import { messages } from '../errors/messages.js';
import { ExitCode, ScrutinyError } from '../errors/problem.js';

export interface FoundFile {
  readonly kind: 'file';
  readonly displayPath: string;
  readonly diskPath: string;
  /** Named by the user (an unrecognised file is then an error, not a skipped stray). */
  readonly explicit: boolean;
  readonly archiveMonth?: string;
  readonly extractDate?: string;
}

export interface FoundZip {
  readonly kind: 'zip';
  readonly displayPath: string;
  readonly diskPath: string;
  readonly explicit: boolean;
  /** From the name `YYYY-MM.zip`; otherwise the latest month among the entries (decided later). */
  readonly archiveMonth?: string;
}

export type Found = FoundFile | FoundZip;

const TABLE_FILE = /\.(csv|xlsx|ods)$/i;
const MONTH_FOLDER = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Every file and zip under `paths`, in a stable order (paths as given, then sorted names). */
export function discover(paths: readonly string[]): Found[] {
  const found: Found[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new ScrutinyError(messages.ingest.pathNotFound(path), ExitCode.usageError);
    if (statSync(path).isDirectory()) walk(path, found, new Set([realpathSync(path)]));
    else found.push(describe(path, true));
  }
  // The same file named twice (a folder and a file inside it) is considered once.
  const seen = new Set<string>();
  return found.filter((f) => {
    if (seen.has(f.diskPath)) return false;
    seen.add(f.diskPath);
    return true;
  });
}

/** `open`: the real paths of the folders being walked, so a link back into one is caught, not followed. */
function walk(dir: string, found: Found[], open: ReadonlySet<string>): void {
  const names = readdirSync(dir).sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const stat = statOrLoop(path);
    if (stat.isDirectory()) {
      const real = realpathSync(path);
      if (open.has(real))
        throw new ScrutinyError(
          messages.ingest.linkLoop(path, `a link back to ${real}, a folder it is inside`),
        );
      walk(path, found, new Set([...open, real]));
    } else if (TABLE_FILE.test(name) || /\.zip$/i.test(name)) found.push(describe(path, false));
  }
}

function statOrLoop(path: string): ReturnType<typeof statSync> & object {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      throw new ScrutinyError(messages.ingest.linkLoop(path, 'a link that leads back to itself'));
    throw error;
  }
}

function describe(path: string, explicit: boolean): Found {
  const name = basename(path);
  if (/\.zip$/i.test(name)) {
    const month = POLICE_UK_ARCHIVE_NAME.exec(name)?.[1];
    return {
      kind: 'zip',
      displayPath: path,
      diskPath: path,
      explicit,
      ...(month ? { archiveMonth: month } : {}),
    };
  }
  // A folder named for a day that does not exist (force-extract-2027-02-30) gives no date: the
  // force extract loader then says what the folder must be called.
  const extractDate = realDate(FORCE_EXTRACT_FOLDER.exec(basename(dirname(path)))?.[1]);
  const archiveMonth = archiveMonthOfFolder(path);
  return {
    kind: 'file',
    displayPath: path,
    diskPath: path,
    explicit,
    ...(extractDate ? { extractDate } : {}),
    ...(archiveMonth ? { archiveMonth } : {}),
  };
}

function realDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : undefined;
}

/**
 * An unpacked archive keeps the zip's layout: `<archive>/YYYY-MM/YYYY-MM-<force>-street.csv`. The
 * archive month is the archive folder's name when it is a month, else the latest month folder in it.
 * A loose file (not in its month's folder) has none: the pipeline then uses the file's own month.
 */
function archiveMonthOfFolder(path: string): string | undefined {
  const fileMonth = POLICE_UK_FILE_NAME.exec(basename(path))?.[1];
  const monthFolder = dirname(path);
  if (!fileMonth || basename(monthFolder) !== fileMonth) return undefined;
  const archiveFolder = dirname(monthFolder);
  const archiveName = basename(archiveFolder);
  if (MONTH_FOLDER.test(archiveName)) return archiveName;
  const months = readdirSync(archiveFolder).filter((n) => MONTH_FOLDER.test(n));
  return months.sort().at(-1);
}

/** The latest month among a zip's police.uk entries: a data.police.uk archive ends at its own month. */
export function latestEntryMonth(entryNames: readonly string[]): string | undefined {
  const months = entryNames
    .map((name) => POLICE_UK_FILE_NAME.exec(basename(name))?.[1])
    .filter((m): m is string => m !== undefined);
  return months.sort().at(-1);
}
