/**
 * What the district figures add to a measure's paragraph: which district drove the change, when
 * one did by the rule of measures/districtBreakdown.ts (the reference report: "driven by an
 * increase in north Warwickshire"), and how many rows no district could take, so a reader knows
 * the districts do not quite add up to the force and why.
 */
import type { DistrictBreakdownJson } from '../../measures/districtBreakdown.js';
import { formatCount } from '../../stats/rounding.js';

/** "The rise on Q2 2025/26 was driven by an increase in Rugby (+52 of the +61)." */
export function drivenBySentence(breakdown: DistrictBreakdownJson): string | undefined {
  const driver = breakdown.drivenBy;
  if (!driver) return undefined;
  const rise = driver.direction === 'increase';
  const sign = (n: number) => `${n > 0 ? '+' : '-'}${formatCount(Math.abs(n))}`;
  return `The ${rise ? 'rise' : 'fall'} on ${breakdown.previousPeriod} was driven by ${rise ? 'an increase' : 'a decrease'} in ${driver.district} (${sign(driver.difference)} of the ${sign(breakdown.total.difference)}).`;
}

const UNPLACED_WORDS: Record<DistrictBreakdownJson['unplaced'][number]['reason'], string> = {
  no_location: 'published with no location',
  outside_force_area: 'placed just outside the force area (police.uk moves each location to a nearby point)',
  unmatched: 'in an area the district lookup does not name',
  no_district: 'with no district recorded',
};

/** "Of the 606, 7 could not be given a district: 6 placed just outside ..., 1 published with no location." */
export function unplacedSentence(breakdown: DistrictBreakdownJson): string | undefined {
  const parts = breakdown.unplaced.filter((u) => u.current > 0);
  if (parts.length === 0) return undefined;
  const total = parts.reduce((sum, u) => sum + u.current, 0);
  const list = parts.map((u) => `${formatCount(u.current)} ${UNPLACED_WORDS[u.reason]}`).join(', ');
  return `Of the ${formatCount(breakdown.total.current)} in ${breakdown.period}, ${formatCount(total)} could not be given a district: ${list}.`;
}

/** "In Q3 2025/26, 171 were recorded in Rugby, 39 more than in Q2 2025/26; a change this large is unlikely to be chance." */
export function districtQuarterSentence(
  breakdown: DistrictBreakdownJson,
  district: string,
): string | undefined {
  const d = breakdown.districts.find((x) => x.name === district);
  if (!d) return undefined;
  const moved =
    d.difference === 0
      ? `the same as in ${breakdown.previousPeriod}`
      : `${formatCount(Math.abs(d.difference))} ${d.difference > 0 ? 'more' : 'fewer'} than in ${breakdown.previousPeriod}`;
  const chance = d.significant
    ? 'a change this large is unlikely to be chance, though the seasons differ from one quarter to the next'
    : 'a change of this size can happen by chance';
  return `In ${breakdown.period}, ${formatCount(d.current)} were recorded in ${district}, ${moved}${d.difference === 0 ? '' : `; ${chance}`}.`;
}
