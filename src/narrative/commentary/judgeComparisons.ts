/**
 * Judging the comparison claims (comparisonClaims.ts) against the measures result: the 3-year
 * average and its verdict, the forecast verdict, the peer rank and rate per 1,000, and counts of a
 * measure's parts (OCG disruptions by level, people safeguarded). A claim is wrong (what the data
 * say), holds (undefined), or cannot be checked here (why), never silently passed.
 */
import { type Month, monthName, type Period, samePeriod } from '../../stats/calendar.js';
import { periodVolume } from '../../stats/change.js';
import { ordinal } from '../../stats/ordinal.js';
import { formatCount } from '../../stats/rounding.js';
import type { MonthlySeries } from '../../stats/series.js';
import { type ComparisonClaim, type Verdict, verdictWords } from './comparisonClaims.js';

/** The statement period's comparisons of a measure, from the measures result. */
export interface MeasureComparisons {
  /** The period the figures below are for (the statement's). */
  readonly period: Period;
  readonly threeYearAverage?: { readonly value: number; readonly verdict: Verdict };
  /** The period's last month against its own 3-year average. */
  readonly latestMonth?: {
    readonly month: Month;
    readonly threeYearAverage?: { readonly value: number; readonly verdict: Verdict };
  };
  readonly forecast?: { readonly month: Month; readonly verdict: Verdict };
  readonly peers?: {
    readonly periodLabel: string;
    readonly rank: number;
    readonly of: number;
    readonly ratePer1000: number;
  };
}

export type Judgement = { readonly wrong: string } | { readonly unchecked: string } | undefined;

interface Subject {
  readonly id: string;
  readonly counts?: MonthlySeries;
  readonly comparisons?: MeasureComparisons;
}

/** Judge one comparison claim made about `period` (the sentence's, else the statement's). */
export function judgeComparison(
  claim: ComparisonClaim,
  measure: Subject | undefined,
  period: Period,
  all: readonly Subject[],
): Judgement {
  if (claim.kind === 'part_count') {
    const part = all.find((m) => m.id === claim.measureId)?.counts;
    if (!part) return { unchecked: 'the data for this part of the measure are not loaded' };
    const volume = periodVolume(part, period);
    if (volume.status !== 'complete') return { unchecked: `the data do not cover ${period.label}` };
    return volume.value === claim.value
      ? undefined
      : { wrong: `${formatCount(volume.value)} in ${period.label}` };
  }
  const comparisons = measure?.comparisons;
  if (!comparisons) return { unchecked: 'no measure with these figures in this section' };
  if (claim.kind === 'average_verdict') return judgeAverage(claim, comparisons, period);
  if (claim.kind === 'forecast_verdict') {
    const forecast = comparisons.forecast;
    if (!forecast) return { unchecked: `the data give no forecast for ${comparisons.period.label}` };
    if (!samePeriod(period, comparisons.period) && period.last !== forecast.month)
      return { unchecked: `the forecast is made for ${monthName(forecast.month)} only` };
    return forecast.verdict === claim.verdict
      ? undefined
      : { wrong: `${verdictWords(forecast.verdict)} the forecast` };
  }
  const peers = comparisons.peers;
  if (!peers) return { unchecked: 'no peer comparison for this measure' };
  if (claim.kind === 'peer_rank') {
    return peers.rank === claim.rank && peers.of === claim.of
      ? undefined
      : { wrong: `${ordinal(peers.rank)} of ${peers.of} in ${peers.periodLabel}` };
  }
  return withinPrecision(claim.value, peers.ratePer1000, claim.decimals)
    ? undefined
    : {
        wrong: `${peers.ratePer1000.toFixed(Math.max(2, claim.decimals))} per 1,000 population in ${peers.periodLabel}`,
      };
}

function judgeAverage(
  claim: Extract<ComparisonClaim, { kind: 'average_verdict' }>,
  comparisons: MeasureComparisons,
  period: Period,
): Judgement {
  const latest = comparisons.latestMonth;
  const forPeriod = samePeriod(period, comparisons.period);
  const forMonth = period.kind === 'month' && period.first === latest?.month;
  if (!forPeriod && !forMonth)
    return {
      unchecked: `the 3-year average is computed for ${comparisons.period.label} and its last month only`,
    };
  const average = forPeriod ? comparisons.threeYearAverage : latest?.threeYearAverage;
  if (!average) return { unchecked: `the data give no 3-year average for ${period.label}` };
  const valueWrong =
    claim.value !== undefined && !withinPrecision(claim.value, average.value, claim.decimals);
  if (average.verdict === claim.verdict && !valueWrong) return undefined;
  return { wrong: `${verdictWords(average.verdict)} the 3-year average of ${average.value.toFixed(1)}` };
}

/** Does `actual` round to `claimed` at the number of decimals written? */
export function withinPrecision(claimed: number, actual: number, decimals: number): boolean {
  return Math.abs(claimed - actual) <= 0.5 * 10 ** -decimals + 1e-9;
}
