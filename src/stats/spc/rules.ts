/**
 * The four Making Data Count rules over one rebase group, as NHSRplotthedots 0.2.2
 * (`ptd_calculate_point_type.R`) applies them, generalised only in the shift and trend lengths.
 * Every array here is indexed by position within the group; nothing looks across a group's ends.
 */

/** +1 where a run of `length` equal, non-zero signs ends at i (the run is i − length + 1 … i), else 0. */
export function shiftEnds(relativeToMean: readonly number[], length: number): number[] {
  return relativeToMean.map((side, i) => {
    if (side === 0 || i < length - 1) return 0;
    for (let k = 1; k < length; k++) if (relativeToMean[i - k] !== side) return 0;
    return 1;
  });
}

/**
 * +1 where `length` points rising at every step end at i, −1 where falling at every step, else 0.
 * A step with no change (a tie) breaks a trend; the mean plays no part.
 */
export function trendEnds(values: readonly number[], length: number): number[] {
  return values.map((_, i) => {
    if (i < length - 1) return 0;
    const first = Math.sign(values[i]! - values[i - 1]!);
    if (first === 0) return 0;
    for (let k = 1; k < length - 1; k++) {
      if (Math.sign(values[i - k]! - values[i - k - 1]!) !== first) return 0;
    }
    return first;
  });
}

/** A point is part of a run if a run ends on it or on one of the next `length − 1` points. */
export function partOfRun(ends: readonly number[], length: number): boolean[] {
  return ends.map((_, i) => {
    for (let k = 0; k < length && i + k < ends.length; k++) if (ends[i + k] !== 0) return true;
    return false;
  });
}

/**
 * The 3-point windows (by first position) in which at least 2 points are close to the limits and
 * all 3 are on the same side of the mean (so a point on the mean, or a window that would run off
 * either end of the group, never qualifies).
 */
export function twoInThreeWindows(close: readonly boolean[], relativeToMean: readonly number[]): number[] {
  const starts: number[] = [];
  for (let s = 0; s + 2 < close.length; s++) {
    const closeCount = Number(close[s]) + Number(close[s + 1]) + Number(close[s + 2]);
    const sideSum = relativeToMean[s]! + relativeToMean[s + 1]! + relativeToMean[s + 2]!;
    if (closeCount >= 2 && Math.abs(sideSum) === 3) starts.push(s);
  }
  return starts;
}

/** Only the close points inside a qualifying window are flagged, not the third point. */
export function partOfTwoInThree(close: readonly boolean[], windowStarts: readonly number[]): boolean[] {
  const flagged = close.map(() => false);
  for (const s of windowStarts) {
    for (let k = 0; k < 3; k++) if (close[s + k]) flagged[s + k] = true;
  }
  return flagged;
}

/**
 * The direction a trend point is labelled with: the sign of (next − this) when the next point is
 * also part of a trend, else of (this − previous). A flat step (sign 0) labels 'decreasing', as in
 * the package, where anything but +1 is 'Decreasing'. This matters only where two trends meet.
 */
export function trendLabelSigns(values: readonly number[], partOfTrend: readonly boolean[]): number[] {
  return values.map((value, i) => {
    const next = values[i + 1];
    if (partOfTrend[i] && partOfTrend[i + 1] && next !== undefined) return Math.sign(next - value);
    return i === 0 ? 0 : Math.sign(value - values[i - 1]!);
  });
}
