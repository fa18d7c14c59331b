import assert from 'node:assert/strict';
import { test } from 'node:test';
import { poissonQuantile, standardNormalQuantile } from '../../src/forecast/poisson.js';
import { poissonDraw, seededRandom, syntheticCountSeries } from '../../src/forecast/syntheticSeries.js';

test('Poisson quantiles, worked from the distribution function', () => {
  // Poisson(5): P(X≤0) = 0.0067, P(X≤1) = 0.0404; P(X≤9) = 0.9682, P(X≤10) = 0.9863.
  assert.equal(poissonQuantile(0.025, 5), 1);
  assert.equal(poissonQuantile(0.975, 5), 10);
  // Poisson(0.5): P(X≤0) = 0.6065, P(X≤1) = 0.9098, P(X≤2) = 0.9856.
  assert.equal(poissonQuantile(0.025, 0.5), 0);
  assert.equal(poissonQuantile(0.975, 0.5), 2);
  assert.equal(poissonQuantile(0.975, 0), 0);
  // Large means use the Cornish-Fisher expansion: 5000 ± 1.96 × 70.7 ≈ 4861 to 5139.
  assert.ok(Math.abs(poissonQuantile(0.025, 5000) - 4862) <= 1);
  assert.ok(Math.abs(poissonQuantile(0.975, 5000) - 5139) <= 1);
  // The two methods meet at the switch-over without a jump.
  assert.ok(Math.abs(poissonQuantile(0.975, 500) - poissonQuantile(0.975, 501)) <= 2);
  assert.throws(() => poissonQuantile(1, 3), RangeError);
  assert.throws(() => poissonQuantile(0.5, -1), RangeError);
});

test('standard normal quantiles', () => {
  assert.ok(Math.abs(standardNormalQuantile(0.975) - 1.959964) < 1e-6);
  assert.ok(Math.abs(standardNormalQuantile(0.5)) < 1e-12);
  assert.ok(Math.abs(standardNormalQuantile(0.001) + 3.090232) < 1e-6);
});

test('seeded Poisson draws have the right mean and variance, and repeat exactly', () => {
  for (const mean of [2, 40, 300]) {
    const random = seededRandom(11);
    const draws = Array.from({ length: 20000 }, () => poissonDraw(random, mean));
    const average = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - average) ** 2, 0) / (draws.length - 1);
    // Standard error of the mean is sqrt(mean / 20000): 0.7 % of 300; allow 5 standard errors.
    assert.ok(Math.abs(average - mean) < 5 * Math.sqrt(mean / 20000), `mean ${mean}: ${average}`);
    assert.ok(Math.abs(variance / mean - 1) < 0.06, `variance ${mean}: ${variance}`);
    assert.ok(draws.every((d) => Number.isInteger(d) && d >= 0));
  }
  const spec = { seed: 3, firstMonth: '2015-04', months: 24, baseMean: 50, seasonalAmplitude: 0.2 };
  assert.deepEqual([...syntheticCountSeries(spec)], [...syntheticCountSeries(spec)]);
  assert.notDeepEqual([...syntheticCountSeries(spec)], [...syntheticCountSeries({ ...spec, seed: 4 })]);
});
