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
import { monthlySeries } from '../../src/stats/series.js';
import {
  compareWithThreeYearAverage,
  comparisonPeriods,
  type ThreeYearAverage,
  threeYearAverage,
} from '../../src/stats/threeYearAverage.js';

/** April 2020 to March 2024 (48 months): month i holds 10 × i, plus 1000 in every March. */
const months = monthRange('2020-04', '2024-03');
const series = monthlySeries(months.map((m, i) => [m, 10 * i + (m.endsWith('-03') ? 1000 : 0)]));

function complete(result: ThreeYearAverage): ThreeYearAverage & { status: 'complete' } {
  assert.equal(result.status, 'complete', JSON.stringify(result));
  return result as ThreeYearAverage & { status: 'complete' };
}

test('default: the same month in the three previous years', () => {
  // March 2021 is i=11, March 2022 i=23, March 2023 i=35: 1110, 1230, 1350; mean 1230.
  const average = complete(threeYearAverage(series, monthPeriod('2024-03')));
  assert.equal(average.definition, 'same_month');
  assert.equal(average.label, 'mean of the same month in the three previous years');
  assert.deepEqual(
    average.comparisons.map((c) => [c.period.label, c.value]),
    [
      ['March 2021', 1110],
      ['March 2022', 1230],
      ['March 2023', 1350],
    ],
  );
  assert.equal(average.value, 1230);
});

test('option: the previous 36 months', () => {
  // March 2021 .. February 2024 are i = 11..46: 10 × (11+…+46) = 10 × 1026 = 10260, plus three Marches
  // (2021, 2022, 2023) of 1000: 13260; / 36 = 368.33…
  const average = complete(threeYearAverage(series, monthPeriod('2024-03'), 'previous_36_months'));
  assert.equal(average.label, 'mean month of the previous 36 months');
  assert.equal(average.comparisons.length, 36);
  assert.equal(average.comparisons[0]?.period.label, 'March 2021');
  assert.equal(average.comparisons[35]?.period.label, 'February 2024');
  assert.equal(average.value, 13260 / 36);
});

test('quarters: the same quarter in the three previous years, or the mean quarter of 36 months', () => {
  // Q4 2020/21 = Jan–Mar 2021 = i 9,10,11: 90+100+110+1000 = 1300; Q4 2021/22 = i 21..23: 1660; Q4 2022/23: 2020.
  const average = complete(threeYearAverage(series, quarterPeriod(2023, 4)));
  assert.deepEqual(
    average.comparisons.map((c) => c.value),
    [1300, 1660, 2020],
  );
  assert.equal(average.value, 1660);
  assert.equal(average.label, 'mean of the same quarter in the three previous years');
  const mean36 = complete(threeYearAverage(series, quarterPeriod(2023, 4), 'previous_36_months'));
  // Previous 12 quarters = Jan 2021 .. Dec 2023 = i 9..44: 10 × 954 = 9540 + 3000 = 12540; / 12 = 1045.
  assert.equal(mean36.comparisons.length, 12);
  assert.equal(mean36.value, 1045);
});

test('financial years: the three previous years, under either definition', () => {
  const available = monthlySeries(monthRange('2019-04', '2024-03').map((m) => [m, 1]));
  const same = complete(threeYearAverage(available, financialYearPeriod(2023)));
  const rolling = complete(threeYearAverage(available, financialYearPeriod(2023), 'previous_36_months'));
  assert.deepEqual(
    same.comparisons.map((c) => c.period.label),
    ['2020/21', '2021/22', '2022/23'],
  );
  assert.deepEqual(
    rolling.comparisons.map((c) => c.period.label),
    same.comparisons.map((c) => c.period.label),
  );
  assert.equal(same.value, 12);
  assert.equal(same.label, 'mean of the three previous financial years');
  const twelve = complete(threeYearAverage(available, rolling12Period('2024-03')));
  assert.equal(twelve.comparisons[0]?.period.label, '12 months to March 2021');
});

test('too little history gives not_enough_history, counted in periods for same_month', () => {
  // March 2023 needs March 2020, before the series starts in April 2020.
  const result = threeYearAverage(series, monthPeriod('2023-03'));
  assert.equal(result.status, 'not_enough_history');
  if (result.status !== 'not_enough_history') return;
  assert.equal(result.needed, 3);
  assert.equal(result.available, 2);
  assert.deepEqual(result.missing, ['2020-03']);
  assert.equal(result.label, 'mean of the same month in the three previous years');
  // The 36-month definition counts months: March 2023 needs March 2020 .. February 2023, 35 present.
  const months36 = threeYearAverage(series, monthPeriod('2023-03'), 'previous_36_months');
  assert.equal(months36.status === 'not_enough_history' && months36.needed, 36);
  assert.equal(months36.status === 'not_enough_history' && months36.available, 35);
});

test('a gap in the comparison months is incomplete, not an average of fewer values', () => {
  const gappy = monthlySeries([...series].filter(([m]) => m !== '2022-03'));
  const result = threeYearAverage(gappy, monthPeriod('2024-03'));
  assert.equal(result.status, 'incomplete');
  assert.deepEqual(result.status === 'incomplete' && result.missing, ['2022-03']);
});

test('in line: inside the range of the values averaged (default), or within a tolerance', () => {
  const average = complete(threeYearAverage(series, monthPeriod('2024-03'))); // 1110, 1230, 1350
  assert.deepEqual(compareWithThreeYearAverage(1110, average), {
    verdict: 'in_line',
    rule: { rule: 'range' },
    lower: 1110,
    upper: 1350,
  });
  assert.equal(compareWithThreeYearAverage(1350, average).verdict, 'in_line');
  assert.equal(compareWithThreeYearAverage(1351, average).verdict, 'above');
  assert.equal(compareWithThreeYearAverage(1109, average).verdict, 'below');
  const tolerance = { rule: 'tolerance', percent: 10 } as const;
  // 1230 ± 10 %: 1107 to 1353.
  const withTolerance = compareWithThreeYearAverage(1353, average, tolerance);
  assert.equal(withTolerance.verdict, 'in_line');
  assert.equal(withTolerance.lower, 1107);
  assert.equal(compareWithThreeYearAverage(1354, average, tolerance).verdict, 'above');
  assert.equal(compareWithThreeYearAverage(1106, average, tolerance).verdict, 'below');
});

test('comparison periods are oldest first', () => {
  assert.deepEqual(
    comparisonPeriods(monthPeriod('2024-03'), 'same_month').map((p) => p.label),
    ['March 2021', 'March 2022', 'March 2023'],
  );
});

test('property: the average lies within the range of what it averages, and a constant series averages to itself', () => {
  fc.assert(
    fc.property(
      fc.array(fc.nat(1000), { minLength: 48, maxLength: 48 }),
      fc.constantFrom('same_month', 'previous_36_months'),
      fc.integer({ min: 36, max: 47 }),
      (values, definition, index) => {
        const s = monthlySeries(months.map((m, i) => [m, values[i]!]));
        const average = complete(threeYearAverage(s, monthPeriod(months[index]!), definition));
        const compared = average.comparisons.map((c) => c.value);
        assert.ok(
          Math.min(...compared) <= average.value + 1e-9 && average.value <= Math.max(...compared) + 1e-9,
        );
        assert.equal(compareWithThreeYearAverage(average.value, average).verdict, 'in_line');
        const flat = monthlySeries(months.map((m) => [m, values[0]!]));
        assert.equal(
          complete(threeYearAverage(flat, monthPeriod(months[index]!), definition)).value,
          values[0],
        );
      },
    ),
    { seed: 9, numRuns: 200 },
  );
});
