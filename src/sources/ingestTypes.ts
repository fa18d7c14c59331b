/**
 * The types of the ingest pipeline's entry point, in a file of their own so that the pipeline's
 * parts (ingestRun.ts, ingestOptions.ts) can name them without importing ingest.ts in a loop.
 */
import type { ExtraForce } from '../catalogue/reference/index.js';
import type { Problem } from '../errors/problem.js';
import type { FileReport } from './ingestRecord.js';
import type { DatasetLoader } from './loader.js';

export interface IngestOptions {
  readonly skipBadRows: boolean;
  readonly workspaceForceSlug: string;
  /** Peer forces: their police.uk files are expected, so they raise no 'other force' warning. */
  readonly peerSlugs: readonly string[];
  /** The config's force and peers with their names, for the Home Office 'Force Name' (loader.ts). */
  readonly knownForces?: readonly ExtraForce[];
  readonly satisfactionCohorts: readonly string[];
  /** The workspace's tmp folder; each run works in its own subfolder and removes it. */
  readonly tmpDir: string;
  readonly rejectsDir: string;
  /** Defaults to every registered loader. */
  readonly loaders?: readonly DatasetLoader[];
  /**
   * How big batches of police.uk files grow, in bytes: the first one's bound, then twice the last
   * up to `most` (default 16 MB, then up to 256 MB). Tests make them small to load a file a batch.
   */
  readonly batchBytes?: BatchBytes;
}

export interface BatchBytes {
  readonly first: number;
  readonly most: number;
}

export type IngestEvent =
  | { readonly type: 'start'; readonly files: number }
  | { readonly type: 'file'; readonly index: number; readonly files: number; readonly path: string }
  | {
      readonly type: 'file-done';
      readonly index: number;
      readonly files: number;
      readonly report: FileReport;
    };

/** Side effects the pipeline needs from its caller: the clock and somewhere to say how it is going. */
export interface IngestEffects {
  now(): Date;
  progress(event: IngestEvent): void;
}

export const quietEffects: IngestEffects = { now: () => new Date(), progress: () => {} };

export interface IngestSummary {
  readonly files: readonly FileReport[];
  /** Zips all of whose files were ingested before: not unpacked again. */
  readonly ingestedZips: readonly { readonly path: string; readonly files: number }[];
  /** Warnings, and under --skip-bad-rows the errors of files that could not be loaded at all. */
  readonly problems: readonly Problem[];
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
  readonly elapsedMs: number;
}
