import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addMonths,
  compareMonths,
  financialQuarterLabel,
  financialQuarterOf,
  financialYearLabel,
  financialYearOf,
  financialYearPeriod,
  isMonth,
  makeMonth,
  monthCount,
  monthName,
  monthPeriod,
  monthRange,
  monthsBetween,
  monthsOf,
  parsePeriod,
  periodContaining,
  previousPeriod,
  quarterPeriod,
  rolling12Period,
  samePeriod,
  samePeriodYearEarlier,
  samePeriodYearsEarlier,
} from '../../src/stats/calendar.js';

const monthArbitrary = fc
  .record({ year: fc.integer({ min: 1990, max: 2090 }), monthNumber: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, monthNumber }) => makeMonth(year, monthNumber));

test('months are YYYY-MM with months 01 to 12 only', () => {
  assert.equal(isMonth('2024-03'), true);
  assert.equal(isMonth('2024-12'), true);
  assert.equal(isMonth('2024-13'), false);
  assert.equal(isMonth('2024-00'), false);
  assert.equal(isMonth('2024-3'), false);
  assert.equal(isMonth('2024-03-01'), false);
  assert.throws(() => addMonths('March 2024', 1), RangeError);
});

test('adding and subtracting months crosses year ends', () => {
  assert.equal(addMonths('2024-01', -1), '2023-12');
  assert.equal(addMonths('2023-12', 1), '2024-01');
  assert.equal(addMonths('2024-03', -12), '2023-03');
  assert.equal(addMonths('2024-03', -36), '2021-03');
  assert.equal(addMonths('2024-03', 22), '2026-01');
  assert.equal(monthsBetween('2023-12', '2024-03'), 3);
  assert.equal(monthsBetween('2024-03', '2023-12'), -3);
  assert.deepEqual(monthRange('2023-11', '2024-02'), ['2023-11', '2023-12', '2024-01', '2024-02']);
  assert.deepEqual(monthRange('2024-02', '2023-11'), []);
});

test('month names read as the report writes them', () => {
  assert.equal(monthName('2024-03'), 'March 2024');
  assert.equal(monthName('2023-12'), 'December 2023');
});

test('the financial year runs April to March and is labelled 2023/24', () => {
  assert.equal(financialYearOf('2024-03'), 2023);
  assert.equal(financialYearOf('2024-04'), 2024);
  assert.equal(financialYearOf('2023-04'), 2023);
  assert.equal(financialYearLabel(2023), '2023/24');
  assert.equal(financialYearLabel(1999), '1999/00');
  assert.equal(financialYearLabel(2009), '2009/10');
});

test('financial quarters: Q1 is April to June, Q4 is January to March', () => {
  const quarters = monthRange('2023-04', '2024-03').map(financialQuarterOf);
  assert.deepEqual(quarters, [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  assert.equal(financialQuarterLabel(2023, 4), 'Q4 2023/24');
});

test('periods know their months and labels', () => {
  const q4 = quarterPeriod(2023, 4);
  assert.deepEqual(q4, { kind: 'quarter', first: '2024-01', last: '2024-03', label: 'Q4 2023/24' });
  assert.deepEqual(quarterPeriod(2023, 1), {
    kind: 'quarter',
    first: '2023-04',
    last: '2023-06',
    label: 'Q1 2023/24',
  });
  assert.deepEqual(financialYearPeriod(2023), {
    kind: 'financial_year',
    first: '2023-04',
    last: '2024-03',
    label: '2023/24',
  });
  assert.deepEqual(rolling12Period('2024-03'), {
    kind: 'rolling_12',
    first: '2023-04',
    last: '2024-03',
    label: '12 months to March 2024',
  });
  assert.deepEqual(monthPeriod('2024-03'), {
    kind: 'month',
    first: '2024-03',
    last: '2024-03',
    label: 'March 2024',
  });
  assert.deepEqual(monthsOf(q4), ['2024-01', '2024-02', '2024-03']);
  assert.equal(monthCount(financialYearPeriod(2023)), 12);
});

test('the previous period of the same kind', () => {
  assert.equal(previousPeriod(monthPeriod('2024-01')).label, 'December 2023');
  assert.equal(previousPeriod(quarterPeriod(2023, 1)).label, 'Q4 2022/23');
  assert.equal(previousPeriod(quarterPeriod(2023, 4)).label, 'Q3 2023/24');
  assert.equal(previousPeriod(financialYearPeriod(2023)).label, '2022/23');
  const rolling = previousPeriod(rolling12Period('2024-03'));
  assert.deepEqual([rolling.first, rolling.last], ['2022-04', '2023-03']);
});

test('the same period a year earlier', () => {
  assert.equal(samePeriodYearEarlier(monthPeriod('2024-03')).label, 'March 2023');
  assert.equal(samePeriodYearEarlier(quarterPeriod(2023, 4)).label, 'Q4 2022/23');
  assert.equal(samePeriodYearEarlier(financialYearPeriod(2023)).label, '2022/23');
  assert.equal(samePeriodYearEarlier(rolling12Period('2024-03')).label, '12 months to March 2023');
});

test('property: addMonths is invertible and agrees with monthsBetween', () => {
  fc.assert(
    fc.property(monthArbitrary, fc.integer({ min: -600, max: 600 }), (month, count) => {
      const moved = addMonths(month, count);
      assert.equal(isMonth(moved), true);
      assert.equal(addMonths(moved, -count), month);
      assert.equal(monthsBetween(month, moved), count);
      assert.equal(Math.sign(compareMonths(moved, month)), Math.sign(count));
      // String order is month order.
      assert.equal(moved > month, count > 0);
    }),
    { seed: 20240331, numRuns: 500 },
  );
});

test('property: every period holds its month, and the previous period ends the month before it starts', () => {
  fc.assert(
    fc.property(
      monthArbitrary,
      fc.constantFrom('month', 'quarter', 'financial_year', 'rolling_12'),
      (month, kind) => {
        const period = periodContaining(kind, month);
        assert.ok(period.first <= month && month <= period.last);
        const expectedLength = { month: 1, quarter: 3, financial_year: 12, rolling_12: 12 }[kind];
        assert.equal(monthCount(period), expectedLength);
        const previous = previousPeriod(period);
        assert.equal(previous.kind, kind);
        assert.equal(addMonths(previous.last, 1), period.first);
        const yearEarlier = samePeriodYearEarlier(period);
        assert.equal(monthsBetween(yearEarlier.first, period.first), 12);
        assert.equal(monthsBetween(yearEarlier.last, period.last), 12);
      },
    ),
    { seed: 7, numRuns: 500 },
  );
});

test('makeMonth checks its parts; samePeriod compares kind and months; years-earlier shifts by whole years', () => {
  assert.equal(makeMonth(2024, 3), '2024-03');
  assert.throws(() => makeMonth(2024, 13), RangeError);
  assert.throws(() => makeMonth(24, 1), RangeError);
  assert.equal(samePeriod(quarterPeriod(2023, 4), parsePeriod('Q4 2023/24')), true);
  // Same months, different kind: a financial year is not the rolling 12 months to March.
  assert.equal(samePeriod(financialYearPeriod(2023), rolling12Period('2024-03')), false);
  assert.equal(samePeriodYearsEarlier(quarterPeriod(2023, 4), 3).label, 'Q4 2020/21');
  assert.equal(samePeriodYearsEarlier(monthPeriod('2024-02'), 4).label, 'February 2020');
});
