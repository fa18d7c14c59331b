/**
 * House-style sentences about volumes, after the reference report:
 *   "In 2023/24, volumes (n=4,855) increased by +3% on the previous year."
 *   "In March 2024, volumes (n=369) increased by +2.5% on the previous month and were in line with
 *    both the 3-year average and forecast."
 * and, going beyond it, whether the change means anything:
 *   "In March 2024, volumes (n=40) increased by +60% on the previous month (25 to 40); this is
 *    within normal monthly variation."
 * Below the small-numbers setting (fewer than 10 in either period) no percentage at all:
 *   "In Q2 2026/27, volumes (n=1) decreased from 3 to 1 on the same quarter last year; ..."
 * Every number goes through src/stats/rounding.ts, the project's one rounding rule, in the
 * workspace's style (src/stats/numberStyle.ts): whole percentages in the house style ('+5%'), one
 * decimal below 10% in 'one_decimal' ('+5.2%'); '(n=4,855)' or '(4,855)'; 'increased by +3%' or
 * 'increased by 3%'; 'increased'/'decreased', 'rose'/'fell' or 'went up'/'went down'.
 */
import type { PeriodKind } from '../../stats/calendar/period.js';
import { DEFAULT_STYLE, directionVerb, type NumberStyle } from '../../stats/numberStyle.js';
import { formatCount, formatPercentChange, styleOptions } from '../../stats/rounding.js';

export type Verdict = 'in_line' | 'above' | 'below';
export type Comparison = 'previous_period' | 'same_period_year_earlier';

export interface VolumeFacts {
  /** 'March 2024', 'Q4 2023/24', '2023/24'. */
  readonly periodLabel: string;
  readonly periodKind: PeriodKind;
  readonly value: number;
  /** The volume compared with, and which comparison it is. */
  readonly base?: { readonly value: number; readonly comparison: Comparison };
  /** Against the 3-year average and the forecast, when they could be computed. */
  readonly average?: Verdict;
  readonly forecast?: Verdict;
  /** Whether the change is real, from significance.ts or SPC; absent when not assessed. */
  readonly significance?: 'significant_increase' | 'significant_decrease' | 'normal_variation';
  /**
   * The period's last point is a special cause on the SPC chart: said instead of `significance`
   * ('improvement' or 'concern' when the measure has a good direction, else 'high' or 'low').
   */
  readonly spcSignal?: 'improvement' | 'concern' | 'high' | 'low';
  /** The months that set the SPC limits, said with the signal: 'April 2019 to March 2020'. */
  readonly spcLimits?: string;
  /** Either count under this is small: the two counts are shown, and a caution is added. */
  readonly smallCount?: number;
  /** Either count under this (the small-numbers setting): the counts alone, no percentage. */
  readonly smallNumbersBelow?: number;
  /** How the numbers and the direction are written (default: the house style). */
  readonly style?: NumberStyle;
}

/** The small-numbers setting's default: fewer than 10 in either period, no percentage. */
export const SMALL_NUMBERS_BELOW = 10;

/** Below this a percentage alone misleads, so the counts are written out. */
export const SMALL_COUNT = 100;

export function volumeSentence(facts: VolumeFacts): string {
  const style = facts.style ?? DEFAULT_STYLE;
  const n = formatCount(facts.value, style.thousandsSeparator);
  const opening = `In ${facts.periodLabel}, volumes (${style.nEquals ? 'n=' : ''}${n})`;
  const parts = [changeClause(facts)];
  const against = againstClause(facts.average, facts.forecast);
  if (against) parts.push(against);
  let sentence = `${opening} ${parts.join(' and ')}`;
  const meaning = significanceClause(facts);
  if (meaning) sentence += `; ${meaning}`;
  return `${sentence}.`;
}

