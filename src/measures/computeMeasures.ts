/**
 * The measures layer's entry point. For a period and one or more subject forces:
 *   1. check the period against the months the store holds (a period outside the data says which
 *      months exist), and read the provenance of every dataset the measures use (one query);
 *   2. every measure is compiled into a request of its family (the fact table it reads), and ONE
 *      query per family fetches the series of every measure of it, for the subject forces and, for
 *      the peer comparison, every peer, over the 60 months to the period's end (fetchSeries.ts);
 *   3. as soon as the families a measure needs have answered, its figures are assembled with the
 *      pure functions of stats/ and the forecast layer, while DuckDB answers the next family;
 *   4. the result is the versioned JSON of result.ts, one per subject force, the measures in the
 *      order given and the problems in measure order, whatever order they were assembled in.
 * So a run costs a handful of queries whatever the number of measures, and each fact table is
 * scanned once. JavaScript handles at most one row per measure, force and month; all counting
 * happens in DuckDB.
 */

import type { Measure } from '../catalogue/measures/schema.js';
import { messages } from '../errors/messages.js';
import { type Problem, ScrutinyError } from '../errors/problem.js';
import { addMonths, type Period } from '../stats/calendar.js';
import type { Store } from '../store/store.js';
import { assembleMeasure } from './assembleMeasure.js';
import { type DatasetSpan, dataLoaded, describeSpans } from './dataLoaded.js';
import { FAMILY_ORDER, type SeriesBatch, type SeriesQuery, startSeriesBatch } from './fetchSeries.js';
import { groupNotLoaded } from './groupProblems.js';
import { familiesOf, type MeasurePlan, planMeasure } from './measurePlan.js';
import { officerContext } from './officers/officerContext.js';
import { peerValues } from './peerValues.js';
import { type ProvenanceEntry, provenanceOf } from './provenance.js';
import { groupPublishedTables, type PublishedTable } from './published/publishedTables.js';
import { MEASURES_SCHEMA_VERSION, type MeasureJson, type MeasuresResult } from './result.js';
import { type MeasureSettings, settingsJson } from './settings.js';
import { publishedCountCells } from './sql/publishedCells.js';
import type { Subject } from './subject.js';
import { seriesFrom, yardsticks } from './yardsticks.js';

export type { ForceRef, Subject } from './subject.js';

export interface ComputeOptions {
  readonly measures: readonly Measure[];
  readonly settings: MeasureSettings;
  readonly period: Period;
  readonly subjects: readonly Subject[];
  /** The time written into `generatedAt` (injected so output can be reproduced). */
  readonly now: Date;
}

/** One measure for one subject: its JSON and the problems met assembling it. */
interface Assembled {
  readonly json: MeasureJson;
  readonly problems: Problem[];
}

