/**
 * Everything `scrutiny measures` does below the CLI: load the catalogue (built-in and the
 * workspace's measures/ folder), pick the measures asked for, and compute them for the workspace's
 * force and its peers. The CLI prints; this returns.
 */
import { join } from 'node:path';
import { loadMeasureCatalogue, type MeasureCatalogue } from '../catalogue/measures/loadCatalogue.js';
import { referenceVocabulary } from '../catalogue/measures/vocabulary.js';
import { forceBySlug } from '../catalogue/reference/index.js';
import { messages } from '../errors/messages.js';
import { ExitCode, type Problem, ScrutinyError } from '../errors/problem.js';
import type { Period } from '../stats/calendar.js';
import type { Store } from '../store/store.js';
import type { WorkspaceConfig } from '../workspace/config.js';
import { attachDistricts } from './attachDistricts.js';
import { computeMeasures, type Subject } from './computeMeasures.js';
import type { MeasuresResult } from './result.js';
import { measureSettings } from './settings.js';

export interface RunOptions {
  readonly workspaceRoot: string;
  readonly config: WorkspaceConfig;
  /** Parsed once, by the caller (cli or a job): the measures never read a label again. */
  readonly period: Period;
  /** Only these measure ids (all when empty). */
  readonly measureIds?: readonly string[];
  readonly now: Date;
  /** The catalogue when the caller has loaded it already (the site build needs it too): loaded once. */
  readonly catalogue?: MeasureCatalogue;
}

export interface RunResult {
  readonly result: MeasuresResult;
  /** Problems of the catalogue (bad entries were skipped). */
  readonly catalogueProblems: readonly Problem[];
}

/** The subject force and its peers from the workspace configuration. */
export function subjectOf(config: WorkspaceConfig): Subject {
  return {
    slug: config.force.slug,
    name: config.force.name,
    population: config.force.population,
    peers: config.peers.map((p) => ({
      slug: p.slug,
      name: p.name ?? forceBySlug(p.slug)?.policeUkName ?? p.slug,
      population: p.population,
    })),
  };
}

export async function runMeasures(store: Store, options: RunOptions): Promise<RunResult> {
  const period = options.period;
  const catalogue =
    options.catalogue ??
    loadMeasureCatalogue({
      vocabulary: referenceVocabulary(options.config.satisfaction.cohorts),
      workspaceDir: join(options.workspaceRoot, 'measures'),
    });
  const all = catalogue.entries.map((e) => e.measure);
  const wanted = options.measureIds ?? [];
  for (const id of wanted)
    if (!all.some((m) => m.id === id))
      throw new ScrutinyError(
        messages.measures.unknownMeasure(
          id,
          all.map((m) => m.id),
        ),
        ExitCode.usageError,
      );
  const measures = wanted.length === 0 ? all : all.filter((m) => wanted.includes(m.id));
  const settings = measureSettings(options.config);
  const [result] = await computeMeasures(store, {
    measures,
    settings,
    period,
    subjects: [subjectOf(options.config)],
    now: options.now,
  });
  const withDistricts = await attachDistricts(
    store,
    result!,
    measures,
    options.config,
    settings.significanceLevel,
  );
  return { result: withDistricts, catalogueProblems: catalogue.problems };
}
