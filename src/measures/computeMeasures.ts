/**
 * The measures layer's entry point. For a period and one or more subject forces:
 *   1. check the period against the months the store holds (a period outside the data says which
 *      months exist);
 *   2. every measure is compiled into a request of its family (the fact table it reads), and ONE
 *      query per family fetches the series of every measure of it, for the subject forces and, for
 *      the peer comparison, every peer, over the 60 months to the period's end (fetchSeries.ts);
 *   3. one more query reads the provenance of every dataset used;
 *   4. the figures are assembled from the series with the pure functions of stats/;
 *   5. the result is the versioned JSON of result.ts, one per subject force.
 * So a run costs a handful of queries whatever the number of measures, and each fact table is
 * scanned once. JavaScript handles at most one row per measure, force and month; all counting
 * happens in DuckDB.
 */
import type { Measure } from '../catalogue/measures/schema.js';
import { messages } from '../errors/messages.js';
import { type Problem, ScrutinyError } from '../errors/problem.js';
import { addMonths, monthsOf, type Period } from '../stats/calendar.js';
import { periodVolume } from '../stats/change.js';
import type { Store } from '../store/store.js';
import { assembleMeasure } from './assembleMeasure.js';
import { compileSeries, peerMeasure, type SeriesRequest } from './compileSeries.js';
import { type DatasetSpan, dataLoaded, describeSpans } from './dataLoaded.js';
import { fetchSeriesBatch, type MeasureSeries, type SeriesQuery } from './fetchSeries.js';
import type { PeerValues } from './figures/peerFigure.js';
import { provenanceOf } from './provenance.js';
import { MEASURES_SCHEMA_VERSION, type MeasureJson, type MeasuresResult } from './result.js';
import { type MeasureSettings, rateBasisText } from './settings.js';

export interface ForceRef {
  readonly slug: string;
  readonly name: string;
  readonly population: number;
}

export interface Subject extends ForceRef {
  readonly peers: readonly ForceRef[];
}

export interface ComputeOptions {
  readonly measures: readonly Measure[];
  readonly settings: MeasureSettings;
  readonly period: Period;
  readonly subjects: readonly Subject[];
  /** The time written into `generatedAt` (injected so output can be reproduced). */
  readonly now: Date;
}

export async function computeMeasures(store: Store, options: ComputeOptions): Promise<MeasuresResult[]> {
  const { period, settings, subjects } = options;
  const spans = await dataLoaded(store);
  if (spans.length === 0) throw new ScrutinyError(messages.measures.noDataLoaded());
  for (const subject of subjects) checkPeriod(period, spans, subject.slug);

  const window = { first: addMonths(period.last, -(settings.historyMonths - 1)), last: period.last };
  const subjectSlugs = subjects.map((s) => s.slug);
  const peerSlugs = [...new Set(subjects.flatMap((s) => [s.slug, ...s.peers.map((p) => p.slug)]))];
  const plans = options.measures.map((measure) => planMeasure(measure, settings));

  // Every series of every measure, one query per family (fact table) for the whole run.
  const queries: SeriesQuery[] = plans.flatMap((plan, i) => [
    ...(plan.own ? [{ id: `${i}`, request: plan.own, forces: subjectSlugs }] : []),
    ...(plan.peerRequest ? [{ id: `${i}:peer`, request: plan.peerRequest, forces: peerSlugs }] : []),
  ]);
  const series = await fetchSeriesBatch(store, queries, settings.outcomes, window);
  const usedDatasets = [...new Set(plans.flatMap((plan) => plan.own?.datasets ?? []))];
  const provenance =
    usedDatasets.length === 0
      ? []
      : await provenanceOf(store, usedDatasets, subjectSlugs, window.first, window.last);

  const perSubject = subjects.map(() => ({ measures: [] as MeasureJson[], problems: [] as Problem[] }));
  plans.forEach((plan, i) => {
    const own = series.get(`${i}`);
    const peerSeries = series.get(`${i}:peer`);
    const datasets = plan.datasets;
    subjects.forEach((subject, s) => {
      const target = perSubject[s]!;
      target.measures.push(
        assembleMeasure({
          measure: plan.measure,
          forceSlug: subject.slug,
          period,
          settings,
          series: own?.get(subject.slug),
          datasets,
          peers:
            peerSeries && plan.peer && subject.peers.length > 0
              ? peerValues(plan.peer, subject, peerSeries, period)
              : undefined,
          provenance: plan.own
            ? provenance.filter((p) => p.forceSlug === subject.slug && datasets.includes(p.dataset))
            : [],
          problems: target.problems,
        }),
      );
    });
  });

  return subjects.map((subject, i) => ({
    schemaVersion: MEASURES_SCHEMA_VERSION,
    generatedAt: options.now.toISOString(),
    force: { slug: subject.slug, name: subject.name, population: subject.population },
    period: { label: period.label, kind: period.kind, first: period.first, last: period.last },
    settings: settingsJson(settings),
    dataLoaded: spans
      .filter((s) => s.forceSlug === subject.slug)
      .map((s) => ({ dataset: s.dataset, first: s.first, last: s.last, periods: s.periods })),
    measures: perSubject[i]!.measures,
    problems: perSubject[i]!.problems,
  }));
}

