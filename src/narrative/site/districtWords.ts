/**
 * "Is burglary going up where I live?" answered in plain words: a one-line answer first (Yes / No /
 * No clear change), then the numbers it rests on, then what the test says about chance. The answer
 * is "going up" only when the rise is statistically significant: a resident should not be told
 * crime is rising because 41 became 44.
 */

import type { DistrictFigures } from '../../measures/districtFigures.js';
import { monthName } from '../../stats/calendar.js';
import { formatAverage, formatCount, roundHalfAwayFromZero } from '../../stats/rounding.js';

/** A measure's title inside a sentence: 'Burglary (Home)' -> 'burglary (home)'; acronyms kept. */
export function inSentence(title: string): string {
  return /[A-Z]{2,}/.test(title) ? title : title.toLowerCase();
}

export function districtQuestion(f: DistrictFigures): string {
  return `Is ${inSentence(f.measure.title)} going up in ${f.district.name}?`;
}

/** The short answer, as shown in bold and in tables. */
export function districtShortAnswer(f: DistrictFigures): string {
  switch (f.verdict) {
    case 'up':
      return 'Yes, it is going up';
    case 'down':
      return 'No, it is going down';
    case 'no_clear_change':
      return 'No clear change';
    case 'not_enough_data':
      return 'Not enough data yet';
  }
}

function changeWords(previous: number, current: number): string {
  const difference = current - previous;
  if (difference === 0) return 'the same number';
  const more = difference > 0 ? 'more' : 'fewer';
  const count = `${formatCount(Math.abs(difference))} ${more}`;
  if (previous === 0) return count;
  const percent = roundHalfAwayFromZero((100 * Math.abs(difference)) / previous, 0);
  return `${count}, ${difference > 0 ? 'a rise' : 'a fall'} of ${percent}%`;
}

/** The sentences under the answer: the two years, the change, what it means, the rate. */
export function districtExplanation(
  f: DistrictFigures,
  force: { area: string; population: number },
): string[] {
  const what = inSentence(f.measure.title);
  if (!f.latest || !f.previous || !f.comparison) {
    return [
      `We need two full years of monthly figures to say whether ${what} is going up in ${f.district.name}, and the data held so far is shorter than that.`,
    ];
  }
  const to = monthName(f.latest.last);
  const sentences = [
    `In the 12 months to ${to}, the police recorded ${formatCount(f.latest.total)} of these crimes in ${f.district.name}. In the 12 months before that they recorded ${formatCount(f.previous.total)}: ${changeWords(f.previous.total, f.latest.total)}.`,
  ];
  if (f.verdict === 'no_clear_change') {
    sentences.push(
      f.comparison.direction === 'none'
        ? 'The number has not changed.'
        : `A change of this size happens by chance from one year to the next, so it does not show that ${what} is going ${f.comparison.direction === 'increase' ? 'up' : 'down'}.`,
    );
  } else {
    sentences.push(
      `A ${f.verdict === 'up' ? 'rise' : 'fall'} of this size is unlikely to be chance (an exact statistical test; there is less than a ${roundHalfAwayFromZero(100 * f.comparison.alpha, 0)}% chance of a change this large if nothing had changed).`,
    );
  }
  if (f.ratePer1000 !== undefined && f.forceLatest !== undefined) {
    const forceRate = (1000 * f.forceLatest) / force.population;
    sentences.push(
      `That is ${formatAverage(f.ratePer1000)} for every 1,000 people living in ${f.district.name}; across ${force.area} it is ${formatAverage(forceRate)}.`,
    );
  }
  return sentences;
}
