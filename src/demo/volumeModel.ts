/**
 * The expected number of crimes of one code in one month for one force: the 2019/20 level, scaled
 * for the month's length, its season, the pandemic, the code's trend and the force's size and drift.
 */
import { type Month, monthParts, monthsBetween } from '../stats/calendar.js';
import { daysInMonth } from './days.js';
import { type MixEntry, OFFENCE_MIX, type PandemicEffect, type Season } from './offenceMix.js';
import type { DemoForce } from './world.js';

const AVERAGE_MONTH_DAYS = 365.25 / 12;
export const DEMO_START: Month = '2019-04';
const TREND_BREAK: Month = '2022-04';
const MIDSHIRE_POPULATION = 550_000;

/** January to December, before normalising to a mean of 1. */
const SEASONS: Record<Season, readonly number[]> = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  summer: [0.93, 0.93, 0.96, 0.99, 1.05, 1.08, 1.1, 1.07, 1.02, 1.0, 0.96, 0.97],
  winter: [1.07, 1.05, 0.98, 0.93, 0.91, 0.89, 0.9, 0.93, 0.97, 1.07, 1.16, 1.18],
  bike: [0.7, 0.7, 0.85, 1.0, 1.15, 1.25, 1.3, 1.3, 1.15, 1.0, 0.85, 0.75],
};
const SEASON_FACTORS = Object.fromEntries(
  Object.entries(SEASONS).map(([name, values]) => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return [name, values.map((v) => v / mean)];
  }),
) as Record<Season, number[]>;

/**
 * The pandemic, softened: the real falls of spring 2020 were deeper, but the demo keeps every
 * month within the 4,000-5,000 a shire force records so that no chart is dominated by it.
 * Months from 2020-04 to 2021-04.
 */
const PANDEMIC: Record<Exclude<PandemicEffect, 'none'>, readonly number[]> = {
  acquisitive: [0.88, 0.9, 0.95, 0.97, 0.98, 0.98, 0.97, 0.94, 0.96, 0.93, 0.95, 0.96, 0.98],
  shop: [0.72, 0.8, 0.9, 0.95, 0.96, 0.96, 0.95, 0.88, 0.93, 0.85, 0.87, 0.91, 0.95],
  night: [0.93, 0.94, 0.97, 1.0, 1.0, 1.0, 0.98, 0.93, 0.97, 0.94, 0.95, 0.97, 1.0],
  domestic: [1.1, 1.09, 1.05, 1.02, 1.0, 1.0, 1.02, 1.05, 1.03, 1.06, 1.05, 1.02, 1.0],
  drugs: [1.4, 1.3, 1.12, 1.05, 1.0, 1.0, 1.05, 1.15, 1.08, 1.2, 1.18, 1.08, 1.0],
};

export function pandemicFactor(effect: PandemicEffect, month: Month): number {
  if (effect === 'none') return 1;
  const index = monthsBetween('2020-04', month);
  return PANDEMIC[effect][index] ?? 1;
}

export function seasonFactor(season: Season, month: Month): number {
  return SEASON_FACTORS[season][monthParts(month).monthNumber - 1] ?? 1;
}

/** The code's own trend: its share of the total shifts over the years. */
function codeTrend(entry: MixEntry, month: Month): number {
  const years = monthsBetween(DEMO_START, month) / 12;
  const before = Math.min(years, monthsBetween(DEMO_START, TREND_BREAK) / 12);
  const after = Math.max(0, years - before);
  return Math.exp(entry.trend[0] * before + entry.trend[1] * after);
}

/**
 * The codes' trends reshape the mix, but the total follows its own gentle path (+0.8% a year for
 * three years, then level), so that whatever the last month asked for, totals stay in range.
 */
const totalTrendCache = new Map<Month, number>();
function totalTrendNormaliser(month: Month): number {
  let cached = totalTrendCache.get(month);
  if (cached === undefined) {
    let base = 0;
    let trended = 0;
    for (const entry of OFFENCE_MIX) {
      base += entry.perMonth;
      trended += entry.perMonth * codeTrend(entry, month);
    }
    const years = Math.min(3, monthsBetween(DEMO_START, month) / 12);
    cached = (base / trended) * Math.exp(0.008 * years);
    totalTrendCache.set(month, cached);
  }
  return cached;
}

/** Longer months record more, but less than in proportion (reporting and recording smooth it). */
function lengthFactor(month: Month): number {
  return 1 + 0.4 * (daysInMonth(month) / AVERAGE_MONTH_DAYS - 1);
}

export function expectedCount(entry: MixEntry, month: Month, force: DemoForce): number {
  const years = monthsBetween(DEMO_START, month) / 12;
  return (
    entry.perMonth *
    lengthFactor(month) *
    seasonFactor(entry.season, month) *
    pandemicFactor(entry.pandemic, month) *
    codeTrend(entry, month) *
    totalTrendNormaliser(month) *
    force.crimeRate *
    (force.population / MIDSHIRE_POPULATION) *
    Math.exp(force.drift * years)
  );
}
