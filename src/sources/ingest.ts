/**
 * The ingest pipeline, `scrutiny ingest`:
 *   1. discover   files, folders (recursively) and zips             (discover.ts)
 *   2. prepare    list zip entries; skip zips already ingested whole (ingestPrepare.ts)
 *   3. open       scan each file: SHA-256, size, encoding, lines     (hashFile.ts; zip entries are
 *                 extracted to the tmp folder on the way, zipExtract.ts)
 *   4. recognise  read the header and pick the loader by matches()   (ingestLoaders.ts)
 *   5. skip       files already in `sources` with the same SHA-256 and format (a no-op that says so)
 *   6. load       in ONE transaction for the whole run (ingestRun.ts): the loader inserts the rows
 *                 (police.uk files in batches, one read_csv per batch, two batches at once on the
 *                 transaction's companion connections: loadLanes.ts), then each file's `sources`
 *                 and `coverage` rows (ingestRecord.ts), and the versions are resolved (provenance.ts)
 *   7. decide     any file with problems and no --skip-bad-rows: roll everything back, the store is
 *                 exactly as it was; otherwise commit and write the rejects (rejects.ts)
 * Only the cli prints: progress goes out through `IngestEffects`.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../errors/messages.js';
import { type Problem, ScrutinyError } from '../errors/problem.js';
import { ingestedByHash, nextSourceId, resolveVersions } from '../store/provenance.js';
import type { Store } from '../store/store.js';
import { removeUnsourcedRows } from '../store/unsourcedRows.js';
import { allLoaders } from './ingestLoaders.js';
import { prepare } from './ingestPrepare.js';
import type { FileReport, Loaded, Outcome } from './ingestRecord.js';
import { IngestRun } from './ingestRun.js';
import type { IngestEffects, IngestOptions, IngestSummary } from './ingestTypes.js';
import { quietEffects } from './ingestTypes.js';
import { fileStamp, writeRejectsFile } from './rejects.js';

export type { FileReport, FileStatus } from './ingestRecord.js';

export type { IngestEffects, IngestEvent, IngestOptions, IngestSummary } from './ingestTypes.js';
export { quietEffects } from './ingestTypes.js';

/**
 * DuckDB's memory while an ingest runs. Its default (most of the machine's memory) lets it keep
 * every block it has written in memory; the rows are on disk already, so a bound costs little and
 * keeps two lanes loading a national year under 1 GB (bench:ingest, docs/performance.md).
 */
const INGEST_MEMORY_LIMIT = '512MB';

export async function ingest(
  store: Store,
  paths: readonly string[],
  options: IngestOptions,
  effects: IngestEffects = quietEffects,
): Promise<IngestSummary> {
  const started = effects.now().getTime();
  removeKilledRuns(options.tmpDir);
  const runTmp = join(options.tmpDir, `ingest-${randomUUID()}`);
  try {
    const { pending, ingestedZips } = await prepare(store, paths, runTmp);
    effects.progress({ type: 'start', files: pending.length });
    const problems: Problem[] = [];
    const errors: Problem[] = [];
    let badFiles = 0;
    const loaded: Loaded[] = [];
    const reports: FileReport[] = [];
    await store.withMemoryLimit(INGEST_MEMORY_LIMIT, () =>
      store.transaction(async (tx) => {
        await removeUnsourcedRows(tx);
        const firstSourceId = await nextSourceId(tx);
        const run = new IngestRun(
          tx,
          {
            loaders: options.loaders ?? allLoaders,
            workspaceForceSlug: options.workspaceForceSlug,
            seen: new Map(),
            ingested: await ingestedByHash(tx),
          },
          {
            skipBadRows: options.skipBadRows,
            workspaceForceSlug: options.workspaceForceSlug,
            ...(options.knownForces ? { knownForces: options.knownForces } : {}),
            satisfactionCohorts: options.satisfactionCohorts,
            tmpDir: runTmp,
          },
          effects,
          pending.length,
          options.batchBytes,
          pending.reduce((sum, item) => sum + item.expectedBytes, 0),
        );
        let outcomes: Outcome[];
        try {
          for (const [index, item] of pending.entries()) await run.add(index, item);
          outcomes = await run.finishAll();
        } catch (error) {
          await run.abandon();
          throw error;
        }
        for (const outcome of outcomes) {
          problems.push(...outcome.warnings);
          if (outcome.errors.length > 0) {
            badFiles++;
            errors.push(...outcome.errors);
          }
          if (outcome.loaded) loaded.push(outcome.loaded);
          reports.push(outcome.report);
        }
        problems.push(...otherForceWarnings(loaded, options));
        if (badFiles > 0 && !options.skipBadRows)
          throw new ScrutinyError([...errors, ...problems, messages.ingest.runRejected(badFiles)]);
        await resolveVersions(tx, firstSourceId);
      }),
    );
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

/**
 * A run killed before its `finally` leaves its scratch folder behind (an unpacked archive can be
 * gigabytes). The caller holds the store open, and DuckDB lets one process at a time do so: no
 * other ingest can be running, so every earlier run's folder is removed.
 */
function removeKilledRuns(tmpDir: string): void {
  let names: string[];
  try {
    names = readdirSync(tmpDir);
  } catch {
    return; // no tmp folder yet
  }
  for (const name of names)
    if (name.startsWith('ingest-')) rmSync(join(tmpDir, name), { recursive: true, force: true });
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
