/**
 * The force among its peers for the period: each force's volume from the source holding them all
 * (Home Office tables or police.uk), its rate per 1,000 people, and the rank (src/stats/peers.ts).
 */
import type { MeasureFigures } from '../result.js';

export interface PeerValues {
  readonly source: 'home_office' | 'police_uk';
  readonly period: string;
  readonly subject: string;
  readonly forces: readonly {
    readonly slug: string;
    readonly name: string;
    readonly population: number;
    /** The period's volume; null when the source does not cover the whole period for that force. */
    readonly value: number | null;
  }[];
}

export function peerFigure(
  peers: PeerValues,
  _direction: 'up' | 'down' | 'neutral',
): MeasureFigures['peers'] {
  return {
    status: 'ok',
    source: peers.source,
    period: peers.period,
    forces: peers.forces.map((f) => ({
      ...f,
      ratePer1000: f.value === null ? null : (1000 * f.value) / f.population,
    })),
  };
}
