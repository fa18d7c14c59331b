/**
 * The force's monthly victim satisfaction survey (satisfaction.csv) and its organised crime group
 * disruptions (ocg_disruptions.csv). Satisfaction rates wander slowly around levels like those of
 * the reference Panel report (domestic abuse in the high 70s, vehicle crime in the mid 60s); each
 * month's 'satisfied' is a binomial draw from that month's rate. Disruptions run at about 100 a
 * year, 4% major, 13% moderate, 83% minor, with now and then adults or children safeguarded.
 */

import { FORCE_OCG_COLUMNS, FORCE_SATISFACTION_COLUMNS, OCG_LEVELS } from '../catalogue/formats.js';
import type { Month } from '../stats/calendar.js';
import { CsvFile } from './csvOut.js';
import { daysInMonth, firstDayOfMonth, isoDate } from './days.js';
import { cumulativeOf, pickWeighted, Random } from './random.js';

interface Cohort {
  readonly name: string;
  readonly level: number;
  readonly responses: number;
}

const COHORTS: readonly Cohort[] = [
  { name: 'domestic_abuse', level: 0.77, responses: 75 },
  { name: 'vehicle_crime', level: 0.66, responses: 100 },
  { name: 'violence', level: 0.7, responses: 90 },
  { name: 'burglary', level: 0.78, responses: 55 },
  { name: 'hate_crime', level: 0.74, responses: 48 },
];

export function writeSatisfaction(path: string, seed: number, months: readonly Month[]): number {
  const csv = new CsvFile(path, FORCE_SATISFACTION_COLUMNS);
  const random = Random.stream(seed, 'satisfaction');
  const drift = COHORTS.map(() => 0);
  for (const month of months) {
    COHORTS.forEach((cohort, i) => {
      // A mean-reverting walk: runs of better and worse months, never far from the level.
      drift[i] = 0.85 * (drift[i] ?? 0) + 0.015 * random.normal();
      const rate = Math.min(0.97, Math.max(0.4, cohort.level + (drift[i] ?? 0)));
      const responses = Math.max(
        40,
        Math.min(120, Math.round(cohort.responses * (1 + 0.15 * random.normal()))),
      );
      let satisfied = 0;
      for (let r = 0; r < responses; r++) if (random.chance(rate)) satisfied++;
      csv.row([month, cohort.name, responses, satisfied]);
    });
  }
  csv.close();
  return csv.rows;
}

const LEVEL_PICK = cumulativeOf([4, 13, 83]);

export function writeOcgDisruptions(path: string, seed: number, months: readonly Month[]): number {
  const csv = new CsvFile(path, FORCE_OCG_COLUMNS);
  const random = Random.stream(seed, 'ocg');
  for (const month of months) {
    const first = firstDayOfMonth(month);
    const days: number[] = [];
    const n = random.poisson(8.3);
    for (let i = 0; i < n; i++) days.push(first + random.int(daysInMonth(month)));
    days.sort((a, b) => a - b);
    for (const day of days) {
      const level = pickWeighted(random, LEVEL_PICK);
      const scale = [4, 1.5, 0.6][level] ?? 1;
      csv.row([
        isoDate(day),
        OCG_LEVELS[level] ?? 'minor',
        random.poisson(0.08 * scale),
        random.poisson(0.2 * scale),
      ]);
    }
  }
  csv.close();
  return csv.rows;
}
