/**
 * Fetch the series of many measures at once: the requests are grouped by family and each family is
 * ONE query (sql/batchQuery.ts), so each fact table is scanned once per run whatever the number of
 * measures. Identical requests (the same selection in two measures, or a measure and its peer
 * measure) share one def. The rows come back one per (def, force, month): JavaScript only files
 * them into maps, it does not aggregate.
 */
import type { Dataset } from '../catalogue/formats.js';
import type { Measure } from '../catalogue/measures/schema.js';
import type { MonthlySeries } from '../stats/series.js';
import type { Store } from '../store/store.js';
import { compileSeries, type OutcomeSettings, type SeriesWindow } from './compileSeries.js';
import { type BatchDef, type BatchRow, batchParams, batchSql } from './sql/batchQuery.js';
import type { FamilyName, SeriesFamily, SeriesRequest } from './sql/family.js';
import { forceCrimesFamily } from './sql/forceCrimesFamily.js';
import { ocgFamily, satisfactionFamily } from './sql/forceTablesFamilies.js';
import { homeOfficeFamily, policeUkFamily } from './sql/publishedFamilies.js';

export interface MeasureSeries {
  readonly datasets: readonly Dataset[];
  readonly frequency: 'month' | 'quarter';
  /** Counts; for rates, 100 × numerator / denominator for each month whose denominator is not 0. */
  readonly value: MonthlySeries;
  /** Rates only: outcomes counted as 'action taken', or satisfied responses. */
  readonly numerator?: MonthlySeries;
  /** Rates only: crimes recorded, or survey responses. */
  readonly denominator?: MonthlySeries;
  /** Counts with with_and_without_exceptional: the count without exceptional incidents. */
  readonly excludingExceptional?: MonthlySeries;
}

/** Series per force slug; a force with no covered month is absent. */
export type SeriesByForce = Map<string, MeasureSeries>;

/** One request of a batch: `id` names it in the answer; only `forces` are returned for it. */
export interface SeriesQuery {
  readonly id: string;
  readonly request: SeriesRequest;
  readonly forces: readonly string[];
}

const FAMILIES: Readonly<Record<FamilyName, SeriesFamily>> = {
  force_crimes: forceCrimesFamily,
  home_office: homeOfficeFamily,
  force_satisfaction: satisfactionFamily,
  force_ocg: ocgFamily,
  police_uk: policeUkFamily,
};

/**
 * The order the family queries run in: the force's own crimes first (most measures, most
 * JavaScript work after), police.uk last (the largest scan, which then runs while the measures
 * already fetched are assembled).
 */
export const FAMILY_ORDER = Object.keys(FAMILIES) as FamilyName[];

/** A batch under way: its family queries run one after another on the store's connection. */
export interface SeriesBatch {
  /** Resolves when the family's query has answered (at once for a family with no query). */
  whenReady(family: FamilyName): Promise<void>;
  /** A query's series per force, once its family is ready. */
  series(id: string): SeriesByForce | undefined;
}

/**
 * Start one query per family the queries touch, in FAMILY_ORDER, each when the one before has
 * answered (one connection runs one query at a time). The caller can work on a family's series
 * while DuckDB, on its own threads, answers the next.
 */
export function startSeriesBatch(
  store: Store,
  queries: readonly SeriesQuery[],
  outcomes: OutcomeSettings,
  window: Omit<SeriesWindow, 'forces'>,
): SeriesBatch {
  const answer = new Map<string, SeriesByForce>();
  const ready = new Map<FamilyName, Promise<void>>();
  let previous: Promise<unknown> = Promise.resolve();
  for (const name of FAMILY_ORDER) {
    const mine = queries.filter((q) => q.request.family === name);
    if (mine.length === 0) continue;
    const done = previous.then(async () => {
      const found = await runFamily(store, FAMILIES[name], mine, outcomes, window);
      for (const [id, series] of found) answer.set(id, series);
    });
    // A failure surfaces where the family is awaited; this only stops Node calling it unhandled
    // while an earlier family is still being worked on.
    done.catch(() => {});
    ready.set(name, done);
    previous = done;
  }
  return {
    whenReady: (family) => ready.get(family) ?? Promise.resolve(),
    series: (id) => answer.get(id),
  };
}

