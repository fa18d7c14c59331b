/**
 * Peer comparison: the force against its Most Similar Group, as rates per 1,000 population.
 *
 * - Rate = count / population × 1,000, unrounded (round only when printing).
 * - Rank 1 = the HIGHEST rate, whatever is good, so "ranked 1st" always means "most per head";
 *   `bestRank` ranks by the measure's good direction instead (1 = best), for 'up' or 'down'.
 * - Ties share a rank, the best of the places they occupy ("1, 2, 2, 4": standard competition
 *   ranking), on the exact rates: two rates that print alike but differ are not tied.
 * - The peer mean is the plain mean of the peers' rates, each force counting once, with the force
 *   itself EXCLUDED (the question is how the force compares with the others). The pooled peer rate
 *   (all peers' counts over all their population) is given beside it.
 * - Gap = force rate − peer mean, and that as a percentage of the peer mean (null when it is 0).
 */
import { messages } from '../errors/messages.js';
import { type Problem, ScrutinyError } from '../errors/problem.js';
import { BEST_ENDS, rankText } from './ordinal.js';

export interface AreaCount {
  /** A stable id, e.g. the police.uk force slug. */
  readonly id: string;
  readonly name?: string;
  readonly count: number;
  readonly population: number;
}

/** Which way is good, in the catalogue's words. */
export type GoodDirection = 'up' | 'down' | 'neutral';

export interface AreaRate {
  readonly id: string;
  readonly name?: string;
  readonly count: number;
  readonly population: number;
  readonly ratePer1000: number;
  /** 1 = highest rate. */
  readonly rank: number;
  /** Another area has exactly the same rate. */
  readonly tied: boolean;
  readonly isForce: boolean;
}

export interface PeerComparison {
  /** The force and its peers, highest rate first (ties in id order). */
  readonly rows: readonly AreaRate[];
  readonly force: AreaRate;
  /** Areas ranked: the peers and the force. */
  readonly of: number;
  /** The force's rank by rate, in words that say the direction: '2nd highest rate of 8', 'joint lowest rate of 8'. */
  readonly rankText: string;
  readonly direction: GoodDirection;
  /** The force's rank with 1 = best for the direction; null when neither direction is better. */
  readonly bestRank: number | null;
  readonly bestRankText: string | null;
  /** Mean of the peers' rates, force excluded; null without peers. */
  readonly peerMean: number | null;
  /** All peers' counts over all their population × 1,000; null without peers. */
  readonly peerPooledRate: number | null;
  /** Force rate − peer mean, absolute and as a % of the peer mean (percentage null when the mean is 0). */
  readonly gap: { readonly absolute: number; readonly percentage: number | null } | null;
}

export interface PeerOptions {
  /** Which way is good for the measure. Default 'neutral'. */
  readonly direction?: GoodDirection;
  /** A name for the comparison (e.g. a measure id), used to say where a problem is. */
  readonly label?: string;
}

function validate(force: AreaCount, peers: readonly AreaCount[], label: string): void {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  [force, ...peers].forEach((area, i) => {
    const field = i === 0 ? `${label}.force` : `${label}.peers[${i - 1}]`;
    if (seen.has(area.id)) problems.push(messages.stats.peerDuplicate(`${field}.id`, area.id));
    seen.add(area.id);
    if (!(Number.isSafeInteger(area.count) && area.count >= 0)) {
      problems.push(messages.stats.countInvalid(`${field}.count`, area.count));
    }
    if (!(Number.isFinite(area.population) && area.population > 0)) {
      problems.push(messages.stats.exposureInvalid(`${field}.population`, area.population));
    }
  });
  if (problems.length > 0) throw new ScrutinyError(problems);
}

/** Competition rank: 1 + how many rates are strictly better by `better`. */
function competitionRank(
  rate: number,
  all: readonly number[],
  better: (a: number, b: number) => boolean,
): number {
  return 1 + all.filter((other) => better(other, rate)).length;
}

/** Rank the force among its peers. Throws a ScrutinyError for a repeated id, a bad count or population. */
export function comparePeers(
  force: AreaCount,
  peers: readonly AreaCount[],
  options: PeerOptions = {},
): PeerComparison {
  const label = options.label ?? 'peers';
  const direction = options.direction ?? 'neutral';
  validate(force, peers, label);
  const areas = [force, ...peers];
  const rates = areas.map((a) => (a.count / a.population) * 1000);
  const rows = areas.map(
    (area, i): AreaRate => ({
      id: area.id,
      ...(area.name === undefined ? {} : { name: area.name }),
      count: area.count,
      population: area.population,
      ratePer1000: rates[i]!,
      rank: competitionRank(rates[i]!, rates, (a, b) => a > b),
      tied: rates.filter((r) => r === rates[i]).length > 1,
      isForce: i === 0,
    }),
  );
  const forceRow = rows[0]!;
  const higher = (a: number, b: number) => a > b;
  const lower = (a: number, b: number) => a < b;
  const fromBottom = competitionRank(forceRow.ratePer1000, rates, lower);
  const bestRank =
    direction === 'neutral'
      ? null
      : competitionRank(forceRow.ratePer1000, rates, direction === 'up' ? higher : lower);
  const worstRank = direction === 'up' ? fromBottom : forceRow.rank;
  const peerRates = rates.slice(1);
  const peerMean = peerRates.length === 0 ? null : peerRates.reduce((s, r) => s + r, 0) / peerRates.length;
  const peerPopulation = peers.reduce((s, p) => s + p.population, 0);
  const peerPooledRate =
    peers.length === 0 ? null : (peers.reduce((s, p) => s + p.count, 0) / peerPopulation) * 1000;
  const gapAbsolute = peerMean === null ? null : forceRow.ratePer1000 - peerMean;
  return {
    rows: [...rows].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    force: forceRow,
    of: rows.length,
    rankText: rankText(forceRow.rank, fromBottom, rows.length, forceRow.tied),
    direction,
    bestRank,
    bestRankText:
      bestRank === null ? null : rankText(bestRank, worstRank, rows.length, forceRow.tied, BEST_ENDS),
    peerMean,
    peerPooledRate,
    gap:
      gapAbsolute === null || peerMean === null
        ? null
        : { absolute: gapAbsolute, percentage: peerMean === 0 ? null : (gapAbsolute / peerMean) * 100 },
  };
}
