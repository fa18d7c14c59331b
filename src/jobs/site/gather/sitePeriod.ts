/**
 * The quarter the site reports: the latest financial quarter whose three months the store holds for
 * the force's own crimes (a quarter with a month missing would be a part-quarter), or the quarter
 * asked for with --period.
 */
import { messages } from '../../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../../errors/problem.js';
import { type DatasetSpan, latestForceMonth } from '../../../measures/dataLoaded.js';
import { completeQuarterUpTo, type Period } from '../../../stats/calendar.js';

export function latestCompleteQuarter(spans: readonly DatasetSpan[], forceSlug: string): Period {
  const lastMonth = latestForceMonth(spans, forceSlug);
  if (lastMonth === undefined) throw new ScrutinyError(messages.site.noMonthlyData(forceSlug));
  return completeQuarterUpTo(lastMonth);
}

/** The --period option (parsed by the cli) must be a financial quarter such as 'Q4 2023/24'. */
export function requestedQuarter(period: Period): Period {
  if (period.kind !== 'quarter')
    throw new ScrutinyError(messages.site.notAQuarter(period.label), ExitCode.usageError);
  return period;
}
