/**
 * Conversions from the statistics engine's results to the JSON figures: a complete result becomes
 * `{ status: 'ok', ... }`, a shortfall keeps its status and the months missing.
 */
import type { Period } from '../../stats/calendar.js';
import type { PeriodChange } from '../../stats/change.js';
import { DEFAULT_STYLE, type NumberStyle } from '../../stats/numberStyle.js';
import { formatCount, formatCountChange, formatPercentChange, styleOptions } from '../../stats/rounding.js';
import type { Incomplete, NotEnoughHistory } from '../../stats/series.js';
import { compareWithThreeYearAverage, type ThreeYearAverage } from '../../stats/threeYearAverage.js';
import type { ChangeJson, Figure, PeriodJson, ThreeYearAverageJson, Unavailable } from '../result.js';

export const periodJson = (p: Period): PeriodJson => ({
  label: p.label,
  kind: p.kind,
  first: p.first,
  last: p.last,
});

export function shortfall(s: Incomplete | NotEnoughHistory): Unavailable {
  return { status: s.status, missing: s.missing };
}

export const notAvailable = (reason: string): Unavailable => ({ status: 'not_available', reason });

/**
 * '+60% (+15)', '-13% (-611)', 'no change', or '+3 (from none)' when the base is 0; with `base`
 * below `smallBelow` (or the current count below it) no percentage: '-2 (from 3 to 1)'. Written
 * in the workspace's style ('+5% (+40)' in the house style, '+5.2% (+40)' in 'one_decimal').
 */
export function countChangeText(
  difference: number,
  percent: number | null,
  style: NumberStyle = DEFAULT_STYLE,
  small?: { readonly base: number; readonly below: number },
): string {
  const options = styleOptions(style);
  const count = (n: number) => formatCount(n, style.thousandsSeparator);
  if (difference === 0) return 'no change';
  if (percent === null) return `${formatCountChange(difference, options)} (from none)`;
  if (small && Math.min(small.base, small.base + difference) < small.below)
    return `${formatCountChange(difference, options)} (from ${count(small.base)} to ${count(small.base + difference)})`;
  return `${formatPercentChange(percent, options)} (${formatCountChange(difference, options)})`;
}

/** A change of counts; below `smallBelow` in either period its text gives the counts, no percentage. */
export function countChange(
  change: PeriodChange,
  smallBelow: number,
  style: NumberStyle = DEFAULT_STYLE,
): Figure<ChangeJson> {
  if (change.status !== 'complete') return shortfall(change);
  return {
    status: 'ok',
    difference: change.difference,
    percent: change.percent,
    text: countChangeText(change.difference, change.percent, style, { base: change.base, below: smallBelow }),
  };
}

/** The 3-year average and whether `observed` is in line with it (range rule: see threeYearAverage.ts). */
export function averageFigure(
  average: ThreeYearAverage,
  observed: number | undefined,
): Figure<ThreeYearAverageJson> {
  if (average.status !== 'complete') return shortfall(average);
  if (observed === undefined) return notAvailable('no value for the period to compare');
  const verdict = compareWithThreeYearAverage(observed, average);
  return {
    status: 'ok',
    value: average.value,
    definition: average.definition,
    label: average.label,
    comparisons: average.comparisons.map((c) => ({ label: c.period.label, value: c.value })),
    verdict: verdict.verdict,
    rule: 'in line: between the lowest and the highest of the values averaged',
  };
}