export async function computeMeasures(store: Store, options: ComputeOptions): Promise<MeasuresResult[]> {
  const { period, settings, subjects } = options;
  const spans = await dataLoaded(store);
  if (spans.length === 0) throw new ScrutinyError(messages.measures.noDataLoaded());
  for (const subject of subjects) checkPeriod(period, spans, subject.slug);

  const window = { first: addMonths(period.last, -(settings.historyMonths - 1)), last: period.last };
  // The series reach back to the NCPM baseline when it is older than the history the JSON carries;
  // the extra months feed the baseline figure only (yardsticks.ts), then are cut off.
  const fetchWindow = {
    first: [settings.baseline.first, window.first].sort()[0] ?? window.first,
    last: window.last,
  };
  // One more (small) query, only when published tables are loaded.
  const tables = spans.some((span) => span.dataset === 'published_tables')
    ? groupPublishedTables(await publishedCountCells(store))
    : [];
  const subjectSlugs = subjects.map((s) => s.slug);
  const peerSlugs = [...new Set(subjects.flatMap((s) => [s.slug, ...s.peers.map((p) => p.slug)]))];
  // A dataset is loaded for the run when it holds a month of the window for a subject force: a
  // published table that ends years before the window cannot stand in for the force's own data.
  const loaded = (datasets: readonly string[]) =>
    datasets.every((d) =>
      spans.some(
        (s) =>
          s.dataset === d &&
          subjectSlugs.includes(s.forceSlug) &&
          s.last >= addMonths(window.first, -2) &&
          s.first <= window.last,
      ),
    );
  const plans = options.measures.map((measure) => planMeasure(measure, settings, loaded));

  const usedDatasets = [...new Set(plans.flatMap((plan) => plan.own?.datasets ?? []))];
  const provenance =
    usedDatasets.length === 0
      ? []
      : await provenanceOf(store, usedDatasets, subjectSlugs, window.first, window.last);

  const queries: SeriesQuery[] = plans.flatMap((plan, i) => [
    ...(plan.own ? [{ id: `${i}`, request: plan.own, forces: subjectSlugs }] : []),
    ...(plan.peerRequest ? [{ id: `${i}:peer`, request: plan.peerRequest, forces: peerSlugs }] : []),
  ]);
  const batch = startSeriesBatch(store, queries, settings.outcomes, fetchWindow);

  // Assemble each measure once every family it needs has answered: measures[i][s] for subject s.
  const assembled: Assembled[][] = [];
  const assemble = (i: number) => {
    assembled[i] = assembleForSubjects(plans[i]!, i, batch, options, {
      provenance,
      tables,
      from: window.first,
    });
  };
  const waiting = new Set(plans.keys());
  const settle = (done: ReadonlySet<string>) => {
    for (const i of waiting)
      if (familiesOf(plans[i]!).every((f) => done.has(f))) {
        assemble(i);
        waiting.delete(i);
      }
  };
  const done = new Set<string>();
  settle(done);
  for (const family of FAMILY_ORDER) {
    await batch.whenReady(family);
    done.add(family);
    settle(done);
  }

  const officers = await officerContext(store, spans, subjects, period);
  return subjects.map((subject, s) => ({
    schemaVersion: MEASURES_SCHEMA_VERSION,
    generatedAt: options.now.toISOString(),
    force: { slug: subject.slug, name: subject.name, population: subject.population },
    period: { label: period.label, kind: period.kind, first: period.first, last: period.last },
    settings: settingsJson(settings),
    dataLoaded: spans
      .filter((span) => span.forceSlug === subject.slug)
      .map((span) => ({ dataset: span.dataset, first: span.first, last: span.last, periods: span.periods })),
    measures: assembled.map((row) => row[s]!.json),
    problems: groupNotLoaded(assembled.flatMap((row) => row[s]!.problems)),
    ...(officers[s] ? { officers: officers[s] } : {}),
  }));
}

/** What every measure of a run shares: provenance, the published tables, the history's first month. */
interface RunContext {
  readonly provenance: readonly ProvenanceEntry[];
  readonly tables: readonly PublishedTable[];
  readonly from: string;
}

function assembleForSubjects(
  plan: MeasurePlan,
  index: number,
  batch: SeriesBatch,
  options: ComputeOptions,
  { provenance, tables, from }: RunContext,
): Assembled[] {
  const own = batch.series(`${index}`);
  const peerSeries = batch.series(`${index}:peer`);
  return options.subjects.map((subject) => {
    const problems: Problem[] = [];
    const full = own?.get(subject.slug);
    const series = full ? seriesFrom(full, from) : undefined;
    const extra = yardsticks({
      measure: plan.measure,
      forceSlug: subject.slug,
      peerSlugs: subject.peers.map((p) => p.slug),
      series: full,
      tables,
      period: options.period,
      settings: options.settings,
    });
    const assembledJson = assembleMeasure({
      measure: plan.measure,
      forceSlug: subject.slug,
      period: options.period,
      settings: options.settings,
      series: series && series.value.size + (series.denominator?.size ?? 0) > 0 ? series : undefined,
      datasets: plan.datasets,
      peers:
        peerSeries && plan.peer && subject.peers.length > 0
          ? peerValues(plan.peer, subject, peerSeries, options.period)
          : undefined,
      provenance: plan.own
        ? provenance.filter((p) => p.forceSlug === subject.slug && plan.datasets.includes(p.dataset))
        : [],
      problems,
      ...(plan.fallback ? { fallback: { entry: plan.fallback, insteadOf: plan.ownSource } } : {}),
    });
    const json = extra ? { ...assembledJson, yardsticks: extra } : assembledJson;
    return { json, problems };
  });
}

/** A period wholly outside the months loaded for the force is refused, naming what is loaded. */
function checkPeriod(period: Period, spans: readonly DatasetSpan[], force: string): void {
  const own = spans.filter((s) => s.forceSlug === force);
  // A Home Office quarter is keyed by its first month but covers two more; a published table of
  // 12 months by its first month, and covers eleven more.
  const lastMonth = (s: DatasetSpan) =>
    s.dataset === 'published_tables'
      ? addMonths(s.last, 11)
      : s.dataset.startsWith('ho_')
        ? addMonths(s.last, 2)
        : s.last;
  const overlaps = own.some((s) => s.first <= period.last && lastMonth(s) >= period.first);
  if (!overlaps)
    throw new ScrutinyError(messages.measures.periodOutsideData(period.label, describeSpans(own)));
}
