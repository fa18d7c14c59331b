/**
 * The Home Office homicide outlier rule, as the reference Panel report states it: a force is an
 * 'outlier' when the number of homicides in the latest six months is 5 or more above (a negative
 * outlier) or 5 or more below (a positive outlier) the number in the same six months a year earlier.
 *
 * Window anchoring: the latest period is the six months ending with `latestMonth`, both ends
 * included (latestMonth − 5 … latestMonth); the earlier period is the same six months one year
 * before (latestMonth − 17 … latestMonth − 12). Whether exceptional incidents (multiple-victim
 * events) are counted is the caller's choice of series; run it on both if the report shows both.
 *
 * A month absent from the series means "no data", never zero (a count series holds explicit zeros).
 * If any of the twelve months is absent the rule gives no verdict: 'not_enough_history' when the
 * earlier period starts before the series does, 'incomplete' for a gap inside or after the series.
 */
import { messages } from '../errors/messages.js';
import { type Problem, ScrutinyError } from '../errors/problem.js';
import { addMonths, isMonth, type Month, monthRange } from './calendar.js';

export const DEFAULT_OUTLIER_THRESHOLD = 5;
const WINDOW_MONTHS = 6;

export interface SixMonths {
  readonly first: Month;
  readonly last: Month;
  readonly months: readonly Month[];
}

export type HomicideOutlierVerdict = 'negative_outlier' | 'positive_outlier' | 'not_outlier';

export interface HomicideOutlierJudged {
  readonly status: 'ok';
  readonly latestPeriod: SixMonths;
  readonly previousPeriod: SixMonths;
  readonly latestCount: number;
  readonly previousCount: number;
  /** latestCount − previousCount: positive is a rise. */
  readonly difference: number;
  readonly threshold: number;
  /** An increase of `threshold` or more is negative, a decrease of `threshold` or more positive. */
  readonly verdict: HomicideOutlierVerdict;
}

export interface HomicideOutlierNoVerdict {
  readonly status: 'not_enough_history' | 'incomplete';
  readonly latestPeriod: SixMonths;
  readonly previousPeriod: SixMonths;
  /** Months the rule needs (12) and how many of them the series holds. */
  readonly needed: number;
  readonly available: number;
  /** The absent months, in order. */
  readonly missing: readonly Month[];
}

export type HomicideOutlierResult = HomicideOutlierJudged | HomicideOutlierNoVerdict;

export interface HomicideOutlierOptions {
  /** Change in the six-month count that makes an outlier. Default 5 (the Home Office's). */
  readonly threshold?: number;
  /** A name for the series, used to say where a problem is. Default 'homicide'. */
  readonly label?: string;
}

function sixMonthsEnding(last: Month): SixMonths {
  const first = addMonths(last, -(WINDOW_MONTHS - 1));
  return { first, last, months: monthRange(first, last) };
}

/**
 * Apply the rule to a monthly count series ('YYYY-MM' → homicides) for the six months ending with
 * `latestMonth`. Throws a ScrutinyError for a key or latestMonth that is not a month, a count that
 * is not a whole number ≥ 0, or a threshold that is not a whole number ≥ 1.
 */
export function homicideOutlier(
  series: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
  latestMonth: string,
  options: HomicideOutlierOptions = {},
): HomicideOutlierResult {
  const label = options.label ?? 'homicide';
  const threshold = options.threshold ?? DEFAULT_OUTLIER_THRESHOLD;
  const entries: Array<[string, number]> =
    series instanceof Map ? [...series.entries()] : Object.entries(series as Record<string, number>);
  const problems: Problem[] = [];
  if (!isMonth(latestMonth)) problems.push(messages.stats.monthInvalid(`${label}.latestMonth`, latestMonth));
  for (const [month, count] of entries) {
    if (!isMonth(month)) problems.push(messages.stats.monthInvalid(`${label}.series`, month));
    else if (!(Number.isSafeInteger(count) && count >= 0)) {
      problems.push(messages.stats.countInvalid(`${label}.series.${month}`, count));
    }
  }
  if (!(Number.isSafeInteger(threshold) && threshold >= 1)) {
    problems.push(messages.stats.outlierThresholdInvalid(`${label}.threshold`, threshold));
  }
  if (problems.length > 0) throw new ScrutinyError(problems);

  const counts = new Map(entries);
  const latestPeriod = sixMonthsEnding(latestMonth);
  const previousPeriod = sixMonthsEnding(addMonths(latestMonth, -12));
  const needed = [...previousPeriod.months, ...latestPeriod.months];
  const missing = needed.filter((m) => !counts.has(m));
  if (missing.length > 0) {
    const firstHeld = [...counts.keys()].sort()[0];
    const beforeSeries = firstHeld === undefined || previousPeriod.first < firstHeld;
    return {
      status: beforeSeries ? 'not_enough_history' : 'incomplete',
      latestPeriod,
      previousPeriod,
      needed: needed.length,
      available: needed.length - missing.length,
      missing,
    };
  }
  const sum = (months: readonly Month[]) => months.reduce((total, m) => total + counts.get(m)!, 0);
  const latestCount = sum(latestPeriod.months);
  const previousCount = sum(previousPeriod.months);
  const difference = latestCount - previousCount;
  return {
    status: 'ok',
    latestPeriod,
    previousPeriod,
    latestCount,
    previousCount,
    difference,
    threshold,
    verdict:
      difference >= threshold
        ? 'negative_outlier'
        : difference <= -threshold
          ? 'positive_outlier'
          : 'not_outlier',
  };
}
