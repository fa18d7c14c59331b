/**
 * What Midshire records, code by code: the mean count a month in 2019/20 (a 30.44-day month), its
 * seasonal shape, how it moved in the pandemic, its trend, how it tends to end (outcome family) and
 * how often it carries each flag. Shares follow a typical English shire force: about 4,500 crimes a
 * month, a third of them violence against the person, a summer violence peak and a winter burglary
 * peak, shoplifting rising from 2022, burglary and vehicle crime drifting down.
 */
import type { CrimeFlag } from '../catalogue/formats.js';

export type Season = 'flat' | 'summer' | 'winter' | 'bike';
export type PandemicEffect = 'none' | 'acquisitive' | 'shop' | 'night' | 'domestic' | 'drugs';
export type OutcomeFamily =
  | 'homicide'
  | 'violence'
  | 'domestic'
  | 'sexual'
  | 'robbery'
  | 'burglary'
  | 'vehicle'
  | 'theft'
  | 'shoplifting'
  | 'damage'
  | 'drugs'
  | 'weapons'
  | 'order'
  | 'misc';

export interface MixEntry {
  readonly code: string;
  readonly perMonth: number;
  readonly season: Season;
  readonly pandemic: PandemicEffect;
  /** Yearly change (e.g. 0.03 = +3% a year) before and from April 2022. */
  readonly trend: readonly [number, number];
  readonly family: OutcomeFamily;
  /** Drawn towards town-centre districts. */
  readonly urban: boolean;
  /** Share of crimes carrying each flag (exceptional_incident is only set by the one incident). */
  readonly flags: Partial<Record<Exclude<CrimeFlag, 'exceptional_incident'>, number>>;
}

type Flags = MixEntry['flags'];
type Row = readonly [
  code: string,
  perMonth: number,
  season: Season,
  pandemic: PandemicEffect,
  trend: readonly [number, number],
  family: OutcomeFamily,
  urban: boolean,
  flags?: Flags,
];

const FLAT: readonly [number, number] = [0, 0];
const DA = (share: number, more: Flags = {}): Flags => ({ domestic_abuse: share, ...more });

