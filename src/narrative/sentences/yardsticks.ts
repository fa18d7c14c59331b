/**
 * The NCPM yardsticks in words, for the statement, the site and the board pack alike:
 *   "In the 12 months to June 2025 there were 1,532 offences, 48% fewer than the 2,931 of the NCPM
 *    baseline (the 12 months to March 2019); this is a statistically significant decrease."
 *   "In the 12 months to June 2025 Warwickshire Police recorded 2.48 offences per 1,000 residents,
 *    against 2.65 for England and Wales and 2.31 on average among its peers: the 13th highest rate
 *    of 43 forces."
 * Where no loaded source reaches back to the baseline, one plain sentence says so, never a figure
 * from part of a year. Sources that differ are both named.
 */

import { countChangeText } from '../../measures/figures/common.js';
import type { BaselineComparisonJson, MeasureJson, NationalPositionJson } from '../../measures/result.js';
import { DEFAULT_STYLE, type NumberStyle } from '../../stats/numberStyle.js';
import { formatCount, formatPercentChange, roundHalfAwayFromZero } from '../../stats/rounding.js';

/**
 * A measure whose verdict rests on small numbers shows no percentage anywhere (the honest-verdict
 * rule every output keeps), so its 12-month and baseline changes are written as counts too, even
 * when the 12-month totals themselves are above the small-number line.
 */
export function judgedOnSmallNumbers(measure: MeasureJson): boolean {
  return measure.verdict?.smallNumbers === true;
}

/** The change on the NCPM baseline as a table cell: '-6% (-120)', or '+1 (from 13 to 14)' on small numbers. */
export function baselineChangeText(
  measure: MeasureJson,
  figure: BaselineComparisonJson,
  style: NumberStyle = DEFAULT_STYLE,
): string {
  if (!judgedOnSmallNumbers(measure)) return figure.changeText;
  return countChangeText(figure.difference, figure.percent, style, {
    base: figure.baseline.value,
    below: Number.POSITIVE_INFINITY,
  });
}

/**
 * A rate per 1,000 residents: two decimal places (as the peer sentences print them), or two
 * significant figures below 0.1 so that a rare offence (homicide: 0.013) is not printed as 0.01.
 */
export function per1000(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.1) return Number(value.toPrecision(2)).toString();
  return roundHalfAwayFromZero(value, 2).toFixed(2);
}

/** '48%' without its sign, for 'fewer' and 'more'. */
function magnitude(percent: number): string {
  return formatPercentChange(percent).replace(/^[+-]/, '');
}

const MEANING: Readonly<Record<BaselineComparisonJson['significance']['verdict'], string>> = {
  significant_increase: 'this is a statistically significant increase',
  significant_decrease: 'this is a statistically significant decrease',
  within_normal_variation: 'this is within normal variation',
};

/** The baseline sentence, or the plain sentence saying none can be given; undefined for a measure without one. */
export function baselineSentence(
  measure: MeasureJson,
  baselineLabel: string,
  smallBelow: number,
): string | undefined {
  const figure = measure.yardsticks?.baseline;
  if (!figure) return undefined;
  if (figure.status !== 'ok')
    return `No data loaded reaches back to the NCPM baseline (the ${baselineLabel}), so this measure is not compared with it.`;
  const { latest, baseline, difference, percent } = figure;
  const small =
    judgedOnSmallNumbers(measure) || Math.min(latest.value, baseline.value) < smallBelow || percent === null;
  const change =
    difference === 0
      ? `the same as the ${baseline.text} of`
      : small
        ? `${formatCount(Math.abs(difference))} ${difference < 0 ? 'fewer' : 'more'} than the ${baseline.text} of`
        : `${magnitude(percent)} ${difference < 0 ? 'fewer' : 'more'} than the ${baseline.text} of`;
  const sources = figure.sameSource
    ? ''
    : ` The latest figure is from ${latest.sourceText}; the baseline from ${baseline.sourceText}.`;
  return `In the ${latest.label} there were ${latest.text} ${measure.unit}, ${change} the NCPM baseline (the ${baseline.label}); ${MEANING[figure.significance.verdict]}.${sources}`;
}

/** The national position sentences, or undefined when the published tables do not cover the measure. */
export function nationalSentence(measure: MeasureJson, forceName: string): string | undefined {
  const figure = measure.yardsticks?.national;
  if (figure?.status !== 'ok') return undefined;
  const peers =
    figure.peerAverage === null
      ? ''
      : ` and ${per1000(figure.peerAverage.ratePer1000)} on average among its peers`;
  const sentences = [
    `In the ${figure.label} ${forceName} recorded ${per1000(figure.ratePer1000)} ${measure.unit} per 1,000 residents, against ${per1000(figure.englandAndWales.ratePer1000)} for England and Wales${peers}: the ${nationalRank(figure)} (ONS police force area data tables, Table ${figure.table.tableName}; populations: ${figure.populationSource}).`,
  ];
  const change = changeSentence(figure);
  if (change) sentences.push(change);
  if (figure.missing.length > 0)
    sentences.push(
      `${listNames(figure.missing.map((m) => m.name))} ${figure.missing.length === 1 ? 'is' : 'are'} left out of the ranking: the table gives no figure for ${figure.missing.length === 1 ? 'it' : 'them'}.`,
    );
  return sentences.join(' ');
}

/** '13th highest rate of 43 forces'. */
export function nationalRank(figure: NationalPositionJson): string {
  return `${figure.rankText} forces`;
}

function changeSentence(figure: NationalPositionJson): string | undefined {
  const change = figure.change;
  if (!change || change.forcePercent === null || change.englandAndWalesPercent === null) return undefined;
  return `Against the ${change.comparedWith} that is ${formatPercentChange(change.forcePercent)}, beside ${formatPercentChange(change.englandAndWalesPercent)} for England and Wales.`;
}

function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
