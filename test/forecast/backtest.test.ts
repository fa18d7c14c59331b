import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backtestForecast } from '../../src/forecast/backtest.js';
import { syntheticCountSeries } from '../../src/forecast/syntheticSeries.js';
import { monthlySeries } from '../../src/stats/series.js';

// 13 years of monthly Poisson counts: mean 120 rising 0.3 % a month, ±15 % seasonal swing.
const series = syntheticCountSeries({
  seed: 20240620,
  firstMonth: '2011-04',
  months: 156,
  baseMean: 120,
  trendPerMonth: 0.003,
  seasonalAmplitude: 0.15,
});

test('the 95% interval covers a plausible share of months on a seeded synthetic series', () => {
  const result = backtestForecast(series, { warmUpMonths: 36 });
  assert.equal(result.tested, 120);
  assert.equal(result.skipped.length, 0);
  assert.equal(result.inside + result.above + result.below, result.tested);
  assert.ok(
    result.coverage !== null && result.coverage >= 0.85 && result.coverage <= 0.99,
    `coverage ${result.coverage}`,
  );
  // Every month is judged from the history before it only: the first tested month is the 37th.
  assert.equal(result.months[0]?.month, '2014-04');
});

test('a spike injected into the series is flagged above in the back-test', () => {
  const spikeMonth = '2020-07';
  const spiked = monthlySeries([...series].map(([m, v]) => [m, m === spikeMonth ? v * 2 : v]));
  const result = backtestForecast(spiked, { warmUpMonths: 36 });
  assert.equal(result.months.find((m) => m.month === spikeMonth)?.verdict, 'above');
});

test('months that cannot be forecast are listed as skipped, and a clock times each fit', () => {
  const short = monthlySeries([...series].slice(0, 30));
  let tick = 0;
  const result = backtestForecast(short, { warmUpMonths: 12, clock: () => (tick += 5) });
  // Months 13 to 24 have fewer than 24 months before them; months 25 to 30 are tested.
  assert.equal(result.skipped.length, 12);
  assert.ok(result.skipped.every((s) => s.status === 'not_enough_history'));
  assert.equal(result.tested, 6);
  assert.ok(result.months.every((m) => m.fitMilliseconds === 5));
  assert.equal(backtestForecast(monthlySeries([])).coverage, null);
});