/** Series per force for each query id, once every family has answered. */
export async function fetchSeriesBatch(
  store: Store,
  queries: readonly SeriesQuery[],
  outcomes: OutcomeSettings,
  window: Omit<SeriesWindow, 'forces'>,
): Promise<Map<string, SeriesByForce>> {
  const batch = startSeriesBatch(store, queries, outcomes, window);
  for (const family of FAMILY_ORDER) await batch.whenReady(family);
  return new Map(queries.map((q) => [q.id, batch.series(q.id) ?? new Map()]));
}

/** ONE query for every request of a family; identical requests share a def. */
async function runFamily(
  store: Store,
  family: SeriesFamily,
  queries: readonly SeriesQuery[],
  outcomes: OutcomeSettings,
  window: Omit<SeriesWindow, 'forces'>,
): Promise<Map<string, SeriesByForce>> {
  const defs = new Map<string, BatchDef>();
  for (const q of queries) {
    const key = defKey(q.request);
    if (!defs.has(key)) defs.set(key, { key, datasets: q.request.datasets, def: q.request.def });
  }
  const forces = [...new Set(queries.flatMap((q) => q.forces))].sort();
  const sql = batchSql(family);
  const rows = await store.query<BatchRow>(
    sql,
    batchParams(family, sql, [...defs.values()], { ...window, forces }, outcomes),
  );
  const byDef = groupRows(rows);
  return new Map(queries.map((q) => [q.id, toSeriesByForce(q, byDef.get(defKey(q.request)))]));
}

/** One measure's series per force (undefined for external measures). */
export async function fetchSeries(
  store: Store,
  measure: Measure,
  outcomes: OutcomeSettings,
  window: SeriesWindow,
): Promise<SeriesByForce | undefined> {
  const request = compileSeries(measure, outcomes);
  if (!request) return undefined;
  const answer = await fetchSeriesBatch(
    store,
    [{ id: 'one', request, forces: window.forces }],
    outcomes,
    window,
  );
  return answer.get('one');
}

/** Requests with the same datasets and def select the same rows: they share one key. */
function defKey(request: SeriesRequest): string {
  return JSON.stringify([request.datasets, request.def]);
}

/** Rows per def key and force, in the query's month order. */
function groupRows(rows: readonly BatchRow[]): Map<string, Map<string, BatchRow[]>> {
  const byDef = new Map<string, Map<string, BatchRow[]>>();
  for (const row of rows) {
    let byForce = byDef.get(row.key);
    if (!byForce) {
      byForce = new Map();
      byDef.set(row.key, byForce);
    }
    const list = byForce.get(row.force_slug);
    if (list) list.push(row);
    else byForce.set(row.force_slug, [row]);
  }
  return byDef;
}

function toSeriesByForce(query: SeriesQuery, byForce: Map<string, BatchRow[]> | undefined): SeriesByForce {
  const result: SeriesByForce = new Map();
  if (!byForce) return result;
  for (const force of [...query.forces].sort()) {
    const rows = byForce.get(force);
    if (rows) result.set(force, toSeries(query.request, rows));
  }
  return result;
}

function toSeries(request: SeriesRequest, rows: readonly BatchRow[]): MeasureSeries {
  const { datasets, frequency, columns } = request;
  const pick = (column: string): MonthlySeries =>
    new Map(rows.map((row) => [row.month, Number(row[column] ?? 0)]));
  if (columns.kind === 'rate') {
    const numerator = pick(columns.numerator);
    const denominator = pick(columns.denominator);
    const value: MonthlySeries = new Map(
      rows.flatMap((row) => {
        const den = denominator.get(row.month) ?? 0;
        return den === 0 ? [] : [[row.month, (100 * (numerator.get(row.month) ?? 0)) / den] as const];
      }),
    );
    return { datasets, frequency, value, numerator, denominator };
  }
  return {
    datasets,
    frequency,
    value: pick(columns.value),
    ...(columns.excluding ? { excludingExceptional: pick(columns.excluding) } : {}),
  };
}
