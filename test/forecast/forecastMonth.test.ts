import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forecastMonth, judgeAgainstForecast, type MonthForecast } from '../../src/forecast/forecastMonth.js';
import { syntheticCountSeries } from '../../src/forecast/syntheticSeries.js';
import { addMonths, monthRange } from '../../src/stats/calendar.js';
import { monthlySeries } from '../../src/stats/series.js';

type Complete = MonthForecast & { status: 'complete' };
function complete(forecast: MonthForecast): Complete {
  assert.equal(forecast.status, 'complete', JSON.stringify(forecast));
  return forecast as Complete;
}

/** A noiseless seasonal series: 200 + 2 × i + 40 × sin(2πi/12), April 2018 onwards. */
const smoothMonths = monthRange('2018-04', '2024-03');
const smooth = monthlySeries(
  smoothMonths.map((m, i) => [m, 200 + 2 * i + 40 * Math.sin((2 * Math.PI * i) / 12)]),
);

test('a clean seasonal series is forecast close to its next value', () => {
  // i = 72 for April 2024: 200 + 144 + 40 × sin(12π) = 344.
  const forecast = complete(forecastMonth(smooth, '2024-04'));
  assert.ok(Math.abs(forecast.point - 344) < 344 * 0.03, `point ${forecast.point}`);
  assert.ok(forecast.lower <= forecast.point && forecast.point <= forecast.upper);
  assert.equal(forecast.level, 0.95);
  assert.equal(forecast.historyLast, '2024-03');
  assert.equal(forecast.historyMonths, 60);
  assert.equal(forecast.historyFirst, '2019-04');
  assert.equal(judgeAgainstForecast(344, forecast), 'in_line');
});

test('the fit uses only the months before the one judged', () => {
  const month = '2023-06';
  const before = complete(forecastMonth(smooth, month));
  // Change the judged month and everything after it: the forecast must not move.
  const altered = monthlySeries([...smooth].map(([m, v]) => [m, m >= month ? v * 5 : v]));
  const after = complete(forecastMonth(altered, month));
  assert.deepEqual(after, before);
});

test('an injected spike is above the forecast and a collapse below', () => {
  const series = syntheticCountSeries({
    seed: 2024,
    firstMonth: '2017-04',
    months: 84,
    baseMean: 150,
    trendPerMonth: 0.002,
    seasonalAmplitude: 0.15,
  });
  const last = addMonths('2017-04', 83);
  const forecast = complete(forecastMonth(series, last));
  const spiked = monthlySeries([...series].map(([m, v]) => [m, m === last ? v * 2 : v]));
  const spikedForecast = complete(forecastMonth(spiked, last));
  assert.deepEqual(spikedForecast, forecast);
  assert.equal(judgeAgainstForecast(spiked.get(last)!, spikedForecast), 'above');
  assert.equal(judgeAgainstForecast(Math.round(forecast.point / 2), forecast), 'below');
});

test('fewer than 24 months of history gives not_enough_history', () => {
  const short = monthlySeries(smoothMonths.slice(0, 23).map((m) => [m, smooth.get(m)!]));
  const result = forecastMonth(short, '2020-03');
  assert.equal(result.status, 'not_enough_history');
  assert.equal(result.status === 'not_enough_history' && result.needed, 24);
  assert.equal(result.status === 'not_enough_history' && result.available, 23);
  assert.deepEqual(result.status === 'not_enough_history' && result.missing, ['2018-03']);
  // 24 months is enough.
  assert.equal(complete(forecastMonth(smooth, '2020-04')).historyMonths, 24);
});

test('a gap in the history gives incomplete, never an imputed fit', () => {
  const gappy = monthlySeries([...smooth].filter(([m]) => m !== '2022-07'));
  const result = forecastMonth(gappy, '2024-01');
  assert.equal(result.status, 'incomplete');
  assert.deepEqual(result.status === 'incomplete' && result.missing, ['2022-07']);
  // A gap older than the 60 months used does not matter.
  assert.equal(
    forecastMonth(monthlySeries([...smooth].filter(([m]) => m !== '2018-06')), '2024-01').status,
    'complete',
  );
});

test('counts: the interval is at least Poisson-wide and never below zero', () => {
  const zeros = monthlySeries(smoothMonths.map((m) => [m, 0]));
  const none = complete(forecastMonth(zeros, '2024-04'));
  assert.equal(none.lower, 0);
  assert.ok(none.point < 1e-9);
  assert.equal(judgeAgainstForecast(0, none), 'in_line');
  assert.equal(judgeAgainstForecast(1, none), 'above');
  const flat = monthlySeries(smoothMonths.map((m) => [m, 100])); // a noiseless 100 a month
  const steady = complete(forecastMonth(flat, '2024-04'));
  // Poisson(100): 2.5 % quantile 81, 97.5 % quantile 120; stretched by √(1 + 12/60) = 1.0954.
  assert.ok(Math.abs(steady.lower - (100 - 19 * Math.sqrt(1.2))) < 0.5, `lower ${steady.lower}`);
  assert.ok(Math.abs(steady.upper - (100 + 20 * Math.sqrt(1.2))) < 0.5, `upper ${steady.upper}`);
  assert.equal(steady.widenedToFloor, true);
  const raw = complete(forecastMonth(flat, '2024-04', { countFloor: false }));
  assert.ok(raw.upper - raw.lower < 1, 'without the floor a noiseless series has a near-zero interval');
});

test('judging: both ends of the interval count as in line', () => {
  const band = { lower: 10, upper: 20 };
  assert.equal(judgeAgainstForecast(10, band), 'in_line');
  assert.equal(judgeAgainstForecast(20, band), 'in_line');
  assert.equal(judgeAgainstForecast(20.5, band), 'above');
  assert.equal(judgeAgainstForecast(9, band), 'below');
});

test('settings are checked', () => {
  assert.throws(() => forecastMonth(smooth, '2024-04', { level: 1 }), RangeError);
  assert.throws(() => forecastMonth(smooth, '2024-04', { minHistoryMonths: 12 }), RangeError);
  assert.throws(() => forecastMonth(smooth, '2024-04', { maxHistoryMonths: 20 }), RangeError);
});
