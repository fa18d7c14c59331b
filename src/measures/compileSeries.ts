/**
 * Compile a catalogue entry into a request of its family's batch query (sql/family.ts): which
 * family (the fact table it reads), its def (the selection, bound as JSON) and which summed columns
 * make its series. Every measure of a family is then answered by ONE query (sql/batchQuery.ts).
 *
 * The months of a series are the months the store's coverage says are loaded for EVERY dataset the
 * measure needs (a rate from Home Office tables needs both the crime and the outcomes table): a
 * covered month with nothing recorded is an explicit 0, an uncovered month is absent.
 */
import type { Measure } from '../catalogue/measures/schema.js';
import type { OutcomeSettings } from './outcomeSettings.js';
import type { SeriesRequest } from './sql/family.js';
import { forceCrimeCount, forceCrimeOutcomeRate } from './sql/forceCrimesFamily.js';
import { ocgCount, satisfactionRate } from './sql/forceTablesFamilies.js';
import { homeOfficeCount, homeOfficeOutcomeRate, policeUkCount } from './sql/publishedFamilies.js';

export type { OutcomeSettings, RateBasis } from './outcomeSettings.js';
export type { SeriesRequest } from './sql/family.js';

/** Window and forces of a fetch; months are 'YYYY-MM'. */
export interface SeriesWindow {
  readonly forces: readonly string[];
  readonly first: string;
  readonly last: string;
}

/** Undefined for external measures, which have no data in the store. */
export function compileSeries(measure: Measure, outcomes: OutcomeSettings): SeriesRequest | undefined {
  const { source, statistic, selection } = measure;
  if (source === 'force_extract') {
    if (statistic === 'count') return forceCrimeCount(selection, measure.with_and_without_exceptional);
    if (statistic === 'outcome_rate') return forceCrimeOutcomeRate(selection, outcomes);
    if (statistic === 'satisfaction_rate') return satisfactionRate(selection);
    if (statistic === 'disruption_count' || statistic === 'safeguarded_count')
      return ocgCount(statistic, selection);
  }
  if (source === 'home_office') {
    if (statistic === 'count') return homeOfficeCount(selection);
    if (statistic === 'outcome_rate') return homeOfficeOutcomeRate(selection, outcomes);
  }
  if (source === 'police_uk' && statistic === 'count') return policeUkCount(selection);
  return undefined;
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
