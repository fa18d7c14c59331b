/**
 * The force's national position on a measure the published tables cover: from the newest table of
 * 12 months ending at or before the period's end, each of the 43 territorial forces' rate per 1,000
 * residents (built-in ONS mid-year populations, the year stated), the force's rank with its direction
 * ('8th lowest rate of 43', stats/peers), the England and Wales rate (the table's national row, else
 * the sum of the 43 when every force has a figure) and the plain mean of the peers' rates. A force the
 * table gives no figure for ('..', '[x]', no row) is left out of the ranking and named. The change on
 * the same 12 months a year earlier is given when a table for them is loaded.
 */
import { FORCES, MID_2023_POPULATION, POPULATION_SOURCE } from '../../catalogue/reference/index.js';
import { addMonths, rolling12Period } from '../../stats/calendar.js';
import { changeBetween } from '../../stats/change.js';
import { comparePeers } from '../../stats/peers.js';
import type { MissingForceJson, NationalPositionJson } from '../figureTypes.js';
import {
  headingKey,
  latestTableFor,
  NATIONAL,
  type PublishedCount,
  type PublishedTable,
  tableFor,
} from '../published/publishedTables.js';
import type { Figure } from '../result.js';
import { notAvailable } from './common.js';

/** The 43 territorial forces and their built-in populations. */
const TERRITORIAL = FORCES.flatMap((force) => {
  const population = force.onsCode ? MID_2023_POPULATION.get(force.onsCode) : undefined;
  return population ? [{ slug: force.slug, name: force.homeOfficeName, population }] : [];
});
const NATIONAL_POPULATION = TERRITORIAL.reduce((total, force) => total + force.population, 0);

export interface NationalInput {
  readonly heading: string;
  readonly forceSlug: string;
  readonly peerSlugs: readonly string[];
  readonly tables: readonly PublishedTable[];
  /** The period's last month: the table used ends at or before it. */
  readonly last: string;
}

export function nationalFigure(input: NationalInput): Figure<NationalPositionJson> {
  const { heading, forceSlug, tables } = input;
  const table = latestTableFor(tables, heading, input.last);
  const counts = table?.headings.get(headingKey(heading));
  if (!table || !counts) return notAvailable('no loaded published table covers this measure');
  const held = TERRITORIAL.filter((force) => counts.get(force.slug)?.value != null);
  const missing: MissingForceJson[] = TERRITORIAL.filter((force) => !held.includes(force)).map((force) => ({
    slug: force.slug,
    name: counts.get(force.slug)?.name ?? force.name,
    marker: counts.get(force.slug)?.marker ?? null,
  }));
  const area = (force: (typeof TERRITORIAL)[number]) => ({
    id: force.slug,
    name: force.name,
    count: counts.get(force.slug)?.value ?? 0,
    population: force.population,
  });
  const own = held.find((force) => force.slug === forceSlug);
  if (!own) return notAvailable(`the table gives no figure for the force for the ${table.last} release`);
  const ranking = comparePeers(area(own), held.filter((f) => f !== own).map(area), { label: heading });
  const peers = held.filter((f) => input.peerSlugs.includes(f.slug));
  const peerMean =
    peers.length === 0 ? null : comparePeers(area(own), peers.map(area), { label: heading }).peerMean;
  const national = nationalCount(counts, missing.length);
  if (national === null) return notAvailable('the table has no England and Wales figure');
  const yearEarlier = tableFor(tables, heading, addMonths(table.first, -12), addMonths(table.last, -12));
  return {
    status: 'ok',
    table: { title: table.title, tableName: table.tableName, first: table.first, last: table.last, heading },
    label: rolling12Period(table.last).label,
    count: ranking.force.count,
    population: own.population,
    populationSource: POPULATION_SOURCE,
    ratePer1000: ranking.force.ratePer1000,
    englandAndWales: {
      count: national,
      population: NATIONAL_POPULATION,
      ratePer1000: (national / NATIONAL_POPULATION) * 1000,
    },
    peerAverage:
      peerMean === null || peerMean === undefined
        ? null
        : { ratePer1000: peerMean, peers: peers.map((p) => p.name) },
    rank: ranking.force.rank,
    of: ranking.of,
    rankText: ranking.rankText,
    missing,
    change: yearEarlier ? changeOnYear(yearEarlier, heading, forceSlug, ranking.force.count, national) : null,
  };
}

/** The table's England and Wales row, else the sum of the 43 when none is missing. */
function nationalCount(counts: ReadonlyMap<string, PublishedCount>, missing: number): number | null {
  const row = counts.get(NATIONAL)?.value;
  if (row != null) return row;
  if (missing > 0) return null;
  return TERRITORIAL.reduce((total, force) => total + (counts.get(force.slug)?.value ?? 0), 0);
}

function changeOnYear(
  earlier: PublishedTable,
  heading: string,
  forceSlug: string,
  count: number,
  national: number,
): NationalPositionJson['change'] {
  const counts = earlier.headings.get(headingKey(heading));
  const before = counts?.get(forceSlug)?.value;
  const nationalBefore = counts
    ? nationalCount(counts, TERRITORIAL.filter((f) => counts.get(f.slug)?.value == null).length)
    : null;
  return {
    comparedWith: rolling12Period(earlier.last).label,
    forcePercent: before == null ? null : changeBetween(count, before).percent,
    englandAndWalesPercent: nationalBefore == null ? null : changeBetween(national, nationalBefore).percent,
  };
}
