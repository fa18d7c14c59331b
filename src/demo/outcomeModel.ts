/**
 * How Midshire's crimes end: for each outcome family, the share of each Home Office outcome type and
 * how long it takes to assign. Shares are typical of a shire force (about 12% of violence 'action
 * taken', three quarters of burglary and vehicle crime closed with no suspect identified, most
 * domestic abuse ending in outcome 16); the delay is exponential with a mean per outcome type,
 * stretched for sexual offences. Nothing here claims to be any real force's figures.
 */

import type { OutcomeFamily } from './offenceMix.js';
import { cumulativeOf, pickWeighted, type Random } from './random.js';

type Weights = Partial<Record<number, number>>;

const SHARES: Record<OutcomeFamily, Weights> = {
  homicide: { 1: 88, 5: 4, 15: 4, 18: 2, 20: 2 },
  violence: {
    1: 7,
    2: 0.4,
    3: 1.5,
    4: 0.1,
    6: 0.1,
    8: 3,
    10: 1,
    11: 0.3,
    12: 0.1,
    13: 0.1,
    14: 5,
    15: 12,
    16: 48,
    17: 1,
    18: 13,
    20: 2,
    21: 2,
    22: 1.5,
  },
  domestic: {
    1: 6,
    2: 0.2,
    3: 1.2,
    8: 1.5,
    10: 0.5,
    14: 4,
    15: 10,
    16: 62,
    17: 1.5,
    18: 6,
    20: 1.5,
    21: 3,
    22: 1,
  },
  sexual: {
    1: 5,
    2: 0.5,
    3: 0.5,
    8: 0.5,
    11: 2,
    14: 6,
    15: 18,
    16: 42,
    17: 1,
    18: 10,
    20: 4,
    21: 8,
    22: 0.5,
  },
  robbery: { 1: 11, 2: 2, 3: 0.5, 4: 0.5, 8: 1.5, 14: 3, 15: 16, 16: 14, 18: 49, 20: 1, 21: 2 },
  burglary: { 1: 4.5, 2: 0.4, 3: 0.3, 4: 1.8, 8: 0.5, 14: 2, 15: 7, 16: 4, 18: 78, 20: 0.5, 21: 1 },
  vehicle: { 1: 2.5, 2: 0.3, 3: 0.2, 4: 1.5, 8: 0.5, 14: 2, 15: 3, 16: 2, 18: 87, 21: 1 },
  theft: { 1: 3.5, 2: 0.3, 3: 0.6, 4: 0.5, 8: 2, 14: 3, 15: 6, 16: 6, 18: 76, 20: 1, 21: 1 },
  shoplifting: { 1: 14, 2: 1, 3: 2, 4: 0.5, 6: 1, 8: 6, 10: 0.5, 14: 4, 15: 12, 16: 3, 18: 54, 21: 1, 22: 1 },
  damage: { 1: 4.5, 2: 0.5, 3: 0.8, 8: 4, 10: 0.5, 14: 4, 15: 8, 16: 14, 18: 61, 20: 0.5, 21: 1.5, 22: 1 },
  drugs: { 1: 28, 2: 3, 3: 7, 6: 2, 7: 24, 8: 13, 10: 3, 15: 7, 21: 5, 22: 8 },
  weapons: { 1: 50, 2: 6, 3: 8, 8: 8, 10: 3, 15: 10, 16: 2, 18: 4, 20: 1, 21: 3, 22: 5 },
  order: { 1: 8, 2: 0.6, 3: 1.2, 6: 1, 8: 4, 10: 0.6, 14: 8, 15: 11, 16: 38, 18: 22, 20: 1, 21: 2, 22: 1 },
  misc: { 1: 34, 2: 1, 3: 5, 6: 1, 8: 3, 10: 4, 15: 15, 16: 8, 18: 14, 20: 10, 21: 4, 22: 1 },
};

/** Mean days from recording to the outcome, by outcome type. */
const MEAN_DELAY_DAYS: readonly number[] = [
  0, 45, 30, 30, 90, 120, 10, 3, 14, 120, 60, 60, 90, 120, 25, 70, 40, 180, 12, 30, 30, 50, 40,
];

const STRETCH: Partial<Record<OutcomeFamily, number>> = { sexual: 3, domestic: 1.2, homicide: 0.5 };

export interface OutcomeTable {
  readonly types: Int8Array;
  readonly cumulative: Float64Array;
  readonly stretch: number;
}

function tableFor(family: OutcomeFamily): OutcomeTable {
  const entries = Object.entries(SHARES[family]).map(
    ([type, weight]) => [Number(type), weight ?? 0] as const,
  );
  return {
    types: Int8Array.from(entries.map(([type]) => type)),
    cumulative: cumulativeOf(entries.map(([, weight]) => weight)),
    stretch: STRETCH[family] ?? 1,
  };
}

export const OUTCOME_TABLES: Readonly<Record<OutcomeFamily, OutcomeTable>> = Object.fromEntries(
  (Object.keys(SHARES) as OutcomeFamily[]).map((family) => [family, tableFor(family)]),
) as Record<OutcomeFamily, OutcomeTable>;

/** The outcome type a crime will get and the whole days until it is assigned (at least 1). */
export function drawOutcome(random: Random, table: OutcomeTable): { type: number; delay: number } {
  const type = table.types[pickWeighted(random, table.cumulative)] ?? 18;
  const delay = 1 + Math.floor(random.exponential((MEAN_DELAY_DAYS[type] ?? 30) * table.stretch));
  return { type, delay };
}
