/**
 * Officer numbers in words, as context beside the national measures (never as one of them):
 *   "On 31 March 2023, Warwickshire Police had 1,101.8 full-time equivalent police officers
 *    (1,113 by headcount): 1.78 per 1,000 population (ONS mid-year population estimate, mid-2023).
 *    That is +13% (+128.9) on 31 March 2010 and +5.5% (+57.2) on 31 March 2022."
 *   "Among its Most Similar Group of forces it had the 2nd highest number of officers per 1,000
 *    population of 4 on 31 March 2023 (peer average 2.01)."
 *   "Source: Home Office police workforce open data table, released 26 July 2023."
 * A population from the 2011 Census (no mid-year estimate built in for the year) says so.
 */
import type { OfficerCountJson, OfficerNumbersJson } from '../../measures/figureTypes.js';
import { roundHalfAwayFromZero } from '../../stats/rounding.js';

/** Officers per 1,000 population, two decimal places: '1.78'. */
export function per1000Text(value: number): string {
  return roundHalfAwayFromZero(value, 2).toFixed(2);
}

function per1000Words(count: OfficerCountJson): string {
  if (count.per1000Text === null || !count.population) return '';
  const note = count.population.censusFallback
    ? `population from the ${count.population.source}, as no mid-year estimate for the year is built in`
    : count.population.source;
  return `: ${count.per1000Text} per 1,000 population (${note})`;
}

export function officerSentences(officers: OfficerNumbersJson, forceName: string): string[] {
  const { latest, since2010, sinceLastYear, peers } = officers;
  const changes = [
    since2010 ? `${since2010.text} on ${since2010.from}` : undefined,
    sinceLastYear && sinceLastYear.from !== since2010?.from
      ? `${sinceLastYear.text} on ${sinceLastYear.from}`
      : undefined,
  ].filter((c): c is string => c !== undefined);
  const sentences = [
    `On ${latest.label}, ${forceName} had ${latest.fteText} full-time equivalent police officers (${latest.headcountText} by headcount)${per1000Words(latest)}.${changes.length > 0 ? ` That is ${changes.join(' and ')}.` : ''}`,
  ];
  if (peers)
    sentences.push(
      `Among its Most Similar Group of forces it had the ${peers.rankText} on ${peers.asAt} (peer average ${per1000Text(peers.peerAverage)} per 1,000).${peers.missing.length > 0 ? ` The table gives no figure for ${peers.missing.join(', ')} on that date.` : ''}`,
    );
  sentences.push(officerSourceSentence(officers));
  return sentences;
}

/** "Source: Home Office police workforce open data table, released 26 July 2023." */
export function officerSourceSentence(officers: OfficerNumbersJson): string {
  const released = officers.source.released ? `, released ${officers.source.released}` : '';
  return `Source: ${officers.source.name}${released}.`;
}

/** The heading every output gives the officer numbers: context, not a national measure. */
export const OFFICER_HEADING = 'Police officer numbers (context)';
export const OFFICER_CONTEXT_NOTE =
  'Officer numbers are not one of the national crime and policing measures: they are given here as context.';
