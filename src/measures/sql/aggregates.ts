/**
 * The `agg` common table expression of each (source, statistic): force_slug, month (DATE), and
 * value, numerator/denominator (rates) or value_excluding_exceptional (homicide). Filters are fixed
 * SQL fragments switched on by the selection; their values are bound parameters.
 */
import type { Dataset } from '../../catalogue/formats.js';
import type { Measure, Selection } from '../../catalogue/measures/schema.js';
import type { OutcomeSettings } from '../outcomeSettings.js';

export interface Aggregate {
  readonly datasets: readonly Dataset[];
  readonly frequency: 'month' | 'quarter';
  readonly ctes: string;
  readonly params: Record<string, unknown>;
  readonly isRate: boolean;
  readonly hasExcluding: boolean;
}

const FORCES = `list_contains(from_json($forces, '["VARCHAR"]'), force_slug)`;
const CODES = `list_contains(from_json($codes, '["VARCHAR"]'), offence_code)`;
const FLAGS = `list_has_all(flags, from_json($flags, '["VARCHAR"]'))`;
const ACTION = `list_contains(from_json($actionTaken, '["INTEGER"]'), outcome_code)`;
const IN_WINDOW = (column: string) => `${column} BETWEEN $first::DATE AND $last::DATE`;

/** Crime filters of the force extract for a selection (codes and/or flags). */
function crimeFilter(selection: Selection, params: Record<string, unknown>): string {
  const parts = [FORCES];
  if (selection.offence_codes) {
    parts.push(CODES);
    params.codes = JSON.stringify(selection.offence_codes);
  }
  if (selection.flags) {
    parts.push(FLAGS);
    params.flags = JSON.stringify(selection.flags);
  }
  return parts.join(' AND ');
}

