/**
 * The exact test for two Poisson counts (stats/significance.ts) of a period against an earlier one,
 * as a figure: used for the period against the same period a year earlier, and for the statement
 * year against the year before it.
 */
import type { Period } from '../../stats/calendar.js';
import { periodVolume } from '../../stats/change.js';
import type { MonthlySeries } from '../../stats/series.js';
import { type CountComparison, compareCounts } from '../../stats/significance.js';
import type { SignificanceJson } from '../figureTypes.js';
import type { Figure } from '../result.js';
import { shortfall } from './common.js';

export function significanceFigure(
  series: MonthlySeries,
  period: Period,
  earlier: Period,
  alpha: number,
  label: string,
): Figure<SignificanceJson> {
  const current = periodVolume(series, period);
  const before = periodVolume(series, earlier);
  if (current.status !== 'complete') return shortfall(current);
  if (before.status !== 'complete') return shortfall(before);
  const result = compareCounts({ previous: before.value, current: current.value }, { alpha, label });
  return { status: 'ok', ...significanceJson(result, before.period.label) };
}

/** The test's result as the JSON figure, compared with the period labelled `comparedWith`. */
export function significanceJson(result: CountComparison, comparedWith: string): SignificanceJson {
  return {
    comparedWith,
    previous: result.previous,
    current: result.current,
    pValue: result.pValue,
    alpha: result.alpha,
    significant: result.significant,
    direction: result.direction,
    verdict: result.phraseKey,
    phrase: result.phrase,
    smallCounts: result.smallCounts,
    method: result.method,
  };
}
