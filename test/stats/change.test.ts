import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  financialYearPeriod,
  monthPeriod,
  monthRange,
  quarterPeriod,
  rolling12Period,
} from '../../src/stats/calendar.js';
import { changeBetween, periodChange, periodComparison, periodVolume } from '../../src/stats/change.js';
import { monthlySeries } from '../../src/stats/series.js';

/** April 2022 to March 2024: month i (0-based) holds 100 + i, so sums are easy to work by hand. */
const months = monthRange('2022-04', '2024-03');
const series = monthlySeries(months.map((month, i) => [month, 100 + i]));

test('change between two values: difference and percentage; no percentage from a zero base', () => {
  assert.deepEqual(changeBetween(369, 360), { difference: 9, percent: 2.5 });
  assert.deepEqual(changeBetween(9, 13), { difference: -4, percent: -400 / 13 });
  assert.deepEqual(changeBetween(3, 0), { difference: 3, percent: null });
  assert.deepEqual(changeBetween(0, 0), { difference: 0, percent: null });
  assert.deepEqual(changeBetween(0, 4), { difference: -4, percent: -100 });
  assert.throws(() => changeBetween(Number.NaN, 1), RangeError);
});

test('month on previous month and on the same month a year earlier', () => {
  // March 2024 is index 23 (123), February 2024 index 22 (122), March 2023 index 11 (111).
  const onPrevious = periodChange(series, monthPeriod('2024-03'), 'previous_period');
  assert.equal(onPrevious.status, 'complete');
  if (onPrevious.status !== 'complete') return;
  assert.equal(onPrevious.basePeriod.label, 'February 2024');
  assert.equal(onPrevious.current, 123);
  assert.equal(onPrevious.base, 122);
  assert.equal(onPrevious.difference, 1);
  assert.equal(onPrevious.percent, 100 / 122);
  const onYear = periodChange(series, monthPeriod('2024-03'), 'same_period_year_earlier');
  assert.equal(onYear.status === 'complete' && onYear.base, 111);
  assert.equal(onYear.status === 'complete' && onYear.difference, 12);
});

test('quarter on previous quarter and on the same quarter a year earlier', () => {
  // Q4 2023/24 = indexes 21..23 = 121+122+123 = 366; Q3 = 118+119+120 = 357; Q4 2022/23 = 109+110+111 = 330.
  const q4 = quarterPeriod(2023, 4);
  assert.deepEqual(periodVolume(series, q4), { status: 'complete', period: q4, value: 366 });
  const previous = periodChange(series, q4, 'previous_period');
  assert.equal(previous.status === 'complete' && previous.base, 357);
  assert.equal(previous.status === 'complete' && previous.difference, 9);
  const yearEarlier = periodChange(series, q4, 'same_period_year_earlier');
  assert.equal(yearEarlier.status === 'complete' && yearEarlier.base, 330);
  assert.equal(yearEarlier.status === 'complete' && yearEarlier.percent, (100 * 36) / 330);
});

test('financial year on previous and rolling 12 months on the 12 before', () => {
  // 2023/24 = indexes 12..23: 12 × 100 + (12+…+23) = 1200 + 210 = 1410; 2022/23 = 1200 + 66 = 1266.
  const year = periodChange(series, financialYearPeriod(2023), 'previous_period');
  assert.equal(year.status === 'complete' && year.current, 1410);
  assert.equal(year.status === 'complete' && year.base, 1266);
  assert.equal(year.status === 'complete' && year.difference, 144);
  const rolling = periodChange(series, rolling12Period('2024-03'), 'same_period_year_earlier');
  assert.equal(rolling.status === 'complete' && rolling.current, 1410);
  assert.equal(rolling.status === 'complete' && rolling.base, 1266);
});

test('a base period before the series starts is not enough history, listing the months', () => {
  const result = periodChange(series, monthPeriod('2023-03'), 'same_period_year_earlier');
  assert.equal(result.status, 'not_enough_history');
  if (result.status !== 'not_enough_history') return;
  assert.deepEqual(result.missing, ['2022-03']);
  assert.equal(result.needed, 2);
  assert.equal(result.available, 1);
});

test('a missing month inside the series makes the change incomplete, never a smaller number', () => {
  const gappy = monthlySeries([...series].filter(([month]) => month !== '2024-02'));
  const result = periodChange(gappy, quarterPeriod(2023, 4), 'previous_period');
  assert.equal(result.status, 'incomplete');
  assert.deepEqual(result.status === 'incomplete' && result.missing, ['2024-02']);
  const volume = periodVolume(gappy, quarterPeriod(2023, 4));
  assert.equal(volume.status, 'incomplete');
  // A period after the series' end is incomplete too: its months are missing.
  const future = periodVolume(series, monthPeriod('2024-04'));
  assert.deepEqual(future.status === 'incomplete' && future.missing, ['2024-04']);
});

test('a zero base gives a difference but no percentage', () => {
  const homicides = monthlySeries([
    ['2023-03', 0],
    ['2024-03', 3],
  ]);
  const result = periodChange(homicides, monthPeriod('2024-03'), 'same_period_year_earlier');
  assert.equal(result.status === 'complete' && result.difference, 3);
  assert.equal(result.status === 'complete' && result.percent, null);
});

test('periodComparison reports the volume and both changes', () => {
  const comparison = periodComparison(series, quarterPeriod(2023, 4));
  assert.equal(comparison.volume.status === 'complete' && comparison.volume.value, 366);
  assert.equal(comparison.onPreviousPeriod.basePeriod.label, 'Q3 2023/24');
  assert.equal(comparison.onSamePeriodYearEarlier.basePeriod.label, 'Q4 2022/23');
});

test('property: current = base + difference, and the percentage has the sign of the difference', () => {
  fc.assert(
    fc.property(fc.nat(100_000), fc.nat(100_000), (current, base) => {
      const change = changeBetween(current, base);
      assert.equal(base + change.difference, current);
      if (base === 0) assert.equal(change.percent, null);
      else assert.equal(Math.sign(change.percent!), Math.sign(change.difference));
    }),
    { seed: 5, numRuns: 1000 },
  );
});

test('property: a period volume is the sum of its months, and the quarters of a year add up to the year', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(1000), { minLength: 12, maxLength: 12 }), (values) => {
      const year = monthlySeries(monthRange('2023-04', '2024-03').map((m, i) => [m, values[i]!]));
      const quarters = ([1, 2, 3, 4] as const).map((q) => periodVolume(year, quarterPeriod(2023, q)));
      const total = periodVolume(year, financialYearPeriod(2023));
      const quarterSum = quarters.reduce(
        (acc, q) => acc + (q.status === 'complete' ? q.value : Number.NaN),
        0,
      );
      assert.equal(total.status === 'complete' && total.value, quarterSum);
    }),
    { seed: 6, numRuns: 300 },
  );
});
