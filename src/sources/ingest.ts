/**
 * The ingest pipeline, `scrutiny ingest`:
 *   1. discover   files, folders (recursively) and zips             (discover.ts)
 *   2. prepare    list zip entries; skip zips already ingested whole (ingestPrepare.ts)
 *   3. open       scan each file: SHA-256, size, encoding, lines     (hashFile.ts; zip entries are
 *                 extracted to the tmp folder on the way, discoverZip.ts)
 *   4. recognise  read the header and pick the loader by matches()   (ingestLoaders.ts)
 *   5. skip       files already in `sources` with the same SHA-256 and format (a no-op that says so)
 *   6. load       in ONE transaction for the whole run: the loader inserts the rows, then the
 *                 `sources` row, the `coverage` rows, and the versions are resolved (provenance.ts)
 *   7. decide     any file with problems and no --skip-bad-rows: roll everything back, the store is
 *                 exactly as it was; otherwise commit and write the rejects (rejects.ts)
 * Only the cli prints: progress goes out through `IngestEffects`.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../catalogue/formats.js';
import { messages } from '../errors/messages.js';
import { type Problem, ScrutinyError } from '../errors/problem.js';
import {
  findIngested,
  insertCoverage,
  insertSource,
  nextSourceId,
  resolveVersions,
} from '../store/provenance.js';
import type { Store } from '../store/store.js';
import type { ScannedIngestFile } from './hashFile.js';
import { readCsvHeader } from './ingestHeader.js';
import { allLoaders, pickLoader } from './ingestLoaders.js';
import { type PendingFile, prepare } from './ingestPrepare.js';
import type { DatasetLoader, LoadResult, RejectedRow } from './loader.js';
import { parsePoliceUkFileName } from './policeUk/index.js';
import { fileStamp, writeRejectsFile } from './rejects.js';

export interface IngestOptions {
  readonly skipBadRows: boolean;
  readonly workspaceForceSlug: string;
  /** Peer forces: their police.uk files are expected, so they raise no 'other force' warning. */
  readonly peerSlugs: readonly string[];
  readonly satisfactionCohorts: readonly string[];
  /** The workspace's tmp folder; each run works in its own subfolder and removes it. */
  readonly tmpDir: string;
  readonly rejectsDir: string;
  /** Defaults to every registered loader. */
  readonly loaders?: readonly DatasetLoader[];
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

interface Loaded {
  readonly report: FileReport;
  readonly rejects: readonly RejectedRow[];
  readonly fileName: string;
}

export async function ingest(
  store: Store,
  paths: readonly string[],
  options: IngestOptions,
  effects: IngestEffects = quietEffects,
): Promise<IngestSummary> {
  const started = effects.now().getTime();
  const runTmp = join(options.tmpDir, `ingest-${randomUUID()}`);
  try {
    const { pending, ingestedZips } = await prepare(store, paths, runTmp);
    effects.progress({ type: 'start', files: pending.length });
    const problems: Problem[] = [];
    const errors: Problem[] = [];
    let badFiles = 0;
    const loaded: Loaded[] = [];
    const reports: FileReport[] = [];
    await store.transaction(async (tx) => {
      const firstSourceId = await nextSourceId(tx);
      const seen = new Map<string, string>();
      for (const [index, item] of pending.entries()) {
        effects.progress({ type: 'file', index, files: pending.length, path: item.displayPath });
        const outcome = await ingestOne(tx, item, options, runTmp, seen);
        item.release();
        problems.push(...outcome.warnings);
        if (outcome.errors.length > 0) {
          badFiles++;
          errors.push(...outcome.errors);
        }
        if (outcome.loaded) loaded.push(outcome.loaded);
        reports.push(outcome.report);
        effects.progress({ type: 'file-done', index, files: pending.length, report: outcome.report });
      }
      problems.push(...otherForceWarnings(loaded, options));
      if (badFiles > 0 && !options.skipBadRows)
        throw new ScrutinyError([...errors, ...problems, messages.ingest.runRejected(badFiles)]);
      await resolveVersions(tx, firstSourceId);
    });
    // Rejects are written only once the rows they complement are committed.
    const stamp = fileStamp(effects.now());
    const rejectsFiles = new Map<number, string>();
    for (const { report, rejects, fileName } of loaded)
      if (rejects.length > 0 && report.sourceId !== undefined)
        rejectsFiles.set(report.sourceId, writeRejectsFile(options.rejectsDir, stamp, fileName, rejects));
    const files = reports.map((report) => {
      const rejectsFile = report.sourceId === undefined ? undefined : rejectsFiles.get(report.sourceId);
      return rejectsFile ? { ...report, rejectsFile } : report;
    });
    return {
      files,
      ingestedZips: ingestedZips.map((z) => ({ path: z.displayPath, files: z.files })),
      problems: [...errors, ...problems],
      rowsAccepted: files.reduce((sum, f) => sum + (f.status === 'ingested' ? f.rowsAccepted : 0), 0),
      rowsRejected: files.reduce((sum, f) => sum + f.rowsRejected, 0),
      elapsedMs: effects.now().getTime() - started,
    };
  } finally {
    rmSync(runTmp, { recursive: true, force: true });
  }
}