export function compileAggregate(measure: Measure, outcomes: OutcomeSettings): Aggregate | undefined {
  const { source, statistic, selection } = measure;
  const params: Record<string, unknown> = {};
  const monthly = { frequency: 'month' as const, isRate: false, hasExcluding: false };

  if (source === 'force_extract' && statistic === 'count') {
    const excluding = measure.with_and_without_exceptional;
    if (excluding) params.exceptional = 'exceptional_incident';
    const ctes = `agg AS (
      SELECT force_slug, month, count(*) AS value
        ${excluding ? ', count(*) FILTER (WHERE NOT list_contains(flags, $exceptional)) AS value_excluding_exceptional' : ''}
      FROM current_force_crimes
      WHERE ${crimeFilter(selection, params)} AND ${IN_WINDOW('month')}
      GROUP BY force_slug, month)`;
    return { ...monthly, datasets: ['force_crimes'], ctes, params, hasExcluding: excluding };
  }

  if (source === 'force_extract' && statistic === 'outcome_rate') {
    params.actionTaken = JSON.stringify(outcomes.actionTaken);
    const filter = crimeFilter(selection, params);
    // assigned_in_period: outcomes dated in the month (of crimes recorded at any time) over the
    // crimes recorded in the month. of_crimes_recorded_in_period: the month's crimes whose outcome
    // is 'action taken', over the same crimes.
    const numerator =
      outcomes.rateBasis === 'assigned_in_period'
        ? `SELECT force_slug, CAST(date_trunc('month', outcome_date) AS DATE) AS month, count(*) AS numerator
           FROM current_force_crimes
           WHERE ${filter} AND ${ACTION} AND outcome_date >= $first::DATE
             AND outcome_date < $last::DATE + INTERVAL 1 MONTH
           GROUP BY ALL`
        : `SELECT force_slug, month, count(*) AS numerator FROM current_force_crimes
           WHERE ${filter} AND ${ACTION} AND ${IN_WINDOW('month')} GROUP BY ALL`;
    const ctes = `num AS (${numerator}),
      den AS (SELECT force_slug, month, count(*) AS denominator FROM current_force_crimes
              WHERE ${filter} AND ${IN_WINDOW('month')} GROUP BY ALL),
      agg AS (SELECT force_slug, month, num.numerator, den.denominator
              FROM num FULL OUTER JOIN den USING (force_slug, month))`;
    return { ...monthly, isRate: true, datasets: ['force_crimes'], ctes, params };
  }

  if (source === 'home_office' && statistic === 'count') {
    params.codes = JSON.stringify(selection.offence_codes ?? []);
    const ctes = `agg AS (
      SELECT force_slug, quarter_start AS month, sum(offences) AS value FROM current_ho_recorded_crime
      WHERE ${FORCES} AND ${CODES} AND ${IN_WINDOW('quarter_start')} GROUP BY ALL)`;
    return { ...monthly, frequency: 'quarter', datasets: ['ho_recorded_crime'], ctes, params };
  }

  if (source === 'home_office' && statistic === 'outcome_rate') {
    params.codes = JSON.stringify(selection.offence_codes ?? []);
    params.actionTaken = JSON.stringify(outcomes.actionTaken);
    const column = outcomes.rateBasis === 'assigned_in_period' ? 'outcomes' : 'outcomes_of_offences_recorded';
    const ctes = `num AS (
        SELECT force_slug, quarter_start AS month, sum(coalesce(${column}, 0)) AS numerator FROM current_ho_outcomes
        WHERE ${FORCES} AND ${CODES} AND list_contains(from_json($actionTaken, '["INTEGER"]'), outcome_type)
          AND ${IN_WINDOW('quarter_start')} GROUP BY ALL),
      den AS (
        SELECT force_slug, quarter_start AS month, sum(offences) AS denominator FROM current_ho_recorded_crime
        WHERE ${FORCES} AND ${CODES} AND ${IN_WINDOW('quarter_start')} GROUP BY ALL),
      agg AS (SELECT force_slug, month, num.numerator, den.denominator
              FROM num FULL OUTER JOIN den USING (force_slug, month))`;
    return {
      ...monthly,
      frequency: 'quarter',
      isRate: true,
      datasets: ['ho_recorded_crime', 'ho_outcomes'],
      ctes,
      params,
    };
  }

  if (source === 'police_uk' && statistic === 'count') {
    params.categories = JSON.stringify(selection.police_uk_categories ?? []);
    const ctes = `agg AS (
      SELECT force_slug, month, count(*) AS value FROM current_police_uk_street
      WHERE ${FORCES} AND list_contains(from_json($categories, '["VARCHAR"]'), crime_type)
        AND ${IN_WINDOW('month')} GROUP BY ALL)`;
    return { ...monthly, datasets: ['police_uk_street'], ctes, params };
  }

  if (source === 'force_extract' && statistic === 'satisfaction_rate') {
    params.cohort = selection.cohort ?? '';
    const ctes = `agg AS (
      SELECT force_slug, month, sum(satisfied) AS numerator, sum(responses) AS denominator
      FROM current_force_satisfaction
      WHERE ${FORCES} AND cohort = $cohort AND ${IN_WINDOW('month')} GROUP BY ALL)`;
    return { ...monthly, isRate: true, datasets: ['force_satisfaction'], ctes, params };
  }

  if (source === 'force_extract' && (statistic === 'disruption_count' || statistic === 'safeguarded_count')) {
    const levelFilter = selection.ocg_levels
      ? `AND list_contains(from_json($levels, '["VARCHAR"]'), level)`
      : '';
    if (selection.ocg_levels) params.levels = JSON.stringify(selection.ocg_levels);
    const figure =
      statistic === 'disruption_count'
        ? 'count(*)'
        : selection.safeguarded === 'children'
          ? 'sum(children_safeguarded)'
          : 'sum(adults_safeguarded)';
    const ctes = `agg AS (
      SELECT force_slug, month, ${figure} AS value FROM current_force_ocg_disruptions
      WHERE ${FORCES} ${levelFilter} AND ${IN_WINDOW('month')} GROUP BY ALL)`;
    return { ...monthly, datasets: ['force_ocg_disruptions'], ctes, params };
  }

  return undefined;
}
