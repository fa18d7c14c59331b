/**
 * House-style homicide sentences:
 *   "In 2023/24, there were five homicides recorded, an increase on the four recorded in the
 *    previous year. In Q4 2023/24, there were no homicides recorded."
 * and the Home Office outlier rule's verdict in plain words.
 */
import { countInProse } from '../../stats/rounding.js';

export interface HomicideYearFacts {
  readonly yearLabel: string;
  readonly count: number;
  readonly previousCount?: number;
  readonly quarterLabel?: string;
  readonly quarterCount?: number;
}

export function homicideSentences(facts: HomicideYearFacts): string {
  let text = `In ${facts.yearLabel}, there ${verb(facts.count)} ${homicides(facts.count)} recorded`;
  if (facts.previousCount !== undefined) {
    const change =
      facts.count > facts.previousCount
        ? 'an increase on'
        : facts.count < facts.previousCount
          ? 'a decrease on'
          : 'the same as';
    text += `, ${change} the ${countInProse(facts.previousCount, 'none')} recorded in the previous year`;
  }
  text += '.';
  if (facts.quarterLabel !== undefined && facts.quarterCount !== undefined) {
    text += ` In ${facts.quarterLabel}, there ${verb(facts.quarterCount)} ${homicides(facts.quarterCount)} recorded.`;
  }
  return text;
}

function verb(count: number): string {
  return count === 1 ? 'was' : 'were';
}

function homicides(count: number): string {
  return `${countInProse(count)} ${count === 1 ? 'homicide' : 'homicides'}`;
}

export interface OutlierFacts {
  readonly forceName: string;
  readonly threshold: number;
  readonly latestLabel: string;
  readonly latest: number;
  readonly earlierLabel: string;
  readonly earlier: number;
  readonly verdict: 'not_outlier' | 'negative_outlier' | 'positive_outlier';
}

export const OUTLIER_RULE_TEXT = (threshold: number) =>
  `The Home Office identify an 'outlier' when a force has experienced an increase equal to or greater than ${countInProse(threshold)} homicides (negative outlier), or a decrease equal to or greater than ${countInProse(threshold)} homicides (positive outlier), between the latest six-month period and the equivalent six-month period in the previous year.`;

export function outlierSentences(facts: OutlierFacts): string {
  const counts = `There ${verb(facts.latest)} ${homicides(facts.latest)} in ${facts.latestLabel} and ${countInProse(facts.earlier)} in ${facts.earlierLabel}.`;
  const verdict =
    facts.verdict === 'not_outlier'
      ? `${facts.forceName} is therefore not considered to be an 'outlier'.`
      : `${facts.forceName} is therefore a ${facts.verdict === 'negative_outlier' ? 'negative' : 'positive'} 'outlier'.`;
  return `${OUTLIER_RULE_TEXT(facts.threshold)} ${counts} ${verdict}`;
}
