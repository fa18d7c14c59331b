/**
 * District claims: "predominately driven by an increase in North Warwickshire". The claim holds
 * when the named district (or area of districts) moved the way the words say between the
 * sentence's period and the period it is compared with, and moved that way more than any other
 * district did. It is read as a finding when the district moved the other way or not at all, or
 * when another district's change was larger; it is not checked when the measure has no district
 * figures or the name is no district or area of the force.
 */
import type { Period } from '../../stats/calendar/period.js';
import { periodChange } from '../../stats/change.js';
import { formatCount, formatCountChange } from '../../stats/rounding.js';
import type { MonthlySeries } from '../../stats/series.js';
import type { Comparison } from './claims.js';
import type { Judgement } from './judgeComparisons.js';

/** A district's (or an area's) monthly counts of one measure. */
export interface DistrictCounts {
  readonly name: string;
  /** The larger area it belongs to ('North'), when the configuration gives one. */
  readonly area?: string;
  readonly counts: MonthlySeries;
}

export interface DistrictClaim {
  readonly rising: boolean;
  /** The place as written: 'north Warwickshire', 'Rugby'. */
  readonly place: string;
  readonly comparison: Comparison;
  readonly words: string;
}

// Case matters: a place's later words are capitalised ('North Warwickshire', 'Nuneaton and
// Bedworth'), so 'north of the county' is read as 'north' and the words after a name stay out.
const DRIVEN =
  /[Dd]riven\s+(?:(?:mainly|largely|mostly|predominantly|predominately|chiefly|in part|partly)\s+)?by\s+(?:(?:an?|the)\s+)?(increase|rise|growth|decrease|reduction|fall|drop)s?\s+in\s+((?:the\s+)?[A-Za-z][A-Za-z&'-]*(?:\s+(?:and\s+|on\s+|upon\s+|-\s*)?[A-Z][A-Za-z&'-]*)*)/g;

export function districtClaimsOf(sentence: string): DistrictClaim[] {
  const comparison: Comparison =
    /same (?:month|quarter|period) (?:last|a|the previous) year|year earlier/i.test(sentence)
      ? 'same_period_year_earlier'
      : 'previous_period';
  return [...sentence.matchAll(DRIVEN)].map((m) => ({
    rising: /increase|rise|growth/i.test(m[1] ?? ''),
    place: (m[2] ?? '').replace(/^the\s+/i, '').trim(),
    comparison,
    words: m[0],
  }));
}

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The districts a written place stands for: a district by name, or every district of an area ('the north'). */
function placeDistricts(
  place: string,
  districts: readonly DistrictCounts[],
  forceArea: string | undefined,
): readonly DistrictCounts[] {
  const wanted = norm(place);
  const exact = districts.filter((d) => norm(d.name) === wanted);
  if (exact.length > 0) return exact;
  // "north Warwickshire" where the force area is Warwickshire and no district has that name: the area 'North'.
  const areaWords = forceArea ? wanted.replace(new RegExp(`\\s*${norm(forceArea)}$`), '') : wanted;
  const byArea = districts.filter((d) => d.area !== undefined && norm(d.area) === areaWords);
  return byArea;
}

function changeOf(
  counts: readonly MonthlySeries[],
  period: Period,
  comparison: Comparison,
): { base: number; current: number; basePeriod: string } | undefined {
  let base = 0;
  let current = 0;
  let basePeriod = '';
  for (const series of counts) {
    const change = periodChange(series, period, comparison);
    if (change.status !== 'complete') return undefined;
    base += change.base;
    current += change.current;
    basePeriod = change.basePeriod.label;
  }
  return { base, current, basePeriod };
}

export function judgeDistrictClaim(
  claim: DistrictClaim,
  districts: readonly DistrictCounts[] | undefined,
  period: Period | undefined,
  forceArea?: string,
): Judgement {
  if (!period) return { unchecked: 'no period opens the sentence or its paragraph' };
  if (!districts || districts.length === 0)
    return { unchecked: 'the data hold no district figures for this measure' };
  const named = placeDistricts(claim.place, districts, forceArea);
  if (named.length === 0) return { unchecked: `'${claim.place}' is no district or area of the force` };
  const own = changeOf(
    named.map((d) => d.counts),
    period,
    claim.comparison,
  );
  if (!own) return { unchecked: `the district figures do not cover the comparison for ${period.label}` };
  const moved = own.current - own.base;
  const fromTo = `${formatCount(own.base)} in ${own.basePeriod} to ${formatCount(own.current)} in ${period.label}`;
  const way = claim.rising ? 'increase' : 'decrease';
  if (claim.rising ? moved <= 0 : moved >= 0)
    return {
      wrong: `${claim.place}: ${formatCountChange(moved)} (${fromTo}), not ${claim.rising ? 'an' : 'a'} ${way}`,
    };
  const namedSet = new Set(named.map((d) => d.name));
  const others = districts
    .filter((d) => !namedSet.has(d.name))
    .map((d) => ({ name: d.name, change: changeOf([d.counts], period, claim.comparison) }))
    .map((o) => ({ name: o.name, moved: o.change ? o.change.current - o.change.base : 0 }));
  const larger = others
    .filter((o) => (claim.rising ? o.moved > moved : o.moved < moved))
    .sort((a, b) => (claim.rising ? b.moved - a.moved : a.moved - b.moved))[0];
  if (larger)
    return {
      wrong: `${claim.place}: ${formatCountChange(moved)} (${fromTo}); the largest ${way} was in ${larger.name} (${formatCountChange(larger.moved)})`,
    };
  return undefined;
}
