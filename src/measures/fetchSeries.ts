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
  force_satisfaction: satisfactionFamily,
  force_ocg: ocgFamily,
  home_office: homeOfficeFamily,
  police_uk: policeUkFamily,
};

/** Series per force for each query id, from one query per family the queries touch. */
export async function fetchSeriesBatch(
  store: Store,
  queries: readonly SeriesQuery[],
  outcomes: OutcomeSettings,
  window: Omit<SeriesWindow, 'forces'>,
): Promise<Map<string, SeriesByForce>> {
  const answer = new Map<string, SeriesByForce>();
  for (const name of Object.keys(FAMILIES) as FamilyName[]) {
    const mine = queries.filter((q) => q.request.family === name);
    if (mine.length === 0) continue;
    const defs = new Map<string, BatchDef>();
    for (const q of mine) {
      const key = defKey(q.request);
      if (!defs.has(key)) defs.set(key, { key, datasets: q.request.datasets, def: q.request.def });
    }
    const forces = [...new Set(mine.flatMap((q) => q.forces))].sort();
    const family = FAMILIES[name];
    const sql = batchSql(family);
    const rows = await store.query<BatchRow>(
      sql,
      batchParams(family, sql, [...defs.values()], { ...window, forces }, outcomes),
    );
    const byDef = groupRows(rows);
    for (const q of mine) answer.set(q.id, toSeriesByForce(q, byDef.get(defKey(q.request))));
  }
  return answer;
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
