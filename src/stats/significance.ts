/**
 * Is the change between two counts more than chance? The exact test for two Poisson counts, the
 * same test as R's `poisson.test(c(previous, current), c(t1, t2))`.
 *
 * If crimes arrive as Poisson processes with the same rate in both periods, then given their total
 * n = previous + current, the previous count is Binomial(n, p) with p = t1 / (t1 + t2), where t1 and
 * t2 are the exposures (period lengths or populations; both 1 for two periods of equal length). The
 * p-value is exact: no normal approximation, so small counts get honest (large) p-values and "+50%"
 * on 4 → 6 is never called significant.
 *
 * Two-sided p-value: the minimum-likelihood definition (R's binom.test, scipy's binomtest): the sum
 * of the probabilities of every outcome no more likely than the one observed, where "no more
 * likely" allows a relative tolerance of 1e-7 so that outcomes of mathematically equal probability
 * are not split by rounding. It is 1 when the observed count equals its expectation n × p.
 */
import { messages } from '../errors/messages.js';
import { type Problem, ScrutinyError } from '../errors/problem.js';

/** R's binom.test tolerance for "as likely as the observed outcome". */
const RELATIVE_TOLERANCE = 1 + 1e-7;
/** Tail sums stop once a term is this small against the sum so far (terms fall faster than geometrically there). */
const NEGLIGIBLE = 1e-20;

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
/** Stirling series coefficients B(2k) / (2k (2k − 1)), k = 1..7. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];

/**
 * ln Γ(x) for x > 0. Below 15, Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)) moves the argument up;
 * from 15, Stirling's series with seven terms is accurate to below 1e-16 relative. The error of
 * ln Γ is then a few units in its last place, e.g. about 1e-10 absolute at x = 100,000.
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x))
    throw new RangeError(`logGamma needs a positive finite number, got ${x}`);
  let shift = 0;
  let z = x;
  let product = 1;
  while (z < 15) {
    product *= z;
    z += 1;
    shift += 1;
  }
  const inverse = 1 / z;
  const inverseSquared = inverse * inverse;
  let series = 0;
  for (let k = STIRLING.length - 1; k >= 0; k--) series = series * inverseSquared + STIRLING[k]!;
  const stirling = (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series * inverse;
  return shift === 0 ? stirling : stirling - Math.log(product);
}

/** ln of the binomial coefficient n choose k, 0 ≤ k ≤ n. */
export function logChoose(n: number, k: number): number {
  if (k === 0 || k === n) return 0;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** P(X = k) for X ~ Binomial(n, p), with q = 1 − p passed in to avoid cancellation. */
function binomialProbability(k: number, n: number, p: number, q: number): number {
  const logTerms = (k === 0 ? 0 : k * Math.log(p)) + (k === n ? 0 : (n - k) * Math.log(q));
  return Math.exp(logChoose(n, k) + logTerms);
}

/** Sum of P(X = i) for lo ≤ i ≤ hi, outward from the end nearest the mode, stopping at negligible terms. */
function sumProbabilities(lo: number, hi: number, n: number, p: number, q: number): number {
  if (lo > hi) return 0;
  const mode = Math.min(n, Math.max(0, Math.floor((n + 1) * p)));
  const start = Math.min(hi, Math.max(lo, mode));
  let sum = 0;
  for (let i = start; i >= lo; i--) {
    const term = binomialProbability(i, n, p, q);
    sum += term;
    if (i < mode && term < NEGLIGIBLE * sum) break;
  }
  for (let i = start + 1; i <= hi; i++) {
    const term = binomialProbability(i, n, p, q);
    sum += term;
    if (i > mode && term < NEGLIGIBLE * sum) break;
  }
  return sum;
}

/**
 * Two-sided exact binomial p-value for x successes in n trials with probability p (q = 1 − p),
 * exactly as R's binom.test computes it. Outcomes beyond the mean on the far side are no more
 * likely than x when their probability is at most P(X = x) × (1 + 1e-7); probabilities fall
 * steadily away from the mean, so they are counted by bisection.
 */
export function binomialTwoSidedPValue(x: number, n: number, p: number, q = 1 - p): number {
  if (n === 0) return 1;
  const mean = n * p;
  if (x === mean) return 1;
  const limit = binomialProbability(x, n, p, q) * RELATIVE_TOLERANCE;
  const atMost = (i: number) => binomialProbability(i, n, p, q) <= limit;
  if (x < mean) {
    // Smallest i ≥ ceil(mean) as unlikely as x: everything from there up counts.
    let lo = Math.ceil(mean);
    let hi = n + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (atMost(mid)) hi = mid;
      else lo = mid + 1;
    }
    return Math.min(1, sumProbabilities(0, x, n, p, q) + sumProbabilities(lo, n, n, p, q));
  }
  // Largest i ≤ floor(mean) as unlikely as x: everything from there down counts.
  let lo = -1;
  let hi = Math.floor(mean);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (atMost(mid)) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(1, sumProbabilities(0, lo, n, p, q) + sumProbabilities(x, n, n, p, q));
}

