/**
 * The least a count forecast's interval may be: the floor forecastMonth widens MSTL's interval to.
 *
 * Why a floor: MSTL's interval comes from the residuals left after the seasonal fit. STL's seasonal
 * component has already absorbed part of the noise, and the error in the point forecast itself is
 * not counted, so on its own the 95% interval held only 0.81 to 0.87 of months in back-tests
 * (docs/statistics.md). The floor rebuilds the interval from two estimates of the noise that no
 * seasonal fit can predict, and takes the wider:
 *
 * - Poisson: a count of independent events varies at least as a Poisson count does. The central
 *   Poisson interval around the point forecast (quantiles (1 − level)/2 and (1 + level)/2) keeps the
 *   skew of small counts.
 * - Year on year: the history's differences at the season lag, y(t) − y(t − 12), cancel the season
 *   and carry twice the month-to-month noise variance, including any extra-Poisson variation real
 *   crime counts have. Its spread is measured robustly (1.4826 × median absolute deviation from the
 *   median difference, so one past spike does not widen every later interval, and a steady trend's
 *   drift does not count as noise), divided by √2, and used as a normal half-width.
 *
 * Both are stretched by √(1 + 12 / H) for the error in the point forecast (H = months of history):
 * a month's seasonal level is estimated from only H / 12 earlier same-months, which adds about
 * 12 / H of the noise variance.
 */
import { poissonQuantile, standardNormalQuantile } from './poisson.js';

export interface IntervalFloor {
  readonly lower: number;
  readonly upper: number;
}

export function countIntervalFloor(
  history: readonly number[],
  point: number,
  level: number,
  seasonLength: number,
): IntervalFloor {
  const mean = Math.max(point, 0);
  const stretch = Math.sqrt(1 + seasonLength / history.length);
  const poissonBelow = mean - poissonQuantile((1 - level) / 2, mean);
  const poissonAbove = poissonQuantile((1 + level) / 2, mean) - mean;
  const yearOnYear = standardNormalQuantile((1 + level) / 2) * seasonalNoiseSd(history, seasonLength);
  return {
    lower: mean - Math.max(poissonBelow, yearOnYear) * stretch,
    upper: mean + Math.max(poissonAbove, yearOnYear) * stretch,
  };
}

/** Robust standard deviation of the month-to-month noise, from differences at the season lag. */
export function seasonalNoiseSd(history: readonly number[], seasonLength: number): number {
  const differences: number[] = [];
  for (let i = seasonLength; i < history.length; i++)
    differences.push(history[i]! - history[i - seasonLength]!);
  if (differences.length === 0) return 0;
  const centre = median(differences);
  return (1.4826 * median(differences.map((d) => Math.abs(d - centre)))) / Math.SQRT2;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
