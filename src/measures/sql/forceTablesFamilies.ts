/**
 * The force extract's smaller tables: victim satisfaction (satisfied over responses per cohort) and
 * OCG disruptions (disruptions, adults and children safeguarded, by level). Each is one query for
 * every measure that reads it.
 */
import type { Selection } from '../../catalogue/measures/schema.js';
import { FORCES, IN_WINDOW, keepCurrent, type SeriesFamily, type SeriesRequest } from './family.js';

export const satisfactionFamily: SeriesFamily = {
  name: 'force_satisfaction',
  datasets: ['force_satisfaction'],
  defFields: `"cohort":"VARCHAR"`,
  cells: `
    SELECT force_slug, month, cohort, satisfied, responses FROM ${keepCurrent(
      `SELECT source_id, force_slug, month, cohort, sum(satisfied) AS satisfied, sum(responses) AS responses
       FROM force_satisfaction WHERE ${FORCES} AND ${IN_WINDOW('month')} GROUP BY ALL`,
      'force_satisfaction',
      'month',
    )}`,
  match: 'c.cohort = d.cohort',
  sums: ['satisfied', 'responses'],
};

export function satisfactionRate(selection: Selection): SeriesRequest {
  return {
    family: 'force_satisfaction',
    datasets: ['force_satisfaction'],
    frequency: 'month',
    def: { cohort: selection.cohort ?? '' },
    columns: { kind: 'rate', numerator: 'satisfied', denominator: 'responses' },
  };
}

export const ocgFamily: SeriesFamily = {
  name: 'force_ocg',
  datasets: ['force_ocg_disruptions'],
  defFields: `"levels":["VARCHAR"]`,
  cells: `
    SELECT force_slug, month, level, disruptions, adults_safeguarded, children_safeguarded FROM ${keepCurrent(
      `SELECT source_id, force_slug, month, level, count(*) AS disruptions,
         sum(adults_safeguarded) AS adults_safeguarded, sum(children_safeguarded) AS children_safeguarded
       FROM force_ocg_disruptions WHERE ${FORCES} AND ${IN_WINDOW('month')} GROUP BY ALL`,
      'force_ocg_disruptions',
      'month',
    )}`,
  match: '(d.levels IS NULL OR list_contains(d.levels, c.level))',
  sums: ['disruptions', 'adults_safeguarded', 'children_safeguarded'],
};

/** Disruptions (count), or the adults or children safeguarded during them (sum). */
export function ocgCount(
  statistic: 'disruption_count' | 'safeguarded_count',
  selection: Selection,
): SeriesRequest {
  const value =
    statistic === 'disruption_count'
      ? 'disruptions'
      : selection.safeguarded === 'children'
        ? 'children_safeguarded'
        : 'adults_safeguarded';
  return {
    family: 'force_ocg',
    datasets: ['force_ocg_disruptions'],
    frequency: 'month',
    def: { levels: selection.ocg_levels ?? null },
    columns: { kind: 'count', value },
  };
}
