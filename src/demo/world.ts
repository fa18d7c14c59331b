/**
 * The fictional world of the demo: Midshire Police, a shire force of 550,000 people in five
 * districts split North and South, and seven fictional Most Similar Group peers. No name here is a
 * real force, district or place; the LSOA codes use the unused E019xxxxx range so they can never be
 * mistaken for real ones. Geography (small areas and anonymised map points) is generated from the seed.
 */
import { Random } from './random.js';

export interface DemoDistrict {
  readonly name: string;
  readonly population: number;
  readonly area: 'North' | 'South';
  /** Relative pull of town-centre crime (shoplifting, robbery, night-time violence). */
  readonly urban: number;
  /** Bounding box of its map points: [west, south, east, north]. */
  readonly box: readonly [number, number, number, number];
}

export interface DemoForce {
  readonly slug: string;
  /** As police.uk writes 'Reported by' and 'Falls within'. */
  readonly name: string;
  /** The police force area, as the Home Office tables write 'Force Name'. */
  readonly area: string;
  readonly population: number;
  /** Recorded crime per head relative to Midshire. */
  readonly crimeRate: number;
  /** Annual drift of its crime level relative to Midshire's (peers differ in trend too). */
  readonly drift: number;
  readonly lsoaPrefix: string;
  readonly box: readonly [number, number, number, number];
}

export const MIDSHIRE: DemoForce = {
  slug: 'midshire',
  name: 'Midshire Police',
  area: 'Midshire',
  population: 550_000,
  crimeRate: 1,
  drift: 0,
  lsoaPrefix: 'E01900',
  box: [-1.1, 52.2, -0.3, 52.8],
};

export const DISTRICTS: readonly DemoDistrict[] = [
  { name: 'Northwold', population: 118_000, area: 'North', urban: 1.05, box: [-1.1, 52.55, -0.7, 52.8] },
  { name: 'Hollinbury', population: 96_000, area: 'North', urban: 0.8, box: [-0.7, 52.55, -0.3, 52.8] },
  { name: 'Midcaster', population: 142_000, area: 'South', urban: 1.35, box: [-0.95, 52.38, -0.6, 52.55] },
  { name: 'Elmsworth', population: 109_000, area: 'South', urban: 1.0, box: [-1.1, 52.2, -0.75, 52.38] },
  { name: 'Tennerdale', population: 85_000, area: 'South', urban: 0.75, box: [-0.75, 52.2, -0.3, 52.38] },
];

type Box = readonly [number, number, number, number];
type PeerRow = readonly [
  slug: string,
  name: string,
  area: string,
  population: number,
  rate: number,
  drift: number,
  box: Box,
];

const PEER_ROWS: readonly PeerRow[] = [
  ['westshire', 'Westshire Police', 'Westshire', 612_000, 0.95, 0.004, [-2.6, 52.0, -1.8, 52.6]],
  ['eastmarch', 'Eastmarch Constabulary', 'Eastmarch', 745_000, 1.08, -0.006, [0.2, 52.2, 1.2, 52.8]],
  ['northmoor', 'Northmoor Police', 'Northmoor', 534_000, 0.88, 0.008, [-1.8, 53.6, -0.9, 54.2]],
  ['wealdshire', 'Wealdshire Police', 'Wealdshire', 868_000, 1.02, -0.002, [-0.4, 51.0, 0.6, 51.4]],
  ['riverdale', 'Riverdale Constabulary', 'Riverdale', 689_000, 1.15, 0.01, [-2.4, 53.0, -1.8, 53.5]],
  ['cragmoor', 'Cragmoor Police', 'Cragmoor', 507_000, 0.92, -0.008, [-3.2, 54.2, -2.4, 54.8]],
  ['lowvale', 'Lowvale Constabulary', 'Lowvale', 931_000, 1.05, 0.003, [-2.2, 51.2, -1.4, 51.7]],
];

export const PEERS: readonly DemoForce[] = PEER_ROWS.map(
  ([slug, name, area, population, crimeRate, drift, box], index) => ({
    slug,
    name,
    area,
    population,
    crimeRate,
    drift,
    lsoaPrefix: `E019${index + 1}0`,
    box,
  }),
);

/** A small area and its anonymised map points ('On or near ...'), as police.uk publishes them. */
export interface Lsoa {
  readonly code: string;
  readonly name: string;
  /** Index into the force's districts (0 for a peer). */
  readonly district: number;
  /** Pre-formatted `lon,lat,On or near X` CSV fragments. */
  readonly points: readonly string[];
}

const STREETS = [
  'High Street',
  'Church Lane',
  'Station Road',
  'Mill Lane',
  'School Lane',
  'The Green',
  'Park Road',
  'Victoria Road',
  'Queen Street',
  'King Street',
  'London Road',
  'Manor Road',
  'Chapel Street',
  'Orchard Close',
  'Meadow Way',
  'Windmill Hill',
  'Bridge Street',
  'Market Place',
  'Brook Lane',
  'Elm Grove',
  'Oak Avenue',
  'Willow Close',
  'Newtown Road',
  'Castle Street',
  'Abbey Road',
  'Green Lane',
  'Supermarket',
  'Petrol Station',
  'Parking Area',
  'Shopping Area',
  'Sports/Recreation Area',
  'Nightclub',
  'Hospital',
  'Further/Higher Educational Building',
  'Police Station',
  'Theatre/Concert Hall',
];

const PEOPLE_PER_LSOA = 1_600;
const LETTERS = 'ABCDE';

/** Small areas for a force: a district's share is its population; names follow ONS style. */
export function buildLsoas(
  force: DemoForce,
  districts: readonly {
    readonly name: string;
    readonly population: number;
    readonly box: DemoForce['box'];
  }[],
  seed: number,
): Lsoa[] {
  const random = Random.stream(seed, `lsoas:${force.slug}`);
  const lsoas: Lsoa[] = [];
  districts.forEach((district, districtIndex) => {
    const count = Math.max(5, Math.round(district.population / PEOPLE_PER_LSOA));
    const [west, south, east, north] = district.box;
    for (let i = 0; i < count; i++) {
      const lon = west + (east - west) * random.next();
      const lat = south + (north - south) * random.next();
      const points: string[] = [];
      const pointCount = 3 + random.int(5);
      for (let p = 0; p < pointCount; p++) {
        const x = (lon + (random.next() - 0.5) * 0.012).toFixed(6);
        const y = (lat + (random.next() - 0.5) * 0.008).toFixed(6);
        points.push(`${x},${y},On or near ${random.pick(STREETS)}`);
      }
      const msoa = String(Math.floor(i / LETTERS.length) + 1).padStart(3, '0');
      lsoas.push({
        code: `${force.lsoaPrefix}${String(lsoas.length + 1).padStart(3, '0')}`,
        name: `${district.name} ${msoa}${LETTERS[i % LETTERS.length]}`,
        district: districtIndex,
        points,
      });
    }
  });
  return lsoas;
}