interface Outcome {
  readonly report: FileReport;
  readonly loaded?: Loaded;
  readonly warnings: readonly Problem[];
  readonly errors: readonly Problem[];
}

async function ingestOne(
  tx: Store,
  item: PendingFile,
  options: IngestOptions,
  runTmp: string,
  seen: Map<string, string>,
): Promise<Outcome> {
  const file = withForce(await item.open(), options.workspaceForceSlug);
  const header = /\.csv$/i.test(file.fileName) ? await readCsvHeader(file.diskPath, file.encoding) : [];
  const loader = pickLoader(options.loaders ?? allLoaders, file.fileName, header);
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
  const earlier = await findIngested(tx, file.sha256, format);
  const sameInRun = seen.get(key);
  if (earlier || sameInRun) {
    const sameAs = sameInRun
      ? { path: sameInRun, ingestedAt: 'this run' }
      : { path: earlier!.path, ingestedAt: earlier!.ingested_at };
    return { report: { ...base, status: 'already-ingested', format, sameAs }, warnings: [], errors: [] };
  }
  seen.set(key, file.displayPath);

  const sourceId = await nextSourceId(tx);
  const result = await loader.load(tx, file, sourceId, {
    skipBadRows: options.skipBadRows,
    workspaceForceSlug: options.workspaceForceSlug,
    satisfactionCohorts: options.satisfactionCohorts,
    tmpDir: runTmp,
  });
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  const errors = result.problems.filter((p) => p.severity === 'error');
  const forceSlug = file.forceSlug ?? singleForce(result);
  const report: Omit<FileReport, 'status'> = {
    ...base,
    format,
    ...(forceSlug ? { forceSlug } : {}),
    rowsAccepted: result.rowsAccepted,
    rowsRejected: result.rowsRejected,
  };
  // Without --skip-bad-rows any error fails the run. With it, row errors become rejects, but a file
  // that failed as a whole (bad header, empty) has nothing to keep: it is left out, and said so.
  const failedWhole = errors.length > 0 && result.rejects.length === 0;
  if (!options.skipBadRows && errors.length > 0)
    return { report: { ...report, status: 'rejected' }, warnings, errors };
  if (failedWhole)
    return {
      report: { ...report, status: 'rejected' },
      warnings,
      errors: [...errors, messages.ingest.fileSkipped(file.displayPath)],
    };

  await insertSource(tx, {
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
  });
  await insertCoverage(tx, sourceId, format, result.coverage);
  const done: FileReport = { ...report, status: 'ingested', sourceId };
  return {
    report: done,
    loaded: { report: done, rejects: result.rejects, fileName: file.fileName },
    warnings,
    errors: [],
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

/** One warning per force that is neither the workspace's nor a peer's, naming its first file. */
function otherForceWarnings(loaded: readonly Loaded[], options: IngestOptions): Problem[] {
  const byForce = new Map<string, string[]>();
  for (const { report } of loaded) {
    const slug = report.forceSlug;
    if (!slug || !report.format?.startsWith('police_uk_') || isExpectedForce(slug, options)) continue;
    byForce.set(slug, [...(byForce.get(slug) ?? []), report.path]);
  }
  return [...byForce].map(([slug, paths]) =>
    messages.ingest.otherForce(paths[0]!, slug, options.workspaceForceSlug, paths.length),
  );
}

function isExpectedForce(slug: string, options: IngestOptions): boolean {
  return slug === options.workspaceForceSlug || options.peerSlugs.includes(slug);
}

function singleForce(result: LoadResult): string | undefined {
  const slugs = new Set(result.coverage.map((c) => c.forceSlug));
  return slugs.size === 1 ? [...slugs][0] : undefined;
}
