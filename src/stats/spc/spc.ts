/**
 * Statistical process control as NHS England's 'Making Data Count' does it, matching NHSRplotthedots
 * 0.2.2 point for point (checked against the package's own output in test/stats/spc-parity.test.ts).
 * docs/statistics-spc.md describes every step; the TSDoc of each helper says the exact rule.
 */
import { messages } from '../../errors/messages.js';
import { type Problem, ScrutinyError } from '../../errors/problem.js';
import {
  assuranceIcon,
  assuranceType,
  pointType,
  specialCauseSign,
  specialCauseType,
  variationIcon,
} from './classify.js';
import { groupLimits } from './limits.js';
import {
  partOfRun,
  partOfTwoInThree,
  shiftEnds,
  trendEnds,
  trendLabelSigns,
  twoInThreeWindows,
} from './rules.js';
import { groupSignals } from './signals.js';
import type {
  ResolvedSpcOptions,
  SpcGroupSummary,
  SpcInputPoint,
  SpcOptions,
  SpcPoint,
  SpcResult,
  SpcRule,
  SpcSignal,
} from './types.js';
import { resolveSpcOptions, validateSeries } from './validate.js';

/** A group of fewer points than this carries a warning: the package's `ptd_spc.warning_threshold` default. */
export const SHORT_GROUP_THRESHOLD = 13;

/**
 * Run SPC over a series.
 *
 * The series is sorted by date and cut into rebase groups: a point on a rebase date starts a new
 * group. Each group is judged on its own: its own baseline, mean and limits, and no rule window
 * crosses a group's ends. The variation icon is the latest point's; the assurance icon compares the
 * target with the latest point's limits.
 *
 * Throws a ScrutinyError naming the field for an unreadable or repeated date, a value that is not a
 * finite number, a rebase date the series does not have, an invalid option, or a rebase group of a
 * single point (which has no moving range and so no limits). An empty series gives an empty result.
 */
export function computeSpc(series: readonly SpcInputPoint[], spcOptions: SpcOptions = {}): SpcResult {
  const options = resolveSpcOptions(spcOptions);
  const sorted = validateSeries(series, options);
  const rebaseDates = new Set(options.rebase);
  const groups: SpcInputPoint[][] = [];
  sorted.forEach((p, i) => {
    if (i === 0 || rebaseDates.has(p.date)) groups.push([]);
    groups.at(-1)!.push(p);
  });
  // The package numbers groups by the running count of rebase dates, so a rebase on the first date
  // makes the first group 1, not 0.
  const firstGroupNumber = sorted[0] && rebaseDates.has(sorted[0].date) ? 1 : 0;
  const tooShort: Problem[] = groups
    .filter((g) => g.length < 2)
    .map((g) => messages.stats.spcGroupTooShort(`${options.label}.options.rebase`, g[0]!.date, g.length));
  if (tooShort.length > 0) throw new ScrutinyError(tooShort);

  const points: SpcPoint[] = [];
  const summaries: SpcGroupSummary[] = [];
  const signals: SpcSignal[] = [];
  const warnings: Problem[] = [];
  groups.forEach((group, g) => {
    const result = judgeGroup(group, firstGroupNumber + g, points.length, options);
    points.push(...result.points);
    summaries.push(result.summary);
    signals.push(...result.signals);
    if (result.summary.shortGroupWarning) {
      warnings.push(
        messages.stats.spcShortGroup(
          options.label,
          result.summary.firstDate,
          result.summary.lastDate,
          result.summary.n,
          SHORT_GROUP_THRESHOLD,
        ),
      );
    }
  });

  const latest = points.at(-1);
  const assurance = latest ? assuranceType(options.target, options.improvementDirection, latest) : null;
  const lastSummary = summaries.at(-1);
  if (lastSummary) summaries[summaries.length - 1] = { ...lastSummary, assuranceType: assurance };
  return {
    options,
    points,
    groups: summaries,
    variation: latest
      ? { pointType: latest.pointType, icon: variationIcon(latest.pointType, options.improvementDirection) }
      : null,
    assurance: assurance === null ? null : { type: assurance, icon: assuranceIcon(assurance) },
    signals,
    warnings,
  };
}

function judgeGroup(
  group: readonly SpcInputPoint[],
  rebaseGroup: number,
  offset: number,
  options: ResolvedSpcOptions,
): { points: SpcPoint[]; summary: SpcGroupSummary; signals: SpcSignal[] } {
  const values = group.map((p) => p.value);
  const dates = group.map((p) => p.date);
  const limits = groupLimits(values, options.fixAfterNPoints, options.screenOutliers);
  const outside = values.map((y) => y > limits.upl || y < limits.lpl);
  const relativeToMean = values.map((y) => Math.sign(y - limits.mean) as -1 | 0 | 1);
  const close = values.map((y, i) => !outside[i] && (y < limits.nlpl || y > limits.nupl));

  const shifts = shiftEnds(relativeToMean, options.shiftLength);
  const trends = trendEnds(values, options.trendLength);
  const windows = twoInThreeWindows(close, relativeToMean);
  const inShift = partOfRun(shifts, options.shiftLength);
  const inTrend = partOfRun(trends, options.trendLength);
  const inTwoInThree = partOfTwoInThree(close, windows);
  const trendSigns = trendLabelSigns(values, inTrend);
  const shortGroupWarning = group.length < SHORT_GROUP_THRESHOLD;

  const points = group.map((p, i): SpcPoint => {
    const type = specialCauseType({
      outsideLimits: outside[i]!,
      relativeToMean: relativeToMean[i]!,
      partOfTrend: inTrend[i]!,
      trendSign: trendSigns[i]!,
      partOfTwoInThree: inTwoInThree[i]!,
      partOfShift: inShift[i]!,
    });
    const fired: SpcRule[] = [];
    if (outside[i]) fired.push('outside_limits');
    if (inTrend[i]) fired.push('trend');
    if (inTwoInThree[i]) fired.push('two_in_three');
    if (inShift[i]) fired.push('shift');
    return {
      index: offset + i,
      date: p.date,
      value: p.value,
      rebaseGroup,
      inBaseline: i < limits.baselineN,
      mean: limits.mean,
      lpl: limits.lpl,
      upl: limits.upl,
      outsideLimits: outside[i]!,
      relativeToMean: relativeToMean[i]!,
      closeToLimits: close[i]!,
      specialCauseType: type,
      specialCauseFlag: specialCauseSign(type) !== 0,
      pointType: pointType(type, options.improvementDirection),
      rulesFired: fired,
      shortGroupWarning,
      target: options.target,
    };
  });

  const last = points.at(-1)!;
  const summary: SpcGroupSummary = {
    rebaseGroup,
    firstDate: dates[0]!,
    lastDate: last.date,
    mean: limits.mean,
    lpl: limits.lpl,
    upl: limits.upl,
    n: points.length,
    baselineN: limits.baselineN,
    commonCause: points.filter((p) => !p.specialCauseFlag).length,
    specialCauseImprovement: points.filter((p) => p.pointType === 'special_cause_improvement').length,
    specialCauseConcern: points.filter((p) => p.pointType === 'special_cause_concern').length,
    variationType: last.pointType,
    assuranceType: null,
    shortGroupWarning,
  };
  const signals = groupSignals(
    {
      rebaseGroup,
      offset,
      dates,
      outsideLimits: outside,
      relativeToMean,
      closeToLimits: close,
      shiftEnds: shifts,
      trendEnds: trends,
      twoInThreeStarts: windows,
      shiftLength: options.shiftLength,
      trendLength: options.trendLength,
    },
    options.improvementDirection,
  );
  return { points, summary, signals };
}
