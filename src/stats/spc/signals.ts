/**
 * Which rule fired where, as plain data for narrative. Unlike `specialCauseType`, which keeps one
 * reason per point, every rule is reported: a point can be both part of a shift and part of a trend.
 */
import type { ImprovementDirection, SpcRule, SpcSignal } from './types.js';

/** One rebase group's rule results, positions relative to the group's first point. */
export interface GroupRuleData {
  readonly rebaseGroup: number;
  /** Index in the whole series of the group's first point. */
  readonly offset: number;
  readonly dates: readonly string[];
  readonly outsideLimits: readonly boolean[];
  readonly relativeToMean: readonly number[];
  readonly closeToLimits: readonly boolean[];
  readonly shiftEnds: readonly number[];
  readonly trendEnds: readonly number[];
  readonly twoInThreeStarts: readonly number[];
  readonly shiftLength: number;
  readonly trendLength: number;
}

interface Window {
  first: number;
  last: number;
  sign: number;
}

const RULE_ORDER: readonly SpcRule[] = ['outside_limits', 'trend', 'two_in_three', 'shift'];

/**
 * Windows of the same sign are merged when they overlap (a run of 9 above the mean is one shift,
 * not three); outside-limit points also merge when merely adjacent (two months in a row above the
 * upper limit are one signal). A rising and a falling trend that share their peak stay two signals.
 */
function mergeWindows(windows: readonly Window[], mergeAdjacent: boolean): Window[] {
  const reach = mergeAdjacent ? 1 : 0;
  const merged: Window[] = [];
  for (const sign of [1, -1]) {
    const sameSign = windows.filter((w) => w.sign === sign).sort((a, b) => a.first - b.first);
    let open: Window | undefined;
    for (const w of sameSign) {
      if (open && w.first <= open.last + reach) open.last = Math.max(open.last, w.last);
      else {
        open = { ...w };
        merged.push(open);
      }
    }
  }
  return merged;
}

function meaningOf(sign: number, direction: ImprovementDirection): SpcSignal['meaning'] {
  if (direction === 'neutral') return 'neutral';
  return (direction === 'increase' ? sign : -sign) > 0 ? 'improvement' : 'concern';
}

export function groupSignals(g: GroupRuleData, direction: ImprovementDirection): SpcSignal[] {
  const byRule: Array<[SpcRule, Window[]]> = [
    [
      'outside_limits',
      mergeWindows(
        g.outsideLimits.flatMap((out, i) => (out ? [{ first: i, last: i, sign: g.relativeToMean[i]! }] : [])),
        true,
      ),
    ],
    [
      'trend',
      mergeWindows(
        g.trendEnds.flatMap((end, i) =>
          end !== 0 ? [{ first: i - g.trendLength + 1, last: i, sign: end }] : [],
        ),
        false,
      ),
    ],
    [
      'two_in_three',
      mergeWindows(
        g.twoInThreeStarts.map((s) => ({ first: s, last: s + 2, sign: g.relativeToMean[s]! })),
        false,
      ),
    ],
    [
      'shift',
      mergeWindows(
        g.shiftEnds.flatMap((end, i) =>
          end !== 0 ? [{ first: i - g.shiftLength + 1, last: i, sign: g.relativeToMean[i]! }] : [],
        ),
        false,
      ),
    ],
  ];
  const signals: SpcSignal[] = [];
  for (const [rule, windows] of byRule) {
    for (const w of windows) {
      const positions: number[] = [];
      for (let i = w.first; i <= w.last; i++) {
        if (rule !== 'two_in_three' || g.closeToLimits[i]) positions.push(i);
      }
      signals.push({
        rule,
        rebaseGroup: g.rebaseGroup,
        direction: w.sign > 0 ? 'up' : 'down',
        meaning: meaningOf(w.sign, direction),
        firstIndex: g.offset + w.first,
        lastIndex: g.offset + w.last,
        firstDate: g.dates[w.first]!,
        lastDate: g.dates[w.last]!,
        pointIndices: positions.map((i) => g.offset + i),
      });
    }
  }
  return signals.sort(
    (a, b) => a.firstIndex - b.firstIndex || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule),
  );
}
