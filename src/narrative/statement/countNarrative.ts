/**
 * The force-data paragraphs of a count measure, in the reference report's order and words:
 *   "In 2023/24, volumes (n=4,855) increased by +3% on the previous year; this is ..."
 *   "In Q4 2023/24, volumes (n=1,141) increased by +13% on the same quarter last year; ..."
 *   "In March 2024, volumes (n=369) increased by +2.5% on the previous month and were in line with
 *    both the 3-year average and forecast; this is within normal monthly variation."
 * then the peer comparison and, for small numbers, a caution.
 */
import { callout, paragraph } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { Figure, MeasureJson, SignificanceJson } from '../../measures/result.js';
import { monthName } from '../../stats/calendar.js';
import type { NumberStyle } from '../../stats/numberStyle.js';
import { countInProse, roundHalfAwayFromZero } from '../../stats/rounding.js';
import { leftOutSentences } from '../sentences/peers.js';
import { SMALL_NUMBERS_BELOW, type VolumeFacts, volumeSentence } from '../sentences/volumes.js';
import { monthMeaning } from './meaning.js';

/** The small-numbers setting the measures were computed with: below it, counts and no percentage. */
function smallBelow(measure: MeasureJson): number {
  return measure.verdict?.smallNumbersBelow ?? SMALL_NUMBERS_BELOW;
}

export function countParagraphs(measure: MeasureJson, forceName: string, style: NumberStyle): Block[] {
  const sentences = [
    yearSentence(measure, style),
    quarterSentence(measure, style),
    monthSentence(measure, style),
  ];
  const blocks: Block[] = sentences.filter((s): s is string => s !== undefined).map((s) => paragraph(s));
  return [...blocks, ...countTail(measure, forceName)];
}

/** What follows the sentences of every count: the peer comparison, and a caution for small numbers. */
export function countTail(measure: MeasureJson, forceName: string): Block[] {
  const blocks: Block[] = [];
  const peers = peerSentence(measure, forceName);
  if (peers) blocks.push(paragraph(peers));
  const small = smallestCount(measure);
  if (small !== undefined && small < smallBelow(measure))
    blocks.push(
      callout(
        'caution',
        [
          [
            `The numbers are small (as few as ${countInProse(small, 'none')} in a comparison): a large percentage change can come from a handful of offences, so where either count is below ${smallBelow(measure)} the counts are given and no percentage.`,
          ],
        ],
        'Small numbers',
      ),
    );
  return blocks;
}

function yearSentence(measure: MeasureJson, style: NumberStyle): string | undefined {
  const year = measure.figures?.year;
  if (year?.status !== 'ok') return undefined;
  return volumeSentence({
    style,
    periodLabel: year.period.label,
    periodKind: year.period.kind,
    value: year.value,
    base: { value: year.previous.value, comparison: 'previous_period' },
    smallNumbersBelow: smallBelow(measure),
    ...significanceFacts(year.significance),
  });
}

function quarterSentence(measure: MeasureJson, style: NumberStyle): string | undefined {
  const f = measure.figures;
  if (f?.current.status !== 'ok' || f.yearEarlier.status !== 'ok') return undefined;
  return volumeSentence({
    style,
    periodLabel: f.current.period.label,
    periodKind: f.current.period.kind,
    value: f.current.value,
    base: { value: f.yearEarlier.value, comparison: 'same_period_year_earlier' },
    smallNumbersBelow: smallBelow(measure),
    ...significanceFacts(f.significance),
  });
}

/** The exact test's verdict, as the measures layer judged it, in the sentence's terms. */
function significanceFacts(test: Figure<SignificanceJson>): Pick<VolumeFacts, 'significance'> {
  if (test.status !== 'ok') return {};
  return { significance: test.verdict === 'within_normal_variation' ? 'normal_variation' : test.verdict };
}

export function monthSentence(measure: MeasureJson, style: NumberStyle): string | undefined {
  const latest = measure.figures?.latestMonth;
  if (latest?.status !== 'ok') return undefined;
  const change = latest.changeOnPreviousMonth;
  const forecast = measure.figures?.forecast;
  const average = latest.threeYearAverage.status === 'ok' ? latest.threeYearAverage.verdict : undefined;
  const forecastVerdict =
    forecast?.status === 'ok' && forecast.month === latest.month ? forecast.verdict : undefined;
  return volumeSentence({
    style,
    periodLabel: monthName(latest.month),
    periodKind: 'month',
    value: latest.value,
    smallNumbersBelow: smallBelow(measure),
    ...(change.status === 'ok'
      ? { base: { value: latest.value - change.difference, comparison: 'previous_period' as const } }
      : {}),
    ...(average ? { average } : {}),
    ...(forecastVerdict ? { forecast: forecastVerdict } : {}),
    ...monthMeaning(measure, latest.month),
  });
}

function peerSentence(measure: MeasureJson, forceName: string): string | undefined {
  const peers = measure.figures?.peers;
  if (peers?.status !== 'ok') return undefined;
  const { text, ratePer1000, peerMean, period, source } = peers;
  if (peerMean === null) return undefined;
  const from = source === 'police_uk' ? 'police.uk' : 'Home Office';
  return [
    `Among its Most Similar Group of forces (${from} data), ${forceName} had the ${text} in ${period}, with ${per1000(ratePer1000)} per 1,000 population against a peer average of ${per1000(peerMean)}.`,
    ...leftOutSentences(peers.leftOut),
  ].join(' ');
}

/** A rate per 1,000 population, two decimal places (rates per 1,000 are small numbers). */
function per1000(value: number): string {
  return roundHalfAwayFromZero(value, 2).toFixed(2);
}

/** The smallest count the sentences compare: the latest month, its previous month, the quarters. */
function smallestCount(measure: MeasureJson): number | undefined {
  const f = measure.figures;
  if (!f) return undefined;
  const values: number[] = [];
  if (f.current.status === 'ok') values.push(f.current.value);
  if (f.yearEarlier.status === 'ok') values.push(f.yearEarlier.value);
  if (f.latestMonth.status === 'ok') {
    values.push(f.latestMonth.value);
    const c = f.latestMonth.changeOnPreviousMonth;
    if (c.status === 'ok') values.push(f.latestMonth.value - c.difference);
  }
  return values.length === 0 ? undefined : Math.min(...values);
}
