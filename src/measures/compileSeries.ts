/**
 * Compile a catalogue entry into one SQL query over the store's `current_*` views: a monthly (or, for
 * Home Office tables, quarterly) series per force, every figure aggregated in DuckDB (GROUP BY force
 * and month). All values are bound parameters; lists travel as JSON text and are read with
 * `from_json`, because the store binds plain values only. The SQL text itself is chosen from fixed
 * fragments by the measure's (validated) source and statistic, never built from its values.
 *
 * The months of a series are the months the store's coverage says are loaded for EVERY dataset the
 * measure needs (a rate from Home Office tables needs both the crime and the outcomes table): a
 * covered month with nothing recorded is an explicit 0, an uncovered month is absent.
 */
import type { Dataset } from '../catalogue/formats.js';
import type { Measure } from '../catalogue/measures/schema.js';
import type { OutcomeSettings } from './outcomeSettings.js';
import { compileAggregate } from './sql/aggregates.js';

export type { OutcomeSettings, RateBasis } from './outcomeSettings.js';

export interface CompiledSeries {
  readonly datasets: readonly Dataset[];
  /** quarter: one row per financial quarter, keyed by its first month. */
  readonly frequency: 'month' | 'quarter';
  readonly sql: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Rows the compiled query returns; `value` is NULL for rates (numerator/denominator instead). */
export interface SeriesRow {
  readonly force_slug: string;
  readonly month: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value_excluding_exceptional: number | null;
}

/** Window and forces of one query; months are 'YYYY-MM'. */
export interface SeriesWindow {
  readonly forces: readonly string[];
  readonly first: string;
  readonly last: string;
}

/** Undefined for external measures, which have no data in the store. */
export function compileSeries(
  measure: Measure,
  outcomes: OutcomeSettings,
  window: SeriesWindow,
): CompiledSeries | undefined {
  const aggregate = compileAggregate(measure, outcomes);
  if (!aggregate) return undefined;
  const sql = `
    WITH frame AS (
      SELECT force_slug, period AS month FROM coverage
      WHERE superseded_by IS NULL
        AND list_contains(from_json($datasets, '["VARCHAR"]'), dataset)
        AND list_contains(from_json($forces, '["VARCHAR"]'), force_slug)
        AND period BETWEEN $first::DATE AND $last::DATE
      GROUP BY force_slug, period
      HAVING count(DISTINCT dataset) = $datasetCount
    ),
    ${aggregate.ctes}
    SELECT frame.force_slug, strftime(frame.month, '%Y-%m') AS month,
      ${aggregate.isRate ? 'NULL::BIGINT' : 'coalesce(agg.value, 0)'} AS value,
      ${aggregate.isRate ? 'coalesce(agg.numerator, 0)' : 'NULL::BIGINT'} AS numerator,
      ${aggregate.isRate ? 'coalesce(agg.denominator, 0)' : 'NULL::BIGINT'} AS denominator,
      ${aggregate.hasExcluding ? 'coalesce(agg.value_excluding_exceptional, 0)' : 'NULL::BIGINT'} AS value_excluding_exceptional
    FROM frame LEFT JOIN agg ON agg.force_slug = frame.force_slug AND agg.month = frame.month
    ORDER BY frame.force_slug, frame.month`;
  return {
    datasets: aggregate.datasets,
    frequency: aggregate.frequency,
    sql,
    params: {
      ...aggregate.params,
      datasets: JSON.stringify(aggregate.datasets),
      datasetCount: aggregate.datasets.length,
      forces: JSON.stringify(window.forces),
      first: `${window.first}-01`,
      last: `${window.last}-01`,
    },
  };
}

/**
 * The same measure as the peers' source counts it: a count from Home Office tables by the measure's
 * offence codes, or from police.uk by its categories. Undefined when the measure has no peers block.
 */
export function peerMeasure(measure: Measure): Measure | undefined {
  const peers = measure.peers;
  if (!peers) return undefined;
  if (peers.source === 'home_office') {
    const codes = measure.selection.offence_codes;
    return {
      ...measure,
      source: 'home_office',
      statistic: 'count',
      with_and_without_exceptional: false,
      selection: codes ? { offence_codes: codes } : {},
    };
  }
  const categories = peers.police_uk_categories ?? measure.selection.police_uk_categories;
  return {
    ...measure,
    source: 'police_uk',
    statistic: 'count',
    with_and_without_exceptional: false,
    selection: categories ? { police_uk_categories: categories } : {},
  };
}
