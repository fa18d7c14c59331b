/**
 * The force among its peers for the period: each force's volume from the source holding them all
 * (Home Office tables or police.uk), its rate per 1,000 people, the rank (1 = highest rate), the
 * best-first rank when the measure has a direction, and the gap to the peer mean (stats/peers.ts).
 * A peer whose source does not cover the whole period is left out and named.
 */
import { comparePeers } from '../../stats/peers.js';
import type { MeasureFigures } from '../result.js';
import { notAvailable } from './common.js';

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
    /** When value is null: the months of the period the source lacks for that force. */
    readonly missingMonths?: readonly string[];
  }[];
}

export function peerFigure(peers: PeerValues, direction: 'up' | 'down' | 'neutral'): MeasureFigures['peers'] {
  const held = peers.forces.filter((f) => f.value !== null);
  const force = held.find((f) => f.slug === peers.subject);
  const others = held.filter((f) => f.slug !== peers.subject);
  const missing = peers.forces.filter((f) => f.value === null).map((f) => f.slug);
  const leftOut = peers.forces
    .filter((f) => f.value === null && f.slug !== peers.subject)
    .map((f) => ({ slug: f.slug, name: f.name, months: f.missingMonths ?? [] }));
  if (!force) return notAvailable(`the ${peers.source} data does not cover ${peers.period} for the force`);
  if (others.length === 0)
    return notAvailable(`the ${peers.source} data covers none of the peers for ${peers.period}`);
  const area = (f: (typeof held)[number]) => ({
    id: f.slug,
    name: f.name,
    count: f.value!,
    population: f.population,
  });
  const result = comparePeers(area(force), others.map(area), { direction, label: 'peers' });
  return {
    status: 'ok',
    source: peers.source,
    period: peers.period,
    rank: result.force.rank,
    of: result.of,
    text: result.rankText,
    bestRank: result.bestRank,
    bestRankText: result.bestRankText,
    ratePer1000: result.force.ratePer1000,
    peerMean: result.peerMean,
    gap: result.gap,
    forces: result.rows.map((r) => ({
      slug: r.id,
      name: r.name ?? r.id,
      count: r.count,
      population: r.population,
      ratePer1000: r.ratePer1000,
      rank: r.rank,
    })),
    missing,
    leftOut,
  };
}
