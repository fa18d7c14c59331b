/**
 * SPC of a measure's monthly series up to the period's last month (Making Data Count XmR, via
 * stats/spc): the latest point's variation icon, the assurance icon against a target, and the
 * signals (which rule fired over which months) for the narrative. Per-point types go into the
 * series for charts.
 */

import { addMonths, type Month } from '../../stats/calendar.js';
import { computeSpc, type ImprovementDirection, type SpcResult } from '../../stats/spc/index.js';
import type { SpcPointJson, SpcSummaryJson } from '../figureTypes.js';
import type { Figure } from '../result.js';
import type { MeasureSettings } from '../settings.js';
import { notAvailable } from './common.js';

const DIRECTION: Record<'up' | 'down' | 'neutral', ImprovementDirection> = {
  up: 'increase',
  down: 'decrease',
  neutral: 'neutral',
};

/** Fewer points than this and no chart is drawn: limits from a handful of months mean nothing. */
export const MIN_SPC_POINTS = 12;

export interface SpcFigure {
  readonly figure: Figure<SpcSummaryJson>;
  /** Point type per month, for the series. */
  readonly pointTypes: ReadonlyMap<string, SpcPointJson>;
}

/**
 * The months the SPC is computed over: the last `windowMonths` to the latest (the months the charts
 * draw, so the limits rest on months a reader can see), or all of them when the setting is null.
 */
export function spcWindow<P extends { readonly month: string }>(
  points: readonly P[],
  windowMonths: number | null | undefined,
): readonly P[] {
  const last = points.at(-1)?.month;
  if (windowMonths == null || last === undefined) return points;
  const first = addMonths(last as Month, -(windowMonths - 1));
  return points.filter((p) => p.month >= first);
}

export function spcFigure(
  allPoints: readonly { month: string; value: number }[],
  direction: 'up' | 'down' | 'neutral',
  target: number | undefined,
  settings: MeasureSettings,
  label: string,
): SpcFigure {
  const points = spcWindow(allPoints, settings.spc.windowMonths);
  if (points.length < MIN_SPC_POINTS)
    return {
      figure: notAvailable(`SPC needs at least ${MIN_SPC_POINTS} months; ${points.length} available`),
      pointTypes: new Map(),
    };
  const months = new Set(points.map((p) => p.month));
  const result: SpcResult = computeSpc(
    points.map((p) => ({ date: p.month, value: p.value })),
    {
      improvementDirection: DIRECTION[direction],
      screenOutliers: settings.spc.screenOutliers,
      fixAfterNPoints: settings.spc.baselinePoints,
      rebase: settings.spc.rebase.filter((m) => months.has(m) && m !== points[0]?.month),
      target: target ?? null,
      shiftLength: settings.spc.shiftPoints,
      trendLength: settings.spc.trendPoints,
      label,
    },
  );
  const first = result.points[0];
  const last = result.points.at(-1);
  if (!first || !last) return { figure: notAvailable('SPC gave no points'), pointTypes: new Map() };
  const pointTypes = new Map(
    result.points.map((p) => [p.date, { pointType: p.pointType, mean: p.mean, lpl: p.lpl, upl: p.upl }]),
  );
  // The limits in force at the last point come from the first points of its rebase group.
  const groupStart = [first.date, ...result.options.rebase]
    .filter((m) => m <= last.date)
    .sort()
    .at(-1);
  const group = result.points.filter((p) => groupStart === undefined || p.date >= groupStart);
  const n = result.options.fixAfterNPoints;
  const baseline = n === null ? group : group.slice(0, n);
  return {
    pointTypes,
    figure: {
      status: 'ok',
      months: result.points.length,
      limitsFrom: { first: baseline[0]?.date ?? first.date, last: baseline.at(-1)?.date ?? last.date },
      first: first.date,
      last: last.date,
      mean: last.mean,
      lowerLimit: last.lpl,
      upperLimit: last.upl,
      latestPointType: last.pointType,
      latestRules: last.rulesFired,
      variationIcon: result.variation?.icon ?? null,
      assuranceIcon: result.assurance?.icon ?? null,
      options: {
        baselinePoints: result.options.fixAfterNPoints,
        windowMonths: settings.spc.windowMonths ?? null,
        rebase: result.options.rebase,
        shiftLength: result.options.shiftLength,
        trendLength: result.options.trendLength,
        screenOutliers: result.options.screenOutliers,
      },
      signals: result.signals.map((s) => ({
        rule: s.rule,
        direction: s.direction,
        meaning: s.meaning,
        first: s.firstDate,
        last: s.lastDate,
        points: s.pointIndices.length,
      })),
      warnings: result.warnings.map((w) => w.message),
    },
  };
}
