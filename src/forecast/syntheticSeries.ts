/**
 * Seeded synthetic monthly count series for back-testing the forecaster (tests and
 * bench/forecast-backtest.ts): Poisson counts around a mean with a linear trend and a sinusoidal
 * 12-month season. Same seed, same series, on every machine.
 */
import { addMonths, type Month } from '../stats/calendar.js';
import { type MonthlySeries, monthlySeries } from '../stats/series.js';

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One Poisson draw. Knuth's product method below a mean of 10; above, Hörmann's PTRS transformed
 * rejection (as numpy uses), which is exact and takes about one uniform pair per draw.
 */
export function poissonDraw(random: () => number, mean: number): number {
  if (!(mean >= 0) || !Number.isFinite(mean))
    throw new RangeError(`Poisson mean must be 0 or more, got ${mean}`);
  if (mean < 10) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  }
  const slam = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
      -mean + k * logMean - logFactorial(k)
    ) {
      return k;
    }
  }
}

/** ln(k!) exactly by summation for small k, by Stirling's series (error < 1e-10) beyond. */
function logFactorial(k: number): number {
  if (k < 20) {
    let total = 0;
    for (let i = 2; i <= k; i++) total += Math.log(i);
    return total;
  }
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
}

export interface SyntheticSeriesSpec {
  readonly seed: number;
  readonly firstMonth: Month;
  readonly months: number;
  /** Mean count in the first month, before season. */
  readonly baseMean: number;
  /** Relative change of the mean per month, e.g. 0.002 for +0.2 % a month. */
  readonly trendPerMonth?: number;
  /** Seasonal amplitude as a fraction of the mean, e.g. 0.2 for ±20 %. */
  readonly seasonalAmplitude?: number;
  /**
   * Extra-Poisson variation, as real crime counts show: each month's mean is multiplied by a
   * Gamma(shape 1/d, scale d) factor (mean 1, variance d), making the counts negative binomial with
   * variance μ + d·μ². Default 0: pure Poisson.
   */
  readonly overdispersion?: number;
}

/** The mean of month i (0-based) of a spec: base × (1 + trend × i) × (1 + amplitude × sin(2πi/12)). */
export function syntheticMean(spec: SyntheticSeriesSpec, i: number): number {
  const trend = 1 + (spec.trendPerMonth ?? 0) * i;
  const season = 1 + (spec.seasonalAmplitude ?? 0) * Math.sin((2 * Math.PI * i) / 12);
  return Math.max(0, spec.baseMean * trend * season);
}

/** Poisson counts around syntheticMean, one per month from `firstMonth`. */
export function syntheticCountSeries(spec: SyntheticSeriesSpec): MonthlySeries {
  const random = seededRandom(spec.seed);
  const dispersion = spec.overdispersion ?? 0;
  const entries: [Month, number][] = [];
  for (let i = 0; i < spec.months; i++) {
    const factor = dispersion > 0 ? gammaDraw(random, 1 / dispersion) * dispersion : 1;
    entries.push([addMonths(spec.firstMonth, i), poissonDraw(random, syntheticMean(spec, i) * factor)]);
  }
  return monthlySeries(entries);
}

/** Gamma(shape, 1) by Marsaglia and Tsang's method (shape < 1 boosted by U^(1/shape)). */
export function gammaDraw(random: () => number, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`gamma shape must be positive, got ${shape}`);
  if (shape < 1) return gammaDraw(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalDraw(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A standard normal draw (Box–Muller; the second value is discarded for simplicity). */
function normalDraw(random: () => number): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