const ROWS: readonly Row[] = [
  // Homicide: about six a year (the multi-victim incident is added separately).
  ['1', 0.42, 'flat', 'none', FLAT, 'homicide', true, DA(0.25, { knife: 0.4, firearm: 0.05 })],
  ['4.1', 0.1, 'flat', 'none', FLAT, 'homicide', false, DA(0.15)],
  ['4.2', 0.004, 'flat', 'none', FLAT, 'homicide', false],
  ['4.10', 0.003, 'flat', 'none', FLAT, 'homicide', false],
  // Death or serious injury by unlawful driving.
  ['4.4', 1.4, 'flat', 'none', FLAT, 'misc', false],
  ['4.6', 0.08, 'flat', 'none', FLAT, 'misc', false],
  ['4.8', 0.5, 'flat', 'none', FLAT, 'misc', false],
  ['4.9', 0.3, 'flat', 'none', FLAT, 'misc', false],
  ['37.1', 0.04, 'flat', 'none', FLAT, 'misc', false],
  // Violence with injury: 360 a month.
  ['2', 0.8, 'summer', 'night', FLAT, 'violence', true, { knife: 0.45, firearm: 0.06, domestic_abuse: 0.2 }],
  ['4.3', 0.01, 'flat', 'none', FLAT, 'violence', false],
  ['4.7', 0.03, 'flat', 'none', FLAT, 'violence', false, DA(0.5)],
  ['5D', 22, 'summer', 'night', [0.01, 0.01], 'violence', true, DA(0.25, { knife: 0.25, firearm: 0.01 })],
  ['5E', 1.5, 'flat', 'none', FLAT, 'violence', false, { firearm: 0.1 }],
  ['8N', 335, 'summer', 'night', [0.005, 0.005], 'violence', true, DA(0.36, { knife: 0.03, hate: 0.01 })],
  ['8P', 5, 'summer', 'night', FLAT, 'violence', true, { hate: 1, knife: 0.03 }],
  ['8S', 10, 'summer', 'night', [0.02, 0.02], 'violence', true],
  // Violence without injury.
  ['3A', 0.05, 'flat', 'none', FLAT, 'violence', false],
  ['3B', 30, 'flat', 'domestic', [0.02, 0.02], 'domestic', false, DA(0.35, { knife: 0.1, firearm: 0.01 })],
  ['11A', 26, 'flat', 'none', [0.02, 0.02], 'violence', false, DA(0.3)],
  ['13', 2, 'flat', 'none', FLAT, 'violence', false, DA(0.3)],
  ['14', 0.02, 'flat', 'none', FLAT, 'violence', false],
  ['36', 4, 'flat', 'none', FLAT, 'violence', false, DA(0.2)],
  ['104', 40, 'summer', 'night', [0.02, 0.02], 'violence', true],
  ['105A', 640, 'summer', 'domestic', [0.01, 0.01], 'domestic', false, DA(0.4, { hate: 0.01 })],
  ['105B', 24, 'summer', 'night', FLAT, 'violence', true, { hate: 1 }],
  ['106', 3, 'flat', 'none', [0.05, 0.05], 'misc', false],
  // Stalking and harassment: the fastest-rising part of violence.
  ['8L', 140, 'flat', 'domestic', [0.01, 0.01], 'domestic', false, DA(0.3, { hate: 0.01 })],
  ['8M', 14, 'flat', 'none', FLAT, 'violence', false, { hate: 1 }],
  ['8Q', 52, 'flat', 'domestic', [0.06, 0.04], 'domestic', false, DA(0.6)],
  ['8R', 300, 'flat', 'domestic', [0.02, 0.01], 'domestic', false, DA(0.25, { hate: 0.02 })],
  ['8U', 70, 'flat', 'domestic', [0.06, 0.04], 'domestic', false, DA(1)],
  // Sexual offences.
  ['19C', 40, 'summer', 'none', [0.03, 0.02], 'sexual', false, DA(0.4, { knife: 0.01 })],
  ['19D', 11, 'flat', 'none', [0.02, 0.02], 'sexual', false, DA(0.1)],
  ['19E', 4, 'flat', 'none', FLAT, 'sexual', false, DA(0.3)],
  ['19F', 3, 'flat', 'none', FLAT, 'sexual', false, DA(0.2)],
  ['19G', 2, 'flat', 'none', FLAT, 'sexual', false, DA(0.2)],
  ['19H', 2, 'flat', 'none', FLAT, 'sexual', false, DA(0.3)],
  ['17A', 4, 'flat', 'none', FLAT, 'sexual', false],
  ['17B', 2, 'flat', 'none', FLAT, 'sexual', false],
  ['20A', 48, 'summer', 'night', [0.02, 0.02], 'sexual', true, DA(0.1, { knife: 0.005 })],
  ['20B', 6, 'flat', 'none', FLAT, 'sexual', false],
  ['21', 3, 'flat', 'none', FLAT, 'sexual', false],
  ['22A', 2, 'flat', 'none', FLAT, 'sexual', false, DA(0.3)],
  ['22B', 8, 'flat', 'none', FLAT, 'sexual', false],
  ['23', 1, 'flat', 'none', FLAT, 'sexual', false, DA(1)],
  ['70', 0.3, 'flat', 'none', FLAT, 'sexual', false],
  ['71', 2, 'flat', 'none', [0.05, 0.05], 'sexual', false],
  ['72', 0.1, 'flat', 'none', FLAT, 'sexual', false],
  ['73', 0.4, 'flat', 'none', FLAT, 'sexual', false],
  ['88A', 3, 'flat', 'none', FLAT, 'sexual', false],
  ['88C', 2, 'flat', 'none', FLAT, 'sexual', false],
  ['88D', 0.1, 'flat', 'none', FLAT, 'sexual', false],
  ['88E', 20, 'summer', 'none', FLAT, 'sexual', false],
  // Robbery.
  ['34A', 4, 'winter', 'acquisitive', FLAT, 'robbery', true, { knife: 0.2, firearm: 0.03 }],
  ['34B', 28, 'winter', 'acquisitive', [0, 0.01], 'robbery', true, { knife: 0.18, firearm: 0.005 }],
  // Burglary: residential peaks in the dark months.
  ['28E', 80, 'winter', 'acquisitive', [-0.05, -0.03], 'burglary', false],
  ['28F', 17, 'winter', 'acquisitive', [-0.05, -0.03], 'burglary', false],
  ['28G', 2, 'winter', 'acquisitive', [-0.05, -0.05], 'burglary', false],
  ['28H', 0.5, 'winter', 'acquisitive', FLAT, 'burglary', false],
  ['29A', 1.5, 'winter', 'acquisitive', FLAT, 'burglary', false, { knife: 0.1 }],
  ['30C', 50, 'winter', 'acquisitive', [-0.03, -0.02], 'burglary', true],
  ['30D', 8, 'winter', 'acquisitive', [-0.03, -0.02], 'burglary', true],
  ['31A', 0.3, 'flat', 'acquisitive', FLAT, 'burglary', false],
  // Vehicle offences: about 370 a month.
  ['48', 115, 'winter', 'acquisitive', [-0.02, -0.01], 'vehicle', false],
  ['37.2', 2, 'flat', 'acquisitive', FLAT, 'vehicle', false],
  ['45', 245, 'winter', 'acquisitive', [-0.04, -0.02], 'vehicle', false],
  ['126', 25, 'winter', 'acquisitive', [-0.03, -0.02], 'vehicle', false],
  // Theft.
  ['39', 22, 'winter', 'acquisitive', [0.03, 0.03], 'theft', true],
  ['44', 44, 'bike', 'acquisitive', [-0.04, -0.03], 'theft', true],
  ['46', 420, 'winter', 'shop', [0, 0.08], 'shoplifting', true],
  ['35', 9, 'flat', 'none', [0.05, 0.03], 'misc', false],
  ['40', 20, 'flat', 'acquisitive', FLAT, 'theft', false, DA(0.2)],
  ['41', 6, 'flat', 'acquisitive', FLAT, 'theft', true],
  ['42', 0.5, 'flat', 'none', FLAT, 'theft', false],
  ['43', 0.5, 'flat', 'none', FLAT, 'theft', false],
  ['47', 1, 'flat', 'acquisitive', FLAT, 'theft', true],
  ['49', 380, 'summer', 'acquisitive', [-0.02, -0.01], 'theft', false],
  ['49A', 40, 'flat', 'shop', [0.02, 0.04], 'theft', true],
  // Criminal damage and arson.
  ['58A', 130, 'summer', 'domestic', [-0.03, -0.02], 'damage', false, DA(0.25)],
  ['58B', 55, 'summer', 'acquisitive', [-0.03, -0.02], 'damage', true],
  ['58C', 150, 'winter', 'acquisitive', [-0.03, -0.02], 'damage', false, DA(0.1)],
  ['58D', 85, 'summer', 'none', [-0.03, -0.02], 'damage', false],
  ['58J', 2, 'flat', 'none', FLAT, 'damage', true, { hate: 1 }],
  ['56A', 4, 'flat', 'none', FLAT, 'damage', false, DA(0.2)],
  ['56B', 28, 'summer', 'none', [-0.02, -0.02], 'damage', false],
  // Drugs: proactive, so up in lockdown.
  ['92A', 25, 'flat', 'drugs', [0.03, 0.02], 'drugs', true],
  ['92C', 1, 'flat', 'drugs', FLAT, 'drugs', false],
  ['92D', 15, 'flat', 'drugs', FLAT, 'drugs', true],
  ['92E', 80, 'summer', 'drugs', [-0.02, -0.03], 'drugs', true],
  // Possession of weapons.
  ['10A', 0.5, 'flat', 'none', FLAT, 'weapons', true, { firearm: 1 }],
  ['10B', 2, 'flat', 'none', FLAT, 'weapons', true, { firearm: 1 }],
  ['10C', 12, 'flat', 'none', FLAT, 'weapons', true],
  ['10D', 30, 'summer', 'none', [0.02, 0.01], 'weapons', true],
  ['81', 2, 'flat', 'none', FLAT, 'weapons', false, { firearm: 1 }],
  ['90', 1, 'flat', 'none', FLAT, 'weapons', false],
  // Public order.
  ['9A', 300, 'summer', 'night', [0.01, 0], 'order', true, DA(0.1, { hate: 0.03 })],
  ['9B', 35, 'summer', 'night', FLAT, 'order', true, { hate: 1 }],
  ['62A', 2, 'summer', 'night', FLAT, 'order', true],
  ['66', 40, 'flat', 'none', FLAT, 'order', false],
  // Miscellaneous crimes against society.
  ['15', 0.02, 'flat', 'none', FLAT, 'misc', false],
  ['24', 0.1, 'flat', 'none', FLAT, 'misc', false],
  ['26', 0.05, 'flat', 'none', FLAT, 'misc', false],
  ['27', 0.1, 'flat', 'none', FLAT, 'misc', true],
  ['33', 3, 'flat', 'acquisitive', FLAT, 'misc', false],
  ['33A', 1, 'flat', 'none', FLAT, 'misc', false],
  ['38', 3, 'flat', 'none', FLAT, 'misc', false],
  ['54', 5, 'flat', 'none', FLAT, 'misc', false],
  ['59', 8, 'flat', 'domestic', FLAT, 'misc', false, DA(0.3)],
  ['60', 0.1, 'flat', 'none', FLAT, 'misc', false],
  ['61', 1, 'flat', 'none', FLAT, 'misc', false],
  ['61A', 1, 'flat', 'none', FLAT, 'misc', false],
  ['67', 0.1, 'flat', 'none', FLAT, 'misc', false],
  ['69', 0.5, 'flat', 'none', FLAT, 'misc', false],
  ['76', 0.05, 'flat', 'none', FLAT, 'misc', false],
  ['79', 3, 'flat', 'none', FLAT, 'misc', false],
  ['80', 0.5, 'flat', 'none', FLAT, 'misc', false],
  ['83', 4, 'flat', 'none', FLAT, 'misc', false],
  ['86', 12, 'flat', 'none', [0.04, 0.03], 'misc', false],
  ['95', 3, 'flat', 'none', FLAT, 'misc', false],
  ['96', 0.3, 'summer', 'none', FLAT, 'misc', false],
  ['99', 12, 'flat', 'none', FLAT, 'misc', false],
  ['802', 10, 'flat', 'none', FLAT, 'misc', false],
  ['814', 0.5, 'flat', 'none', FLAT, 'misc', false],
];

export const OFFENCE_MIX: readonly MixEntry[] = ROWS.map(
  ([code, perMonth, season, pandemic, trend, family, urban, flags]) => ({
    code,
    perMonth,
    season,
    pandemic,
    trend,
    family,
    urban,
    flags: flags ?? {},
  }),
);
