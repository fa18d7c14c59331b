/**
 * Where a force's crimes happen: its small areas weighted by a hot-spot factor (a few areas see
 * far more crime than most, as in real data), grouped by district, and the text of a police.uk
 * location for a crime or an outcome row.
 */

import { cumulativeOf, pickWeighted, Random } from './random.js';
import { buildLsoas, type DemoForce, type Lsoa } from './world.js';

export interface Geography {
  readonly lsoas: readonly Lsoa[];
  /** Per district: indexes into `lsoas` and their cumulative weights. */
  readonly byDistrict: readonly { readonly members: Int32Array; readonly cumulative: Float64Array }[];
  /** Over all areas of the force. */
  readonly all: Float64Array;
}

export function buildGeography(
  force: DemoForce,
  districts: readonly {
    readonly name: string;
    readonly population: number;
    readonly box: DemoForce['box'];
  }[],
  seed: number,
): Geography {
  const lsoas = buildLsoas(force, districts, seed);
  const random = Random.stream(seed, `hotspots:${force.slug}`);
  const weights = lsoas.map(() => Math.exp(0.7 * random.normal()));
  const byDistrict = districts.map((_, d) => {
    const members = Int32Array.from(lsoas.flatMap((lsoa, i) => (lsoa.district === d ? [i] : [])));
    return { members, cumulative: cumulativeOf(Array.from(members, (i) => weights[i] ?? 1)) };
  });
  return { lsoas, byDistrict, all: cumulativeOf(weights) };
}

export function pickLsoaInDistrict(random: Random, geography: Geography, district: number): number {
  const group = geography.byDistrict[district];
  if (!group) return 0;
  return group.members[pickWeighted(random, group.cumulative)] ?? 0;
}

export function pickLsoa(random: Random, geography: Geography): number {
  return pickWeighted(random, geography.all);
}

/** `lon,lat,location,LSOA code,LSOA name` for a police.uk row; `point < 0` is 'No Location'. */
export function locationCells(lsoa: Lsoa, point: number): string {
  if (point < 0) return ',,No Location,,';
  return `${lsoa.points[point % lsoa.points.length]},${lsoa.code},${lsoa.name}`;
}

/** Which map point a row uses, or -1 for the few crimes police.uk publishes with no location. */
export function pickPoint(random: Random, lsoa: Lsoa): number {
  return random.chance(0.004) ? -1 : random.int(lsoa.points.length);
}
