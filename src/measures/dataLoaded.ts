/**
 * Which months the store holds, per dataset and force (current versions only), from `coverage`.
 * This is what a period is checked against ("the store holds 2021-04 to 2024-03") and what tells a
 * measure that its source is not loaded.
 */
import type { Store } from '../store/store.js';

export interface DatasetSpan {
  readonly dataset: string;
  readonly forceSlug: string;
  /** First and last month 'YYYY-MM' (for Home Office tables, the first month of a quarter). */
  readonly first: string;
  readonly last: string;
  /** Distinct months (or quarters) covered; fewer than the span when there are gaps. */
  readonly periods: number;
}

export async function dataLoaded(store: Store): Promise<DatasetSpan[]> {
  const rows = await store.query<{
    dataset: string;
    force_slug: string;
    first: string;
    last: string;
    periods: number;
  }>(
    `SELECT dataset, force_slug, strftime(min(period), '%Y-%m') AS first, strftime(max(period), '%Y-%m') AS last,
       count(DISTINCT period) AS periods
     FROM coverage WHERE superseded_by IS NULL
     GROUP BY dataset, force_slug ORDER BY dataset, force_slug`,
  );
  return rows.map((r) => ({
    dataset: r.dataset,
    forceSlug: r.force_slug,
    first: r.first,
    last: r.last,
    periods: r.periods,
  }));
}

/** 'force_crimes 2019-04 to 2024-03; police_uk_street 2021-04 to 2024-03' for a message. */
export function describeSpans(spans: readonly DatasetSpan[]): string {
  if (spans.length === 0) return 'no data';
  return spans.map((s) => `${s.dataset} ${s.first} to ${s.last}`).join('; ');
}

/** Datasets whose last month says how far the force's own monthly data reaches, most telling first. */
const MONTHLY_DATASETS = ['force_crimes', 'police_uk_street'];

/** The last month of the force's own monthly crime data; undefined when none is loaded. */
export function latestForceMonth(spans: readonly DatasetSpan[], forceSlug: string): string | undefined {
  const own = spans.filter((s) => s.forceSlug === forceSlug && MONTHLY_DATASETS.includes(s.dataset));
  return MONTHLY_DATASETS.map((d) => own.find((s) => s.dataset === d)?.last).find(Boolean);
}
