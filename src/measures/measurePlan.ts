/**
 * What a run fetches for each measure: its own series request and, for the peer comparison, the
 * peer measure and its request. A police.uk peer request equal to the measure's own selects the
 * same rows, so the batch gives both one def (fetchSeries.ts).
 *
 * A measure whose own source holds nothing for the subject forces (no force extract loaded) is
 * planned from the first of its catalogue `fallback` sources that is loaded: the Home Office police
 * recorded crime table counted by the fallback's offence codes, compared with every peer from the
 * same table. The choice is recorded (`fallback`) so every output can say which source fed it.
 */
import type { Fallback, Measure } from '../catalogue/measures/schema.js';
import { compileSeries, peerMeasure, type SeriesRequest } from './compileSeries.js';
import type { MeasureSettings } from './settings.js';
import type { FamilyName } from './sql/family.js';

export interface MeasurePlan {
  /** The measure as it is computed: the catalogue entry, or its fallback when that feeds it. */
  readonly measure: Measure;
  /** The catalogue's fallback entry that feeds the measure; undefined when its own source does. */
  readonly fallback: Fallback | undefined;
  /** The measure's own source, as the catalogue gives it (differs from measure.source on a fallback). */
  readonly ownSource: Measure['source'];
  /** Datasets the measure reads (none for external ones). */
  readonly datasets: readonly string[];
  /** The measure's own series; undefined when there is nothing to fetch (external, not applicable). */
  readonly own: SeriesRequest | undefined;
  readonly peer: Measure | undefined;
  readonly peerRequest: SeriesRequest | undefined;
}

/** Whether the store holds any month of every one of these datasets for the subject forces. */
export type DatasetsLoaded = (datasets: readonly string[]) => boolean;

export function planMeasure(
  measure: Measure,
  settings: MeasureSettings,
  loaded: DatasetsLoaded = () => true,
): MeasurePlan {
  const chosen = chooseSource(measure, settings, loaded);
  const compiled = compileSeries(chosen.measure, settings.outcomes);
  const skip = !compiled || measure.applicability.status === 'not_applicable';
  const peer = skip ? undefined : peerMeasure(chosen.measure);
  return {
    measure: chosen.measure,
    fallback: chosen.fallback,
    ownSource: measure.source,
    datasets: compiled?.datasets ?? [],
    own: skip ? undefined : compiled,
    peer,
    peerRequest: peer ? compileSeries(peer, settings.outcomes) : undefined,
  };
}

/**
 * The measure itself while its own datasets are loaded (or when it has no fallback); otherwise the
 * first fallback whose datasets are, as a Home Office count compared with the peers from the same
 * table. With nothing loaded at all, the measure itself (it then says what it needs).
 */
function chooseSource(
  measure: Measure,
  settings: MeasureSettings,
  loaded: DatasetsLoaded,
): { measure: Measure; fallback: Fallback | undefined } {
  const own = compileSeries(measure, settings.outcomes);
  if (measure.fallback.length === 0 || !own || loaded(own.datasets)) return { measure, fallback: undefined };
  for (const fallback of measure.fallback) {
    const effective: Measure = {
      ...measure,
      source: fallback.source,
      statistic: 'count',
      selection: { offence_codes: fallback.selection.offence_codes },
      with_and_without_exceptional: false,
      data_note: fallback.note || measure.data_note,
      peers: { source: 'home_office' },
      fallback: [],
    };
    const request = compileSeries(effective, settings.outcomes);
    if (request && loaded(request.datasets)) return { measure: effective, fallback };
  }
  return { measure, fallback: undefined };
}

/** The families whose answers the measure's figures need. */
export function familiesOf(plan: MeasurePlan): FamilyName[] {
  return [plan.own?.family, plan.peerRequest?.family].filter((f): f is FamilyName => f !== undefined);
}
