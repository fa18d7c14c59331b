/**
 * Quantiles of the Poisson distribution, for the count floor of forecast intervals: a monthly count
 * of independent events cannot be forecast more tightly than Poisson noise allows, whatever a
 * model's residuals suggest.
 */

/** The smallest k with P(X ≤ k) ≥ q for X ~ Poisson(mean). */
export function poissonQuantile(q: number, mean: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`quantile must be between 0 and 1, got ${q}`);
  if (!(mean >= 0) || !Number.isFinite(mean))
    throw new RangeError(`Poisson mean must be 0 or more, got ${mean}`);
  if (mean === 0) return 0;
  // exp(-mean) underflows past about 745; long before that the Cornish-Fisher expansion of the
  // Poisson quantile is accurate to well under one count.
  if (mean > 500) {
    const z = standardNormalQuantile(q);
    return Math.max(0, Math.ceil(mean + z * Math.sqrt(mean) + (z * z - 1) / 6 - 0.5));
  }
  let k = 0;
  let probability = Math.exp(-mean);
  let cumulative = probability;
  while (cumulative < q) {
    k++;
    probability *= mean / k;
    cumulative += probability;
  }
  return k;
}

/**
 * Inverse of the standard normal distribution function (Acklam's rational approximation,
 * relative error below 1.2e-9: far finer than a count needs).
 */
export function standardNormalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be between 0 and 1, got ${p}`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const r = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r + c[5]!) /
      ((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1)
    );
  }
  if (p > 1 - low) return -standardNormalQuantile(1 - p);
  const s = p - 0.5;
  const r = s * s;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * s) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