export interface CountComparisonInput {
  /** The earlier (comparison) count, e.g. the same quarter a year earlier. */
  readonly previous: number;
  /** The count being judged. */
  readonly current: number;
  /** Exposure of the earlier count (months in the period, or population). Default 1. */
  readonly previousExposure?: number;
  readonly currentExposure?: number;
}

export interface SignificanceOptions {
  /** Significance level: significant when p < alpha. Default 0.05. */
  readonly alpha?: number;
  /** Flag a caution when either count is below this. Default 10. */
  readonly smallCountThreshold?: number;
  /** A name for the comparison (e.g. a measure id), used to say where a problem is. */
  readonly label?: string;
}

export type SignificancePhraseKey =
  | 'significant_increase'
  | 'significant_decrease'
  | 'within_normal_variation';

/** The words the issue fixes for each verdict, for narrative to use as they are. */
export const SIGNIFICANCE_PHRASES: Readonly<Record<SignificancePhraseKey, string>> = {
  significant_increase: 'a statistically significant increase',
  significant_decrease: 'a statistically significant decrease',
  within_normal_variation: 'within normal variation',
};

export interface CountComparison {
  readonly previous: number;
  readonly current: number;
  readonly previousExposure: number;
  readonly currentExposure: number;
  /** Current rate over previous rate; null when the previous count is 0. */
  readonly rateRatio: number | null;
  readonly pValue: number;
  readonly alpha: number;
  readonly significant: boolean;
  /** Which way the rate moved, significant or not. */
  readonly direction: 'increase' | 'decrease' | 'none';
  readonly phraseKey: SignificancePhraseKey;
  readonly phrase: string;
  /** Either count is below the small-count threshold: say so beside any percentage change. */
  readonly smallCounts: boolean;
  readonly method: 'exact-poisson-conditional-binomial';
}

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_SMALL_COUNT_THRESHOLD = 10;

/** Judge the change from `previous` to `current`. Throws a ScrutinyError for counts that are not whole numbers ≥ 0, etc. */
export function compareCounts(
  input: CountComparisonInput,
  options: SignificanceOptions = {},
): CountComparison {
  const label = options.label ?? 'comparison';
  const { previous, current } = input;
  const previousExposure = input.previousExposure ?? 1;
  const currentExposure = input.currentExposure ?? 1;
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const problems: Problem[] = [];
  for (const [name, count] of [
    ['previous', previous],
    ['current', current],
  ] as const) {
    if (!(Number.isSafeInteger(count) && count >= 0))
      problems.push(messages.stats.countInvalid(`${label}.${name}`, count));
  }
  for (const [name, exposure] of [
    ['previousExposure', previousExposure],
    ['currentExposure', currentExposure],
  ] as const) {
    if (!(Number.isFinite(exposure) && exposure > 0)) {
      problems.push(messages.stats.exposureInvalid(`${label}.${name}`, exposure));
    }
  }
  if (!(alpha > 0 && alpha < 1))
    problems.push(messages.stats.significanceLevelInvalid(`${label}.alpha`, alpha));
  if (problems.length > 0) throw new ScrutinyError(problems);

  const total = previousExposure + currentExposure;
  const pValue = binomialTwoSidedPValue(
    previous,
    previous + current,
    previousExposure / total,
    currentExposure / total,
  );
  const previousRate = previous / previousExposure;
  const currentRate = current / currentExposure;
  const direction =
    currentRate > previousRate ? 'increase' : currentRate < previousRate ? 'decrease' : 'none';
  const significant = pValue < alpha && direction !== 'none';
  const phraseKey: SignificancePhraseKey = !significant
    ? 'within_normal_variation'
    : direction === 'increase'
      ? 'significant_increase'
      : 'significant_decrease';
  const threshold = options.smallCountThreshold ?? DEFAULT_SMALL_COUNT_THRESHOLD;
  return {
    previous,
    current,
    previousExposure,
    currentExposure,
    rateRatio: previous === 0 ? null : currentRate / previousRate,
    pValue,
    alpha,
    significant,
    direction,
    phraseKey,
    phrase: SIGNIFICANCE_PHRASES[phraseKey],
    smallCounts: previous < threshold || current < threshold,
    method: 'exact-poisson-conditional-binomial',
  };
}
