/**
 * The one verdict of a measure (src/stats/verdict.ts) in words, the same in every output: its
 * label, the sentence that says what it rests on, and, when the period comparison and the SPC chart
 * disagree, the one sentence that reconciles them (rules in docs/statistics-spc.md section 5).
 * Small numbers are written as counts, never as a percentage: '1 homicide, down from 3'.
 */
import type { MeasureJson } from '../../measures/result.js';
import { monthName } from '../../stats/calendar.js';
import { formatCount } from '../../stats/rounding.js';
import type { MeasureVerdict } from '../../stats/verdict.js';

/** SPC run lengths, for the words of the shift and trend rules. */
export interface RunLengths {
  readonly shiftLength: number;
  readonly trendLength: number;
}

const DEFAULT_RUNS: RunLengths = { shiftLength: 7, trendLength: 7 };

/** '1 homicide', '3 homicides', '1 child'. */
export function countOf(value: number, unit: string): string {
  if (value !== 1) return `${formatCount(value)} ${unit}`;
  const one = unit === 'children' ? 'child' : unit.replace(/s$/, '');
  return `1 ${one}`;
}

/** Two counts without a percentage: '1 homicide, down from 3', '12 offences, the same as'. */
export function countsChange(current: number, previous: number, unit: string, comparedWith?: string): string {
  const when = comparedWith ? ` in ${comparedWith}` : '';
  if (current === previous) return `${countOf(current, unit)}, the same as${when}`;
  return `${countOf(current, unit)}, ${current > previous ? 'up' : 'down'} from ${formatCount(previous)}${when}`;
}

/** Which way a period test moved, for the label of a small-number change: 'Down from 3 to 1'. */
export function countsLabel(current: number, previous: number): string {
  if (current === previous) return `Unchanged at ${formatCount(current)}`;
  return `${current > previous ? 'Up' : 'Down'} from ${formatCount(previous)} to ${formatCount(current)}`;
}

const SPC_SIGNAL_WORDS = {
  improvement: 'a special cause signal of improvement',
  concern: 'a special cause signal of concern',
  high: 'unusually high (a special cause signal)',
  low: 'unusually low (a special cause signal)',
  none: 'within normal variation',
} as const;

/**
 * The verdict and what it rests on, the same words in every output:
 *   'Verdict: No real change. Against Q2 2025/26 the difference is within normal variation (an exact test of the two counts).'
 *   'Verdict: Better. September 2026 is a special cause signal of improvement on the SPC chart.'
 */
export function verdictSentence(v: MeasureVerdict): string {
  return `${VERDICT_PREFIX}${v.label}. ${basisSentence(v)}`;
}

/** What every output writes before the verdict's label: tests find the verdict by it. */
export const VERDICT_PREFIX = 'Verdict: ';

function basisSentence(v: MeasureVerdict): string {
  if (v.basis === 'significance' && v.periodTest) {
    const test = 'an exact test of the two counts';
    return v.verdict === 'no_real_change'
      ? `Against ${v.periodTest.comparedWith} the difference is within normal variation (${test}).`
      : `Against ${v.periodTest.comparedWith} the change is statistically significant (${test}).`;
  }
  if (v.basis === 'spc' && v.spc)
    return `${monthName(v.spc.month)} is ${SPC_SIGNAL_WORDS[v.spc.signal]} on the SPC chart.`;
  return "There is no test of this period's change (no comparable period, and too few months for an SPC chart).";
}

const RULE_ORDER = ['outside_limits', 'trend', 'two_in_three', 'shift'] as const;

/** The SPC rule the latest point is part of, first by Making Data Count's precedence, in words. */
function ruleWords(v: MeasureVerdict, runs: RunLengths, rate: boolean): string {
  const spc = v.spc!;
  const up = spc.side === 'up';
  const month = monthName(spc.month);
  const subject = rate ? 'the rate has' : 'counts have';
  const rule = RULE_ORDER.find((r) => spc.rules.includes(r));
  switch (rule) {
    case 'outside_limits':
      return `${month} is ${up ? 'above the upper' : 'below the lower'} limit of the chart`;
    case 'trend':
      return `${subject} ${up ? 'risen' : 'fallen'} for ${runs.trendLength} or more months in a row`;
    case 'two_in_three':
      return `two of the three months to ${month} were close to the chart's ${up ? 'upper' : 'lower'} limit`;
    case 'shift':
      return `${subject} stayed ${up ? 'above' : 'below'} the chart's average for ${runs.shiftLength} or more months`;
    default:
      return `${month} is ${SPC_SIGNAL_WORDS[spc.signal]}`;
  }
}

const SIGNAL_NOUNS = {
  improvement: 'improvement',
  concern: 'concern',
  high: 'change',
  low: 'change',
  none: '',
};

/** How the SPC chart judges, said whenever it is set beside a comparison with a year earlier. */
const CHART =
  "The SPC chart, which judges each month against the chart's own earlier months rather than against a year earlier,";

/**
 * One plain sentence when the period comparison and the SPC chart disagree (undefined otherwise):
 * the two answer different questions, and the sentence says which is which. It follows the verdict
 * sentence, so it does not repeat what the deciding test found.
 */
export function reconcileSentence(v: MeasureVerdict, runs: RunLengths = DEFAULT_RUNS): string | undefined {
  if (v.agreement !== 'disagree' || !v.spc) return undefined;
  const signal = SIGNAL_NOUNS[v.spc.signal];
  if (v.periodTest) {
    if (v.verdict === 'no_real_change')
      return `${CHART} shows a signal of ${signal}: ${ruleWords(v, runs, false)}.`;
    if (v.spc.signal === 'none')
      return `On the SPC chart ${monthName(v.spc.month)} on its own is within normal variation: the change shows across the period as a whole rather than in its last month.`;
    return `${CHART} shows a signal the other way (${signal}): ${ruleWords(v, runs, false)}.`;
  }
  if (v.periodChange) {
    const moved = v.periodChange.direction === 'increase' ? 'higher' : 'lower';
    const chart = CHART.charAt(0).toLowerCase() + CHART.slice(1);
    return `The rate is ${moved} than in ${v.periodChange.comparedWith}, but ${chart} shows a signal of ${signal}: ${ruleWords(v, runs, true)}.`;
  }
  return undefined;
}

/**
 * A measure's verdict in words, as every output prints it: 'Verdict: No real change. Against ...',
 * and the reconciling sentence when the two tests disagree. Undefined when the measure has no
 * verdict (no figures for the period).
 */
export function verdictWords(measure: MeasureJson): string | undefined {
  const v = measure.verdict;
  if (!v) return undefined;
  const spc = measure.figures?.spc;
  const runs =
    spc?.status === 'ok'
      ? { shiftLength: spc.options.shiftLength, trendLength: spc.options.trendLength }
      : { shiftLength: 7, trendLength: 7 };
  return [verdictSentence(v), reconcileSentence(v, runs)].filter((x) => x !== undefined).join(' ');
}
