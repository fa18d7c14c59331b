import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countIntervalFloor, seasonalNoiseSd } from '../../src/forecast/intervalFloor.js';

// A year of 10s, then a year of 10 + e: the differences at lag 12 are e.
const e = [-4, -2, -2, 0, 0, 0, 0, 0, 2, 2, 4, 8];
const history = [...Array.from({ length: 12 }, () => 10), ...e.map((x) => 10 + x)];

test('the year-on-year noise is measured robustly from lag-12 differences', () => {
  // Median difference 0; absolute deviations' median 2; 1.4826 × 2 / √2 = 2.0967.
  assert.ok(Math.abs(seasonalNoiseSd(history, 12) - (1.4826 * 2) / Math.SQRT2) < 1e-12);
  // A steady rise of 5 a year is drift, not noise.
  assert.equal(
    seasonalNoiseSd(
      Array.from({ length: 36 }, (_, i) => 100 + (5 * i) / 12),
      12,
    ),
    0,
  );
  assert.equal(seasonalNoiseSd([1, 2, 3], 12), 0);
});

test('the floor is the wider of Poisson and year-on-year noise, stretched by √(1 + 12/H)', () => {
  const stretch = Math.sqrt(1 + 12 / 24);
  // Poisson(10): 2.5 % quantile 4 (P(X≤4) = 0.0293), 97.5 % quantile 17 (P(X≤16) = 0.9730 < 0.975).
  // Year on year: 1.96 × 2.0967 = 4.11 < 6 and 7, so Poisson decides.
  const poisson = countIntervalFloor(history, 10, 0.95, 12);
  assert.ok(Math.abs(poisson.lower - (10 - 6 * stretch)) < 1e-9);
  assert.ok(Math.abs(poisson.upper - (10 + 7 * stretch)) < 1e-9);
  // Five times the noise: 1.96 × 10.483 = 20.55 beats Poisson at both ends.
  const noisy = [...Array.from({ length: 12 }, () => 10), ...e.map((x) => 10 + 5 * x)];
  const wide = countIntervalFloor(noisy, 10, 0.95, 12);
  const halfWidth = 1.959964 * ((1.4826 * 10) / Math.SQRT2) * stretch;
  assert.ok(Math.abs(wide.upper - (10 + halfWidth)) < 1e-4);
  assert.ok(Math.abs(wide.lower - (10 - halfWidth)) < 1e-4);
});
