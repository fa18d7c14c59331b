/**
 * XmR process limits for one rebase group, exactly as NHSRplotthedots 0.2.2 `ptd_spc_standard` computes
 * them, so that our limits agree with the package's to about 1e-12.
 */

/** Process limits sit 2.66 mean moving ranges from the mean (3 sigma, since sigma ≈ mR̄ / 1.128). */
export const LIMIT_FACTOR = 2.66;
/** The "close to the limits" lines: two thirds of the way out (2 sigma). Written as the package writes it. */
export const CLOSE_FACTOR = 2 * (LIMIT_FACTOR / 3);
/** Moving ranges at or above this multiple of their mean are screened out (Nelson's upper range limit). */
export const SCREEN_FACTOR = 3.267;

export interface GroupLimits {
  readonly mean: number;
  /** Mean moving range after any screening. */
  readonly meanMovingRange: number;
  readonly lpl: number;
  readonly upl: number;
  /** Lower and upper "close" lines (2 sigma). */
  readonly nlpl: number;
  readonly nupl: number;
  /** Points that set the limits. */
  readonly baselineN: number;
}

/**
 * The mean, as R's mean() computes it: the sum divided by n, then corrected by the mean of the
 * residuals (R does both passes in extended precision; a compensated sum gets us to the same double
 * in practice).
 */
export function accurateMean(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const first = compensatedSum(values) / n;
  if (!Number.isFinite(first)) return first;
  return first + compensatedSum(values.map((v) => v - first)) / n;
}

/** Neumaier's compensated summation: the rounding error of each addition is carried, not lost. */
function compensatedSum(values: readonly number[]): number {
  let sum = 0;
  let carry = 0;
  for (const v of values) {
    const t = sum + v;
    carry += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + carry;
}

/**
 * Limits for one group (values in date order).
 *
 * 1. The baseline is the first `fixAfterNPoints` values (all when null or when the group is shorter).
 * 2. mean = mean of the baseline (outliers are never screened from the mean).
 * 3. Moving ranges |x[i] − x[i−1]| within the baseline; mR̄ = their mean.
 * 4. With screening, keep only ranges strictly below 3.267 × mR̄ (one pass) and recompute mR̄.
 *    Screening can drop every range only when all are 0; the package then gets NaN limits (the mean
 *    of nothing), we keep mR̄ = 0 so the limits sit on the mean. This is the one deliberate deviation.
 * 5. Limits = mean ∓ 2.66 × mR̄; close lines = mean ∓ (2 × 2.66 / 3) × mR̄.
 *
 * The caller guarantees at least two baseline values (one value has no moving range).
 */
export function groupLimits(
  values: readonly number[],
  fixAfterNPoints: number | null,
  screenOutliers: boolean,
): GroupLimits {
  const baseline = fixAfterNPoints === null ? values : values.slice(0, fixAfterNPoints);
  if (baseline.length < 2) throw new RangeError('groupLimits needs at least two baseline values');
  const mean = accurateMean(baseline);
  const ranges: number[] = [];
  for (let i = 1; i < baseline.length; i++) ranges.push(Math.abs(baseline[i]! - baseline[i - 1]!));
  let meanMovingRange = accurateMean(ranges);
  if (screenOutliers) {
    const cut = SCREEN_FACTOR * meanMovingRange;
    const kept = ranges.filter((r) => r < cut);
    meanMovingRange = kept.length === 0 ? 0 : accurateMean(kept);
  }
  return {
    mean,
    meanMovingRange,
    lpl: mean - LIMIT_FACTOR * meanMovingRange,
    upl: mean + LIMIT_FACTOR * meanMovingRange,
    nlpl: mean - CLOSE_FACTOR * meanMovingRange,
    nupl: mean + CLOSE_FACTOR * meanMovingRange,
    baselineN: baseline.length,
  };
}
