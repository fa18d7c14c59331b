import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { monthRange } from '../../src/stats/calendar.js';
import {
  rollingMean,
  rollingRate,
  rollingRateSeries,
  rollingSeries,
  rollingSum,
  trailingWindow,
} from '../../src/stats/rolling.js';
import { monthlySeries } from '../../src/stats/series.js';

const counts = monthlySeries([
  ['2024-01', 10],
  ['2024-02', 20],
  ['2024-03', 40],
  ['2024-04', 30],
]);

test('the window trails and is anchored at its end month', () => {
  assert.deepEqual(trailingWindow('2024-03', 3), { first: '2024-01', last: '2024-03' });
  assert.deepEqual(trailingWindow('2024-03', 1), { first: '2024-03', last: '2024-03' });
  assert.throws(() => trailingWindow('2024-03', 0), RangeError);
  assert.deepEqual(rollingSum(counts, '2024-03', 3), {
    status: 'complete',
    value: 70,
    first: '2024-01',
    last: '2024-03',
  });
  assert.deepEqual(rollingSum(counts, '2024-04', 3), {
    status: 'complete',
    value: 90,
    first: '2024-02',
    last: '2024-04',
  });
  const mean = rollingMean(counts, '2024-04', 3);
  assert.equal(mean.status === 'complete' && mean.value, 30);
});

test('at the start of a series there is no partial window: not enough history', () => {
  assert.deepEqual(rollingSum(counts, '2024-02', 3), {
    status: 'not_enough_history',
    needed: 3,
    available: 2,
    missing: ['2023-12'],
    first: '2023-12',
    last: '2024-02',
  });
});

test('past the end, or over a gap, the window is incomplete', () => {
  assert.deepEqual(rollingSum(counts, '2024-05', 3), {
    status: 'incomplete',
    missing: ['2024-05'],
    first: '2024-03',
    last: '2024-05',
  });
  const gappy = monthlySeries([
    ['2024-01', 1],
    ['2024-03', 3],
  ]);
  const result = rollingSum(gappy, '2024-03', 3);
  assert.deepEqual(result.status === 'incomplete' && result.missing, ['2024-02']);
});

test('a rolling rate is the sum of numerators over the sum of denominators, not the mean of monthly rates', () => {
  // Months 1/10, 9/90 and 10/100: the pooled rate is (1 + 9 + 10) / (10 + 90 + 100) = 0.1.
  const outcomes = monthlySeries([
    ['2024-01', 1],
    ['2024-02', 9],
    ['2024-03', 10],
  ]);
  const crimes = monthlySeries([
    ['2024-01', 10],
    ['2024-02', 90],
    ['2024-03', 100],
  ]);
  const rate = rollingRate(outcomes, crimes, '2024-03', 3);
  assert.deepEqual(rate, {
    status: 'complete',
    numerator: 20,
    denominator: 200,
    rate: 0.1,
    first: '2024-01',
    last: '2024-03',
  });
  // A skewed example where the two differ: 1/2 and 10/100 pool to 11/102, not (0.5 + 0.1) / 2 = 0.3.
  const skewed = rollingRate(
    monthlySeries([
      ['2024-01', 1],
      ['2024-02', 10],
    ]),
    monthlySeries([
      ['2024-01', 2],
      ['2024-02', 100],
    ]),
    '2024-02',
    2,
  );
  assert.equal(skewed.status === 'complete' && skewed.rate, 11 / 102);
});

test('a zero denominator gives no rate; a shortfall in either series is reported', () => {
  const zero = rollingRate(monthlySeries([['2024-01', 0]]), monthlySeries([['2024-01', 0]]), '2024-01', 1);
  assert.equal(zero.status === 'complete' && zero.rate, null);
  const outcomes = monthlySeries([
    ['2024-02', 1],
    ['2024-03', 1],
  ]);
  const crimes = monthlySeries([
    ['2024-01', 5],
    ['2024-03', 5],
  ]);
  const result = rollingRate(outcomes, crimes, '2024-03', 3);
  // crimes has a gap in February: incomplete, listing January (before outcomes starts) and February.
  assert.deepEqual(result.status === 'incomplete' && result.missing, ['2024-01', '2024-02']);
});

test('rolling figures across a whole series', () => {
  const sums = rollingSeries(counts, 2, 'sum');
  assert.deepEqual(
    sums.map((s) => [s.month, s.figure.status === 'complete' ? s.figure.value : s.figure.status]),
    [
      ['2024-01', 'not_enough_history'],
      ['2024-02', 30],
      ['2024-03', 60],
      ['2024-04', 70],
    ],
  );
  const rates = rollingRateSeries(counts, counts, 2);
  assert.deepEqual(
    rates.map((r) => (r.figure.status === 'complete' ? r.figure.rate : null)),
    [null, 1, 1, 1],
  );
  assert.deepEqual(rollingSeries(monthlySeries([]), 3, 'mean'), []);
});

test('property: a rolling sum equals the difference of cumulative sums, and a 1-month window is the month', () => {
  fc.assert(
    fc.property(
      fc.array(fc.nat(500), { minLength: 1, maxLength: 40 }),
      fc.integer({ min: 1, max: 12 }),
      (values, n) => {
        const months = monthRange('2020-01', '2023-12').slice(0, values.length);
        const series = monthlySeries(months.map((m, i) => [m, values[i]!]));
        const cumulative = [0];
        for (const v of values) cumulative.push(cumulative.at(-1)! + v);
        months.forEach((month, i) => {
          const figure = rollingSum(series, month, n);
          if (i + 1 < n) assert.equal(figure.status, 'not_enough_history');
          else
            assert.equal(
              figure.status === 'complete' && figure.value,
              cumulative[i + 1]! - cumulative[i + 1 - n]!,
            );
          const single = rollingSum(series, month, 1);
          assert.equal(single.status === 'complete' && single.value, values[i]);
        });
      },
    ),
    { seed: 8, numRuns: 200 },
  );
});
