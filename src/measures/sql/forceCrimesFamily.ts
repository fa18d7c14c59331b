/**
 * Counts and 'action taken' rates of the force extract's crimes, every measure from one scan.
 *
 * Cells: crimes grouped by force, month, offence code and flags. Per cell:
 * - `recorded`: crimes recorded in the month (the count, and every rate's denominator);
 * - `recorded_excluding_exceptional`: the same without crimes flagged exceptional_incident;
 * - `action_taken_of_recorded`: crimes recorded in the month whose outcome is in the action-taken
 *   set (rate basis of_crimes_recorded_in_period);
 * - `action_taken_assigned`: action-taken outcomes DATED in the month, of crimes recorded at any
 *   time (rate basis assigned_in_period); these cells are keyed by the outcome's month.
 * A def selects cells by `codes` (any of) and `flags` (all of); a NULL list does not filter.
 */
import type { Selection } from '../../catalogue/measures/schema.js';
import type { OutcomeSettings } from '../outcomeSettings.js';
import { FORCES, IN_WINDOW, keepCurrent, type SeriesFamily, type SeriesRequest } from './family.js';

const ACTION = `list_contains(from_json($actionTaken, '["INTEGER"]'), outcome_code)`;

const RECORDED = keepCurrent(
  `SELECT source_id, force_slug, month, offence_code, flags,
     count(*) AS recorded,
     count(*) FILTER (WHERE NOT list_contains(flags, $exceptional)) AS recorded_excluding_exceptional,
     count(*) FILTER (WHERE ${ACTION}) AS action_taken_of_recorded
   FROM force_crimes WHERE ${FORCES} AND ${IN_WINDOW('month')}
   GROUP BY ALL`,
  'force_crimes',
  'month',
);

// Kept by the crime's recorded month (the version holding the crime), then keyed by the outcome's.
const ASSIGNED = keepCurrent(
  `SELECT source_id, force_slug, month, CAST(date_trunc('month', outcome_date) AS DATE) AS outcome_month,
     offence_code, flags, count(*) AS assigned
   FROM force_crimes
   WHERE ${FORCES} AND ${ACTION} AND outcome_date >= $first::DATE AND outcome_date < $last::DATE + INTERVAL 1 MONTH
   GROUP BY ALL`,
  'force_crimes',
  'month',
);

export const forceCrimesFamily: SeriesFamily = {
  name: 'force_crimes',
  datasets: ['force_crimes'],
  defFields: `"codes":["VARCHAR"],"flags":["VARCHAR"]`,
  cells: `
    SELECT force_slug, month, offence_code, flags, recorded, recorded_excluding_exceptional,
      action_taken_of_recorded, 0 AS action_taken_assigned
    FROM ${RECORDED}
    UNION ALL
    SELECT force_slug, outcome_month, offence_code, flags, 0, 0, 0, assigned FROM ${ASSIGNED}`,
  match: `(d.codes IS NULL OR list_contains(d.codes, c.offence_code))
    AND (d.flags IS NULL OR list_has_all(c.flags, d.flags))`,
  sums: ['recorded', 'recorded_excluding_exceptional', 'action_taken_of_recorded', 'action_taken_assigned'],
};

function selectionDef(selection: Selection) {
  return { codes: selection.offence_codes ?? null, flags: selection.flags ?? null };
}

export function forceCrimeCount(selection: Selection, withExcluding: boolean): SeriesRequest {
  return {
    family: 'force_crimes',
    datasets: ['force_crimes'],
    frequency: 'month',
    def: selectionDef(selection),
    columns: withExcluding
      ? { kind: 'count', value: 'recorded', excluding: 'recorded_excluding_exceptional' }
      : { kind: 'count', value: 'recorded' },
  };
}

export function forceCrimeOutcomeRate(selection: Selection, outcomes: OutcomeSettings): SeriesRequest {
  return {
    family: 'force_crimes',
    datasets: ['force_crimes'],
    frequency: 'month',
    def: selectionDef(selection),
    columns: {
      kind: 'rate',
      numerator:
        outcomes.rateBasis === 'assigned_in_period' ? 'action_taken_assigned' : 'action_taken_of_recorded',
      denominator: 'recorded',
    },
  };
}