interface MeasurePlan {
  readonly measure: Measure;
  /** Datasets the measure reads (none for external ones). */
  readonly datasets: readonly string[];
  /** The measure's own series; undefined when there is nothing to fetch (external, not applicable). */
  readonly own: SeriesRequest | undefined;
  readonly peer: Measure | undefined;
  readonly peerRequest: SeriesRequest | undefined;
}

/** What to fetch for a measure. A police.uk peer request equal to the measure's own shares its def. */
function planMeasure(measure: Measure, settings: MeasureSettings): MeasurePlan {
  const compiled = compileSeries(measure, settings.outcomes);
  const skip = !compiled || measure.applicability.status === 'not_applicable';
  const peer = skip ? undefined : peerMeasure(measure);
  return {
    measure,
    datasets: compiled?.datasets ?? [],
    own: skip ? undefined : compiled,
    peer,
    peerRequest: peer ? compileSeries(peer, settings.outcomes) : undefined,
  };
}

/** A period wholly outside the months loaded for the force is refused, naming what is loaded. */
function checkPeriod(period: Period, spans: readonly DatasetSpan[], force: string): void {
  const own = spans.filter((s) => s.forceSlug === force);
  // A Home Office quarter is keyed by its first month but covers two more.
  const lastMonth = (s: DatasetSpan) => (s.dataset.startsWith('ho_') ? addMonths(s.last, 2) : s.last);
  const overlaps = own.some((s) => s.first <= period.last && lastMonth(s) >= period.first);
  if (!overlaps)
    throw new ScrutinyError(messages.measures.periodOutsideData(period.label, describeSpans(own)));
}

/** Each peer's volume for the period, from the source holding them all. */
function peerValues(
  peer: Measure,
  subject: Subject,
  series: ReadonlyMap<string, MeasureSeries>,
  period: Period,
): PeerValues {
  const forces = [subject, ...subject.peers].map((force) => {
    const s = series.get(force.slug);
    return {
      slug: force.slug,
      name: force.name,
      population: force.population,
      value: s ? periodValue(s, period) : null,
    };
  });
  return {
    source: peer.source === 'home_office' ? 'home_office' : 'police_uk',
    period: period.label,
    subject: subject.slug,
    forces,
  };
}

/** A monthly series sums the period's months; a quarterly one its quarters (none for a single month). */
function periodValue(series: MeasureSeries, period: Period): number | null {
  if (series.frequency === 'month') {
    const volume = periodVolume(series.value, period);
    return volume.status === 'complete' ? volume.value : null;
  }
  const starts = monthsOf(period).filter((_, i) => i % 3 === 0);
  if (period.kind === 'month' || !starts.every((m) => series.value.has(m))) return null;
  return starts.reduce((total, m) => total + (series.value.get(m) ?? 0), 0);
}

function settingsJson(settings: MeasureSettings): Record<string, unknown> {
  return {
    actionTaken: settings.outcomes.actionTaken,
    rateBasis: settings.outcomes.rateBasis,
    rateBasisText: rateBasisText(settings.outcomes.rateBasis),
    outcomeRollingMonths: settings.outcomeRollingMonths,
    satisfactionRollingMonths: settings.satisfactionRollingMonths,
    satisfactionTargets: settings.satisfactionTargets,
    threeYearAverage: settings.threeYearAverage,
    threeYearAverageInLine: 'between the lowest and the highest of the values averaged',
    inLineWithForecast: 'the observed value lies inside the 95% prediction interval',
    spc: settings.spc,
    significanceLevel: settings.significanceLevel,
    significanceTest: 'exact test for two Poisson counts (conditional binomial), two-sided',
    historyMonths: settings.historyMonths,
    peerRank: 'rate per 1,000 population; 1 is the highest rate',
  };
}
