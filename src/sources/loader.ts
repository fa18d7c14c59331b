/**
 * The contract between the ingest pipeline (sources/ingest*.ts) and the one loader per dataset.
 *
 * The pipeline finds files (folders, zips), hashes them, skips files already ingested (same SHA-256
 * and format: a no-op that says so), detects each file's dataset, opens ONE transaction for the whole
 * run, inserts the `sources` row, asks the dataset's loader to validate and load the file's rows, then
 * records coverage and marks older versions superseded. If any file has errors and --skip-bad-rows was
 * not given, the transaction is rolled back: the store is exactly as it was.
 */
import type { Dataset } from '../catalogue/formats.js';
import type { ExtraForce } from '../catalogue/reference/index.js';
import type { Problem } from '../errors/problem.js';
import type { Store } from '../store/store.js';

/** One file to ingest, already on disk (zip entries are extracted to the workspace's tmp folder). */
export interface IngestFile {
  /** The path as the user gave it; for a zip entry `path/to/2025-01.zip!2025-01/2025-01-x-street.csv`. */
  readonly displayPath: string;
  /** A path DuckDB and Node can read. */
  readonly diskPath: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  /** The zip the file came from, if any. */
  readonly container?: { readonly path: string; readonly sha256: string };
  /** police.uk: the archive month ('YYYY-MM') from the archive's name, else the file's own month. */
  readonly archiveMonth?: string;
  /** Force extract: the extract date ('YYYY-MM-DD') from the folder name `force-extract-YYYY-MM-DD`. */
  readonly extractDate?: string;
  /** police.uk: the force slug in the file name; force extract: the workspace's force. */
  readonly forceSlug?: string;
  /** The text encoding detected for the file (UTF-8 with or without BOM, or windows-1252). */
  readonly encoding: 'utf-8' | 'windows-1252';
}

export interface LoadOptions {
  /** Accept the good rows of a file with bad ones; each reject is returned with its reason. */
  readonly skipBadRows: boolean;
  /** The workspace's own force (force extracts carry no force column). */
  readonly workspaceForceSlug: string;
  /**
   * Forces the workspace config names (its own force and its peers) with the names the Home Office
   * tables may give them: a force the reference list does not know (the demo's are fictional) is then
   * still recognised, without a warning. Real unknown names still warn.
   */
  readonly knownForces?: readonly ExtraForce[];
  /** Satisfaction cohorts accepted (from the workspace config). */
  readonly satisfactionCohorts: readonly string[];
  /** A folder for scratch files (e.g. a UTF-8 copy of a windows-1252 file). */
  readonly tmpDir: string;
}

/** A rejected row, written by the pipeline to .scrutiny/rejects/ under --skip-bad-rows. */
export interface RejectedRow {
  readonly line: number;
  readonly problem: Problem;
  /** The raw line text when available. */
  readonly raw?: string;
}

/** Rows per (force, period) that the file holds: becomes the `coverage` table. */
export interface CoverageEntry {
  readonly forceSlug: string;
  /** 'YYYY-MM-01': first day of the month, or of the financial quarter. */
  readonly period: string;
  readonly rows: number;
}

export interface LoadResult {
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
  /** File-level problems (bad header, empty file: nothing loaded) and row problems (first 50 at most). */
  readonly problems: readonly Problem[];
  readonly rejects: readonly RejectedRow[];
  readonly coverage: readonly CoverageEntry[];
  /**
   * The order of versions of the same (dataset, force, period): larger is newer. police.uk: the
   * archive month; force extract: the extract date; Home Office: the file's latest quarter.
   */
  readonly versionKey: string;
  readonly firstPeriod?: string;
  readonly lastPeriod?: string;
}

/**
 * Loads one dataset. `load` runs inside the pipeline's transaction: it validates the file, inserts
 * its accepted rows into the dataset's fact table with `source_id` and `line`, and must not commit,
 * roll back, or touch `sources`/`coverage` (the pipeline owns those). When it finds errors and
 * skipBadRows is false it inserts nothing and returns them (rowsAccepted 0).
 */
export interface DatasetLoader {
  readonly dataset: Dataset;
  /** Recognise the file from its name and header fields (already split, BOM removed). */
  matches(fileName: string, header: readonly string[]): boolean;
  load(store: Store, file: IngestFile, sourceId: number, options: LoadOptions): Promise<LoadResult>;
  /**
   * Load several files of this dataset at once, with the same contract as `load` for each (one
   * result per file, in order). Loaders of many small files of one layout (police.uk: hundreds of
   * monthly files) offer it so the pipeline pays a query's fixed cost once per batch, not per file.
   */
  loadBatch?(store: Store, files: readonly BatchFile[], options: LoadOptions): Promise<readonly LoadResult[]>;
}

export interface BatchFile {
  readonly file: IngestFile;
  readonly sourceId: number;
}
