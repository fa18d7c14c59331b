/**
 * What a run fetches for each measure: its own series request and, for the peer comparison, the
 * peer measure and its request. A police.uk peer request equal to the measure's own selects the
 * same rows, so the batch gives both one def (fetchSeries.ts).
 */
import type { Measure } from '../catalogue/measures/schema.js';
import { compileSeries, peerMeasure, type SeriesRequest } from './compileSeries.js';
import type { MeasureSettings } from './settings.js';
import type { FamilyName } from './sql/family.js';

export interface MeasurePlan {
  readonly measure: Measure;
  /** Datasets the measure reads (none for external ones). */
  readonly datasets: readonly string[];
  /** The measure's own series; undefined when there is nothing to fetch (external, not applicable). */
  readonly own: SeriesRequest | undefined;
  readonly peer: Measure | undefined;
  readonly peerRequest: SeriesRequest | undefined;
}

export function planMeasure(measure: Measure, settings: MeasureSettings): MeasurePlan {
  const compiled = compileSeries(measure, settings.outcomes);
  const skip = !compiled || measure.applicability.status === 'not_applicable';
  const peer = skip ? undefined : peerMeasure(measure);
  return {
    measure,
    datasets: compiled?.datasets ?? [],
    own: skip ? undefined : compiled,
    peer,
    peerRequest: peer ? compileSeries(peer, settings.outcomes) : undefined,
  };
}

/** The families whose answers the measure's figures need. */
export function familiesOf(plan: MeasurePlan): FamilyName[] {
  return [plan.own?.family, plan.peerRequest?.family].filter((f): f is FamilyName => f !== undefined);
}
