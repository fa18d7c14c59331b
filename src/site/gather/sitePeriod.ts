/**
 * The quarter the site reports: the latest financial quarter whose three months the store holds for
 * the force's own crimes (a quarter with a month missing would be a part-quarter), or the quarter
 * asked for with --period.
 */
import { messages } from '../../errors/messages.js';
import { ExitCode, ScrutinyError } from '../../errors/problem.js';
import type { DatasetSpan } from '../../measures/dataLoaded.js';
import {
  addMonths,
  financialQuarterOf,
  financialYearOf,
  type Period,
  parsePeriod,
  quarterPeriod,
} from '../../stats/calendar.js';

/** Datasets whose last month says how far the force's own monthly data reaches, most telling first. */
const MONTHLY_DATASETS = ['force_crimes', 'police_uk_street'];

export function latestCompleteQuarter(spans: readonly DatasetSpan[], forceSlug: string): Period {
  const own = spans.filter((s) => s.forceSlug === forceSlug && MONTHLY_DATASETS.includes(s.dataset));
  const lastMonth = MONTHLY_DATASETS.map((d) => own.find((s) => s.dataset === d)?.last).find(Boolean);
  if (lastMonth === undefined) throw new ScrutinyError(messages.site.noMonthlyData(forceSlug));
  // The quarter holding the last month is complete only when that month is its third.
  const quarter = quarterPeriod(financialYearOf(lastMonth), financialQuarterOf(lastMonth));
  if (quarter.last === lastMonth) return quarter;
  const previous = addMonths(quarter.first, -1);
  return quarterPeriod(financialYearOf(previous), financialQuarterOf(previous));
}

/** The --period option: a financial quarter such as 'Q4 2023/24'. */
export function requestedQuarter(label: string): Period {
  const period = parsePeriod(label, '--period');
  if (period.kind !== 'quarter')
    throw new ScrutinyError(messages.site.notAQuarter(label), ExitCode.usageError);
  return period;
}