function changeClause(facts: VolumeFacts): string {
  const { base } = facts;
  if (!base) return 'were recorded';
  const comparedWith = comparisonWords(facts.periodKind, base.comparison);
  if (base.value === 0) {
    return facts.value === 0
      ? `were unchanged on ${comparedWith}, when there were none`
      : `compared with none in ${comparedWith}`;
  }
  const style = facts.style ?? DEFAULT_STYLE;
  const count = (n: number) => formatCount(n, style.thousandsSeparator);
  const percent = (100 * (facts.value - base.value)) / base.value;
  if (percent === 0) return `were unchanged on ${comparedWith}`;
  const verb = directionVerb(style, percent > 0);
  if (Math.min(facts.value, base.value) < (facts.smallNumbersBelow ?? SMALL_NUMBERS_BELOW))
    return `${verb} from ${count(base.value)} to ${count(facts.value)} on ${comparedWith}`;
  const counts = isSmall(facts) ? ` (${count(base.value)} to ${count(facts.value)})` : '';
  const written = formatPercentChange(percent, styleOptions(style));
  // A change that rounds to nothing is still a change: 'increased by less than 1%', not 'by +0%'.
  if (/^[+\-−]0%$/.test(written))
    return `${verb} by less than ${style.percentDecimalsBelow10 === 0 ? '1' : '0.1'}% on ${comparedWith}${counts}`;
  const change = style.signWithVerb ? written : written.replace(/^[+\-−]/, '');
  return `${verb} by ${change} on ${comparedWith}${counts}`;
}

function isSmall(facts: VolumeFacts): boolean {
  const limit = facts.smallCount ?? SMALL_COUNT;
  return facts.base !== undefined && Math.min(facts.value, facts.base.value) < limit;
}

/** "the previous month", "the same quarter last year", "the previous year" (a financial year). */
export function comparisonWords(kind: PeriodKind, comparison: Comparison): string {
  if (kind === 'financial_year') return 'the previous year';
  if (kind === 'year_to_date' || kind === 'range')
    return comparison === 'previous_period' ? 'the months before' : 'the same months last year';
  if (kind === 'rolling_12')
    return comparison === 'previous_period' ? 'the previous 12 months' : 'the same 12 months a year earlier';
  return comparison === 'previous_period' ? `the previous ${kind}` : `the same ${kind} last year`;
}

/** "were in line with both the 3-year average and forecast", "were above the 3-year average and in line with the forecast". */
export function againstClause(
  average: Verdict | undefined,
  forecast: Verdict | undefined,
): string | undefined {
  if (average && forecast && average === forecast) {
    return average === 'in_line'
      ? 'were in line with both the 3-year average and forecast'
      : `were ${average} both the 3-year average and forecast`;
  }
  const parts: string[] = [];
  if (average) parts.push(`${verdictWords(average)} the 3-year average`);
  if (forecast) parts.push(`${verdictWords(forecast)} the forecast`);
  return parts.length === 0 ? undefined : `were ${parts.join(' and ')}`;
}

function verdictWords(verdict: Verdict): string {
  return verdict === 'in_line' ? 'in line with' : verdict;
}

const SPC_SIGNAL_WORDS = {
  improvement: 'an improvement',
  concern: 'a concern',
  high: 'unusually high',
  low: 'unusually low',
} as const;

function significanceClause(facts: VolumeFacts): string | undefined {
  if (!facts.base) return undefined;
  const small = isSmall(facts) ? ', and the numbers are small' : '';
  if (facts.spcSignal)
    return `this is a special cause signal on the SPC chart (${SPC_SIGNAL_WORDS[facts.spcSignal]}${facts.spcLimits ? `; limits from ${facts.spcLimits}` : ''})${small}`;
  if (!facts.significance) return undefined;
  const noun = facts.periodKind === 'month' ? 'monthly ' : facts.periodKind === 'quarter' ? 'quarterly ' : '';
  switch (facts.significance) {
    case 'normal_variation':
      return `this is within normal ${noun}variation${small}`;
    case 'significant_increase':
      return `this is a statistically significant increase${small}`;
    case 'significant_decrease':
      return `this is a statistically significant decrease${small}`;
  }
}
