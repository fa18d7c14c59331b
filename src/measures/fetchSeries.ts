/**
 * Run a compiled series query and return plain series per force. The rows are already one per
 * (force, month): JavaScript only files them into maps, it does not aggregate.
 */
import type { Dataset } from '../catalogue/formats.js';
import type { Measure } from '../catalogue/measures/schema.js';
import type { MonthlySeries } from '../stats/series.js';
import type { Store } from '../store/store.js';
import { compileSeries, type OutcomeSettings, type SeriesRow, type SeriesWindow } from './compileSeries.js';

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

/** Series per force slug; a force with no covered month is absent. Undefined for external measures. */
export async function fetchSeries(
  store: Store,
  measure: Measure,
  outcomes: OutcomeSettings,
  window: SeriesWindow,
): Promise<Map<string, MeasureSeries> | undefined> {
  const compiled = compileSeries(measure, outcomes, window);
  if (!compiled) return undefined;
  const rows = await store.query<SeriesRow & Record<string, unknown>>(compiled.sql, compiled.params);
  const byForce = new Map<string, SeriesRow[]>();
  for (const row of rows) {
    const list = byForce.get(row.force_slug);
    if (list) list.push(row);
    else byForce.set(row.force_slug, [row]);
  }
  const result = new Map<string, MeasureSeries>();
  for (const [force, forceRows] of byForce) {
    result.set(force, toSeries(forceRows, compiled.datasets, compiled.frequency));
  }
  return result;
}

function toSeries(rows: readonly SeriesRow[], datasets: readonly Dataset[], frequency: 'month' | 'quarter') {
  const isRate = rows[0]?.numerator !== null;
  const pairs = (pick: (row: SeriesRow) => number | null): MonthlySeries =>
    new Map(rows.flatMap((row) => (pick(row) === null ? [] : [[row.month, pick(row) as number] as const])));
  if (isRate) {
    return {
      datasets,
      frequency,
      value: pairs((row) => (row.denominator ? (100 * (row.numerator ?? 0)) / row.denominator : null)),
      numerator: pairs((row) => row.numerator),
      denominator: pairs((row) => row.denominator),
    };
  }
  const hasExcluding = rows[0]?.value_excluding_exceptional !== null;
  return {
    datasets,
    frequency,
    value: pairs((row) => row.value),
    ...(hasExcluding ? { excludingExceptional: pairs((row) => row.value_excluding_exceptional) } : {}),
  };
}
