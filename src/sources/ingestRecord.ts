/**
 * Steps 4, 5 and the end of 6 for one file: recognise it (header, loader, already ingested?), and once
 * its loader has loaded it, decide what happens to it and what its `sources` and `coverage` rows are
 * (the run writes them, many files per statement).
 */
import type { Dataset } from '../catalogue/formats.js';
import { messages } from '../errors/messages.js';
import type { Problem } from '../errors/problem.js';
import type { IngestedSource, SourceCoverage, SourceRecord } from '../store/provenance.js';
import type { ScannedIngestFile } from './hashFile.js';
import { readCsvHeader } from './ingestHeader.js';
import { pickLoader } from './ingestLoaders.js';
import type { PendingFile } from './ingestPrepare.js';
import type { DatasetLoader, LoadResult, RejectedRow } from './loader.js';
import { parsePoliceUkFileName } from './policeUk/index.js';

export type FileStatus = 'ingested' | 'already-ingested' | 'rejected' | 'skipped';

export interface FileReport {
  readonly path: string;
  readonly status: FileStatus;
  readonly format?: Dataset;
  readonly forceSlug?: string;
  readonly sourceId?: number;
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
  /** For an already-ingested file: the earlier file with the same bytes. */
  readonly sameAs?: { readonly path: string; readonly ingestedAt: string };
  readonly rejectsFile?: string;
}

export interface Loaded {
  readonly report: FileReport;
  readonly rejects: readonly RejectedRow[];
  readonly fileName: string;
}

export interface Outcome {
  readonly report: FileReport;
  readonly loaded?: Loaded;
  readonly warnings: readonly Problem[];
  readonly errors: readonly Problem[];
}

/** A file opened and recognised, waiting for its loader. */
export interface Recognised {
  readonly file: ScannedIngestFile;
  readonly loader: DatasetLoader;
}

export interface RecogniseContext {
  readonly loaders: readonly DatasetLoader[];
  readonly workspaceForceSlug: string;
  /** Files of this run by `sha256:format`: the same bytes twice in one run load once. */
  readonly seen: Map<string, string>;
  /** Files of earlier runs by `sha256:format`. */
  readonly ingested: ReadonlyMap<string, IngestedSource>;
}

/** Open the file and find its loader; a final outcome when there is nothing to load. */
export async function recognise(item: PendingFile, context: RecogniseContext): Promise<Recognised | Outcome> {
  const file = withForce(await item.open(), context.workspaceForceSlug);
  const header = /\.csv$/i.test(file.fileName) ? await readCsvHeader(file.diskPath, file.encoding) : [];
  const loader = pickLoader(context.loaders, file.fileName, header);
  const base = { path: file.displayPath, rowsAccepted: 0, rowsRejected: 0 };
  if (!loader) {
    const problem = messages.ingest.unrecognisedFile(
      file.displayPath,
      header,
      item.explicit ? 'error' : 'warning',
    );
    return {
      report: { ...base, status: item.explicit ? 'rejected' : 'skipped' },
      warnings: item.explicit ? [] : [problem],
      errors: item.explicit ? [problem] : [],
    };
  }
  const format = loader.dataset;
  const key = `${file.sha256}:${format}`;
  const sameInRun = context.seen.get(key);
  const earlier = sameInRun ? undefined : context.ingested.get(key);
  if (earlier || sameInRun) {
    const sameAs = sameInRun
      ? { path: sameInRun, ingestedAt: 'this run' }
      : { path: earlier!.path, ingestedAt: earlier!.ingested_at };
    return { report: { ...base, status: 'already-ingested', format, sameAs }, warnings: [], errors: [] };
  }
  context.seen.set(key, file.displayPath);
  return { file, loader };
}

export function isOutcome(value: Recognised | Outcome): value is Outcome {
  return 'report' in value;
}

export interface Decided {
  readonly outcome: Outcome;
  /** The rows to write for a file that is kept. */
  readonly source?: SourceRecord;
  readonly coverage?: SourceCoverage;
}

/** After the loader: reject the file, or keep it with its `sources` and `coverage` rows. */
export function decide(
  { file, loader }: Recognised,
  sourceId: number,
  result: LoadResult,
  skipBadRows: boolean,
): Decided {
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  const errors = result.problems.filter((p) => p.severity === 'error');
  const format = loader.dataset;
  const forceSlug = file.forceSlug ?? singleForce(result);
  const report: Omit<FileReport, 'status'> = {
    path: file.displayPath,
    format,
    ...(forceSlug ? { forceSlug } : {}),
    rowsAccepted: result.rowsAccepted,
    rowsRejected: result.rowsRejected,
  };
  // Without --skip-bad-rows any error fails the run. With it, row errors become rejects, but a file
  // that failed as a whole (bad header, empty) has nothing to keep: it is left out, and said so.
  const failedWhole = errors.length > 0 && result.rejects.length === 0;
  if (!skipBadRows && errors.length > 0)
    return { outcome: { report: { ...report, status: 'rejected' }, warnings, errors } };
  if (failedWhole)
    return {
      outcome: {
        report: { ...report, status: 'rejected' },
        warnings,
        errors: [...errors, messages.ingest.fileSkipped(file.displayPath)],
      },
    };

  const source: SourceRecord = {
    sourceId,
    path: file.displayPath,
    fileName: file.fileName,
    ...(file.container ? { containerSha256: file.container.sha256 } : {}),
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    format,
    ...(forceSlug ? { forceSlug } : {}),
    ...(file.archiveMonth ? { archiveMonth: file.archiveMonth } : {}),
    ...(file.extractDate ? { extractDate: file.extractDate } : {}),
    versionKey: result.versionKey,
    ...(result.firstPeriod ? { firstPeriod: result.firstPeriod } : {}),
    ...(result.lastPeriod ? { lastPeriod: result.lastPeriod } : {}),
    rowsAccepted: result.rowsAccepted,
    rowsRejected: result.rowsRejected,
  };
  const done: FileReport = { ...report, status: 'ingested', sourceId };
  return {
    outcome: {
      report: done,
      loaded: { report: done, rejects: result.rejects, fileName: file.fileName },
      warnings,
      errors: [],
    },
    source,
    coverage: { sourceId, dataset: format, entries: result.coverage },
  };
}

/** police.uk: the slug in the file name; force extract: the workspace's own force. */
function withForce(file: ScannedIngestFile, workspaceSlug: string): ScannedIngestFile {
  const policeUk = parsePoliceUkFileName(file.fileName);
  if (policeUk)
    return { ...file, forceSlug: policeUk.forceSlug, archiveMonth: file.archiveMonth ?? policeUk.month };
  if (file.extractDate) return { ...file, forceSlug: workspaceSlug };
  return file;
}

function singleForce(result: LoadResult): string | undefined {
  const slugs = new Set(result.coverage.map((c) => c.forceSlug));
  return slugs.size === 1 ? [...slugs][0] : undefined;
}
