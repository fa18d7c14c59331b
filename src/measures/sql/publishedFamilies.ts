/**
 * The published sources that hold every peer force: the Home Office tables (quarterly, keyed by the
 * quarter's first month) and police.uk street crimes (monthly, by category). One query per source
 * serves the force and all its peers.
 */
import type { Selection } from '../../catalogue/measures/schema.js';
import type { OutcomeSettings } from '../outcomeSettings.js';
import { FORCES, IN_WINDOW, keepCurrent, type SeriesFamily, type SeriesRequest } from './family.js';

/**
 * Home Office cells: offences recorded per code, and action-taken outcomes per code in both of the
 * tables' columns ('outcomes recorded in quarter' and 'outcomes for offences recorded in quarter').
 * A rate needs both tables to cover the quarter; a count only the recorded crime table.
 */
export const homeOfficeFamily: SeriesFamily = {
  name: 'home_office',
  datasets: ['ho_recorded_crime', 'ho_outcomes'],
  defFields: `"codes":["VARCHAR"]`,
  cells: `
    SELECT force_slug, quarter_start AS month, offence_code, offences,
      0 AS outcomes_assigned, 0 AS outcomes_of_recorded
    FROM ${keepCurrent(
      `SELECT source_id, force_slug, quarter_start, offence_code, sum(offences) AS offences
       FROM ho_recorded_crime WHERE ${FORCES} AND ${IN_WINDOW('quarter_start')} GROUP BY ALL`,
      'ho_recorded_crime',
      'quarter_start',
    )}
    UNION ALL
    SELECT force_slug, quarter_start, offence_code, 0, assigned, of_recorded
    FROM ${keepCurrent(
      `SELECT source_id, force_slug, quarter_start, offence_code,
         sum(coalesce(outcomes, 0)) AS assigned, sum(coalesce(outcomes_of_offences_recorded, 0)) AS of_recorded
       FROM ho_outcomes
       WHERE ${FORCES} AND ${IN_WINDOW('quarter_start')}
         AND list_contains(from_json($actionTaken, '["INTEGER"]'), outcome_type)
       GROUP BY ALL`,
      'ho_outcomes',
      'quarter_start',
    )}`,
  // A published row may carry several codes joined by '+' (homicide: '1+4.1+4.10+4.2'); it counts
  // towards a measure that selects every one of them (sources/homeOffice/publishedCodes.ts).
  match: "list_has_all(d.codes, string_split(c.offence_code, '+'))",
  sums: ['offences', 'outcomes_assigned', 'outcomes_of_recorded'],
};

export function homeOfficeCount(selection: Selection): SeriesRequest {
  return {
    family: 'home_office',
    datasets: ['ho_recorded_crime'],
    frequency: 'quarter',
    def: { codes: selection.offence_codes ?? [] },
    columns: { kind: 'count', value: 'offences' },
  };
}

export function homeOfficeOutcomeRate(selection: Selection, outcomes: OutcomeSettings): SeriesRequest {
  return {
    family: 'home_office',
    datasets: ['ho_recorded_crime', 'ho_outcomes'],
    frequency: 'quarter',
    def: { codes: selection.offence_codes ?? [] },
    columns: {
      kind: 'rate',
      numerator: outcomes.rateBasis === 'assigned_in_period' ? 'outcomes_assigned' : 'outcomes_of_recorded',
      denominator: 'offences',
    },
  };
}

/** police.uk cells: street crimes per force, month and category ('Crime type'). */
export const policeUkFamily: SeriesFamily = {
  name: 'police_uk',
  datasets: ['police_uk_street'],
  defFields: `"categories":["VARCHAR"]`,
  cells: `
    SELECT force_slug, month, crime_type, crimes FROM ${keepCurrent(
      `SELECT source_id, force_slug, month, crime_type, count(*) AS crimes
       FROM police_uk_street WHERE ${FORCES} AND ${IN_WINDOW('month')} GROUP BY ALL`,
      'police_uk_street',
      'month',
    )}`,
  match: 'list_contains(d.categories, c.crime_type)',
  sums: ['crimes'],
};

export function policeUkCount(selection: Selection): SeriesRequest {
  return {
    family: 'police_uk',
    datasets: ['police_uk_street'],
    frequency: 'month',
    def: { categories: selection.police_uk_categories ?? [] },
    columns: { kind: 'count', value: 'crimes' },
  };
}
