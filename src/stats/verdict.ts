/**
 * One verdict per measure and period: did it get better, worse, or is there no real change? Decided
 * once, here, from the two tests the measures layer already ran, so that no output judges a change
 * by its direction alone. The rule (docs/statistics-spc.md section 5):
 *
 *   1. A count with the exact Poisson test of the period against the same period a year earlier:
 *      that test decides. Significant and the measure has a good direction: better or worse;
 *      significant and neutral: higher or lower; not significant: no real change.
 *   2. Otherwise (rates, which have no such test; a count whose year-earlier period is not in the
 *      data) the SPC type of the period's last month decides: improvement → better, concern → worse,
 *      neutral high or low → higher or lower, common cause → no real change. If the figure moved
 *      the other way against a year earlier, the two disagree.
 *   3. Neither test available: not assessed.
 *
 * The test of rule 1 answers the question every output puts first (this period against a year
 * earlier); the SPC chart answers another one (is the latest month unusual against the chart's
 * limits), so when both ran and point different ways the verdict says so (`agreement`), and the
 * outputs print one reconciling sentence (src/narrative/sentences/reconcile.ts).
 */

export type VerdictWord = 'better' | 'worse' | 'higher' | 'lower' | 'no_real_change' | 'not_assessed';
export type SpcSignal = 'improvement' | 'concern' | 'high' | 'low' | 'none';

export interface VerdictInput {
  /** The measure's direction of good. */
  readonly direction: 'up' | 'down' | 'neutral';
  /** Counts: the exact test of the period against the same period a year earlier. */
  readonly periodTest?: {
    readonly significant: boolean;
    readonly direction: 'increase' | 'decrease' | 'none';
    readonly previous: number;
    readonly current: number;
    /** The label of the period compared with: 'Q2 2025/26'. */
    readonly comparedWith: string;
  };
  /**
   * Without a period test (rates): which way the figure moved against the same period a year
   * earlier. Not a test: it only tells when the SPC chart's signal points the other way.
   */
  readonly periodChange?: {
    readonly direction: 'increase' | 'decrease' | 'none';
    readonly comparedWith: string;
  };
  /** The SPC chart's last point, the period's last month: its type and every rule it is part of. */
  readonly latestPoint?: {
    readonly month: string;
    readonly pointType: string;
    readonly rules: readonly string[];
  };
  /** Below this many in either compared period, outputs give counts and no percentage. */
  readonly smallNumbersBelow: number;
}

export interface MeasureVerdict {
  readonly verdict: VerdictWord;
  /** The verdict as its label: 'No real change'. */
  readonly label: string;
  /** Which test decided: the period comparison's significance test, the SPC chart, or none. */
  readonly basis: 'significance' | 'spc' | 'none';
  /**
   * `agree`: both tests ran and say the same; `disagree`: both ran and one finds a real change the
   * other does not, or they point opposite ways; `single`: only the deciding test ran.
   */
  readonly agreement: 'agree' | 'disagree' | 'single';
  /** The SPC chart's latest point, in the words of the rule: which signal, which way, which rules. */
  readonly spc?: {
    readonly month: string;
    readonly signal: SpcSignal;
    readonly side: 'up' | 'down' | 'none';
    readonly rules: readonly string[];
  };
  /** The period test (counts): which way the count moved and whether that is significant. */
  readonly periodTest?: VerdictInput['periodTest'];
  /** Rates: which way the figure moved against a year earlier (untested). */
  readonly periodChange?: VerdictInput['periodChange'];
  /** Counts: either compared period holds fewer than `smallNumbersBelow`. */
  readonly smallNumbers: boolean;
  readonly smallNumbersBelow: number;
}

const SIGNALS: Readonly<Record<string, SpcSignal>> = {
  special_cause_improvement: 'improvement',
  special_cause_concern: 'concern',
  special_cause_neutral_high: 'high',
  special_cause_neutral_low: 'low',
};

/** The signal of an SPC point type: the one reading of point types every output shares ('none' for common cause). */
export function signalOfPoint(pointType: string): SpcSignal {
  return SIGNALS[pointType] ?? 'none';
}

/** The SPC signal of a point type, and which side of the chart it is on given the direction of good. */
export function spcSignalOf(
  pointType: string,
  direction: VerdictInput['direction'],
): { signal: SpcSignal; side: 'up' | 'down' | 'none' } {
  const signal = signalOfPoint(pointType);
  if (signal === 'none') return { signal, side: 'none' };
  if (signal === 'high') return { signal, side: 'up' };
  if (signal === 'low') return { signal, side: 'down' };
  // Improvement is up for a measure where up is good, down otherwise; concern the other way.
  const goodSide = direction === 'up' ? 'up' : 'down';
  const badSide = goodSide === 'up' ? 'down' : 'up';
  return { signal, side: signal === 'improvement' ? goodSide : badSide };
}

/** The verdict of a real movement one way, for the measure's direction of good. */
function judged(side: 'up' | 'down', direction: VerdictInput['direction']): VerdictWord {
  if (direction === 'neutral') return side === 'up' ? 'higher' : 'lower';
  return side === direction ? 'better' : 'worse';
}

export function measureVerdict(input: VerdictInput): MeasureVerdict {
  const { periodTest, latestPoint, direction, smallNumbersBelow } = input;
  const spc = latestPoint
    ? {
        month: latestPoint.month,
        ...spcSignalOf(latestPoint.pointType, direction),
        rules: [...latestPoint.rules],
      }
    : undefined;
  const small = periodTest ? smallNumbers(periodTest.previous, periodTest.current, smallNumbersBelow) : false;
  const common = { smallNumbers: small, smallNumbersBelow, ...(spc ? { spc } : {}) };
  if (periodTest) {
    const side =
      periodTest.direction === 'increase' ? 'up' : periodTest.direction === 'decrease' ? 'down' : 'none';
    const real = periodTest.significant && side !== 'none';
    const verdict = real ? judged(side as 'up' | 'down', direction) : 'no_real_change';
    const agreement = !spc
      ? 'single'
      : real === (spc.signal !== 'none') && (!real || spc.side === side)
        ? 'agree'
        : 'disagree';
    return {
      verdict,
      label: VERDICT_LABELS[verdict],
      basis: 'significance',
      agreement,
      periodTest,
      ...common,
    };
  }
  if (spc) {
    const verdict = spc.side === 'none' ? 'no_real_change' : judged(spc.side, direction);
    const change = input.periodChange;
    // The chart signals one way while the figure moved the other way on a year earlier.
    const opposite =
      change !== undefined &&
      spc.side !== 'none' &&
      change.direction !== 'none' &&
      (change.direction === 'increase') !== (spc.side === 'up');
    return {
      verdict,
      label: VERDICT_LABELS[verdict],
      basis: 'spc',
      agreement: change === undefined ? 'single' : opposite ? 'disagree' : 'agree',
      ...(change ? { periodChange: change } : {}),
      ...common,
    };
  }
  const verdict = 'not_assessed';
  return { verdict, label: VERDICT_LABELS[verdict], basis: 'none', agreement: 'single', ...common };
}

/** Whether two counts are too small for a percentage: either below the threshold. */
export function smallNumbers(previous: number, current: number, below: number): boolean {
  return Math.min(previous, current) < below;
}

/** The verdict as a short label, the same in every output. */
export const VERDICT_LABELS: Readonly<Record<VerdictWord, string>> = {
  better: 'Better',
  worse: 'Worse',
  higher: 'Higher',
  lower: 'Lower',
  no_real_change: 'No real change',
  not_assessed: 'Not assessed',
};
