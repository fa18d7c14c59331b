/**
 * Midshire's stop-and-search file for a month, in the police.uk layout: about 170 searches, dated
 * as ISO instants with the London offset of the moment (+01:00 in summer), most for drugs, a
 * quarter ending in an arrest or other action.
 */
import type { Month } from '../stats/calendar.js';
import { daysInMonth, firstDayOfMonth, londonOffsetMinutes, MS_PER_DAY } from './days.js';
import type { Geography } from './geography.js';
import { cumulativeOf, pickWeighted, type Random } from './random.js';

const weighted = <T>(pairs: readonly (readonly [T, number])[]) => ({
  values: pairs.map(([value]) => value),
  cumulative: cumulativeOf(pairs.map(([, weight]) => weight)),
});

const TYPES = weighted([
  ['Person search', 78],
  ['Person and Vehicle search', 18],
  ['Vehicle search', 4],
] as const);
const AGES = weighted([
  ['10-17', 14],
  ['18-24', 34],
  ['25-34', 28],
  ['over 34', 22],
  ['under 10', 0.2],
  ['', 1.8],
] as const);
const ETHNICITY = weighted([
  ['White - English/Welsh/Scottish/Northern Irish/British|White', 70],
  ['White - Any other White background|White', 5],
  ['Black/African/Caribbean/Black British - Caribbean|Black', 4],
  ['Black/African/Caribbean/Black British - African|Black', 3],
  ['Asian/Asian British - Pakistani|Asian', 4],
  ['Asian/Asian British - Indian|Asian', 2],
  ['Mixed/Multiple ethnic groups - White and Black Caribbean|Black', 2],
  ['Other ethnic group - Not stated|', 10],
] as const);
const GROUNDS = weighted([
  ['Misuse of Drugs Act 1971 (section 23)|Controlled drugs', 62],
  ['Police and Criminal Evidence Act 1984 (section 1)|Offensive weapons', 14],
  ['Police and Criminal Evidence Act 1984 (section 1)|Stolen goods', 10],
  ['Police and Criminal Evidence Act 1984 (section 1)|Article for use in theft', 6],
  ['Police and Criminal Evidence Act 1984 (section 1)|Articles for use in criminal damage', 3],
  ['Firearms Act 1968 (section 47)|Firearms', 1],
  ['Criminal Justice and Public Order Act 1994 (section 60)|Offensive weapons', 1],
  ['Police and Criminal Evidence Act 1984 (section 1)|Anything to threaten or harm anyone', 3],
] as const);
const OUTCOMES = weighted([
  ['A no further action disposal', 70],
  ['Arrest', 14],
  ['Community resolution', 8],
  ['Khat or Cannabis warning', 4],
  ['Summons / charged by post', 2],
  ['Penalty Notice for Disorder', 1],
  ['Caution (simple or conditional)', 1],
] as const);

const pick = <T>(random: Random, table: { values: readonly T[]; cumulative: Float64Array }): T =>
  table.values[pickWeighted(random, table.cumulative)] as T;

export function stopSearchRows(random: Random, month: Month, geography: Geography): string[] {
  const rows: string[] = [];
  const first = firstDayOfMonth(month);
  const n = random.poisson(170);
  const instants: number[] = [];
  for (let i = 0; i < n; i++) instants.push((first + random.next() * daysInMonth(month)) * MS_PER_DAY);
  instants.sort((a, b) => a - b);
  // Wall-clock London times inside the month; the offset is the one in force then.
  for (const wallClock of instants) {
    const offset = londonOffsetMinutes(wallClock - 3_600_000);
    const local = new Date(Math.floor(wallClock / 60_000) * 60_000).toISOString().slice(0, 19);
    const date = `${local}${offset === 60 ? '+01:00' : '+00:00'}`;
    const lsoa = geography.lsoas[pickWeighted(random, geography.all)]!;
    const [lon, lat] = (lsoa.points[random.int(lsoa.points.length)] ?? ',').split(',');
    const [selfDefined, officerDefined] = pick(random, ETHNICITY).split('|');
    const [legislation, object] = pick(random, GROUNDS).split('|');
    const outcome = pick(random, OUTCOMES);
    const linked =
      outcome === 'A no further action disposal' ? 'False' : random.chance(0.7) ? 'True' : 'False';
    const withLocation = random.chance(0.93);
    rows.push(
      [
        pick(random, TYPES),
        date,
        'False',
        '',
        withLocation ? lat : '',
        withLocation ? lon : '',
        random.chance(0.88) ? 'Male' : 'Female',
        pick(random, AGES),
        selfDefined,
        officerDefined,
        legislation,
        object,
        outcome,
        linked,
        random.chance(0.04) ? 'True' : 'False',
      ].join(',') + '\n',
    );
  }
  return rows;
}
