/**
 * The figures the site is built from (the measures result for the quarter and the district
 * series), computed from the store or read back from a cache. Computing them takes seconds; a
 * commentary edit changes none of them, so `site serve` must not recompute them for it.
 *
 * The cache key is everything the figures depend on: the store file (size and modification time:
 * hashing a store of hundreds of megabytes would cost more than it saves), the configuration text,
 * the catalogue files (built-in and the workspace's measures/), the quarter asked for and the
 * Scrutiny version. The cache lives in .scrutiny/cache/site/, derived and safe to delete.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_MEASURES_DIR, loadMeasureCatalogue } from '../../../catalogue/measures/loadCatalogue.js';
import { referenceVocabulary } from '../../../catalogue/measures/vocabulary.js';
import type { Problem } from '../../../errors/problem.js';
import { dataLoaded } from '../../../measures/dataLoaded.js';
import type { DistrictSeriesResult } from '../../../measures/districtSeries.js';
import type { MeasuresResult } from '../../../measures/result.js';
import { runMeasures } from '../../../measures/runMeasures.js';
import { HISTORY_MONTHS } from '../../../measures/settings.js';
import { workspaceDistrictSeries } from '../../../measures/workspaceDistrictSeries.js';
import { addMonths, type Period } from '../../../stats/calendar.js';
import { Store } from '../../../store/store.js';
import type { WorkspaceConfig } from '../../../workspace/config.js';
import type { WorkspacePaths } from '../../../workspace/paths.js';
import { writeFileAtomic } from '../../../workspace/writeAtomic.js';
import { latestCompleteQuarter, requestedQuarter } from './sitePeriod.js';

/** Bump when the cached shape changes. */
const CACHE_FORMAT = 2;

export interface SiteFigures {
  readonly period: Period;
  readonly result: MeasuresResult;
  readonly districtSeries: DistrictSeriesResult;
  readonly catalogueProblems: readonly Problem[];
}

export interface FiguresOptions {
  /** The quarter, parsed by the cli; the latest complete quarter of the data when absent. */
  readonly period?: Period;
  readonly now: Date;
  readonly version: string;
}

function fileStamp(path: string): string {
  if (!existsSync(path)) return 'absent';
  const stat = statSync(path);
  return `${stat.size}:${stat.mtimeMs}`;
}

function folderText(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => `${name}\n${readFileSync(join(dir, name), 'utf8')}`)
    .join('\n');
}

export function figuresKey(paths: WorkspacePaths, options: FiguresOptions): string {
  const hash = createHash('sha256');
  for (const part of [
    String(CACHE_FORMAT),
    options.version,
    options.period?.label ?? 'latest',
    fileStamp(paths.store),
    fileStamp(`${paths.store}.wal`),
    existsSync(paths.config) ? readFileSync(paths.config, 'utf8') : '',
    folderText(BUILTIN_MEASURES_DIR),
    folderText(join(paths.root, 'measures')),
  ])
    hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

export async function computeFigures(
  paths: WorkspacePaths,
  config: WorkspaceConfig,
  options: FiguresOptions,
): Promise<SiteFigures> {
  const store = await Store.open(paths.store, { readOnly: true });
  try {
    const period = options.period
      ? requestedQuarter(options.period)
      : latestCompleteQuarter(await dataLoaded(store), config.force.slug);
    // Loaded once: the measures and the district series read the same catalogue.
    const catalogue = loadMeasureCatalogue({
      vocabulary: referenceVocabulary(config.satisfaction.cohorts),
      workspaceDir: join(paths.root, 'measures'),
    });
    const { result, catalogueProblems } = await runMeasures(store, {
      workspaceRoot: paths.root,
      config,
      period,
      now: options.now,
      catalogue,
    });
    const series = await workspaceDistrictSeries(
      store,
      catalogue.entries.map((e) => e.measure),
      { first: addMonths(period.last, -(HISTORY_MONTHS - 1)), last: period.last },
      config,
    );
    return { period, result, districtSeries: series, catalogueProblems };
  } finally {
    store.close();
  }
}

/** The figures from .scrutiny/cache/site/<key>.json when the key matches, else computed and cached. */
export async function cachedFigures(
  paths: WorkspacePaths,
  config: WorkspaceConfig,
  options: FiguresOptions,
): Promise<SiteFigures> {
  const dir = join(paths.internal, 'cache', 'site');
  const file = join(dir, `figures-${figuresKey(paths, options)}.json`);
  if (existsSync(file)) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as SiteFigures;
    } catch {
      // A cache file cut short (a killed process) is recomputed, never trusted.
    }
  }
  const figures = await computeFigures(paths, config, options);
  mkdirSync(dir, { recursive: true });
  // Only the latest key is kept: the store changes rarely and each file is a few megabytes.
  for (const old of readdirSync(dir).filter((n) => n.startsWith('figures-')))
    rmSync(join(dir, old), { force: true });
  writeFileAtomic(file, JSON.stringify(figures));
  return figures;
}
