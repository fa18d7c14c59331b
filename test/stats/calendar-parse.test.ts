import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ScrutinyError } from '../../src/errors/problem.js';
import {
  completeQuarterUpTo,
  financialYearPeriod,
  makeMonth,
  monthPeriod,
  monthRangePeriod,
  parsePeriod,
  periodContaining,
  previousPeriod,
  quarterPeriod,
  readPeriodLabel,
  rolling12Period,
  samePeriodYearEarlier,
  yearToDatePeriod,
} from '../../src/stats/calendar.js';

test('each accepted label form reads as its period', () => {
  assert.deepEqual(parsePeriod('Q4 2023/24'), quarterPeriod(2023, 4));
  assert.deepEqual(parsePeriod('q1 2024/25'), quarterPeriod(2024, 1));
  assert.deepEqual(parsePeriod('2023/24'), financialYearPeriod(2023));
  assert.deepEqual(parsePeriod('1999/00'), financialYearPeriod(1999));
  assert.deepEqual(parsePeriod('2024-03'), monthPeriod('2024-03'));
  assert.deepEqual(parsePeriod('March 2024'), monthPeriod('2024-03'));
  assert.deepEqual(parsePeriod('  mar   2024 '), monthPeriod('2024-03'));
  assert.deepEqual(parsePeriod('Sept 2023'), monthPeriod('2023-09'));
  assert.deepEqual(parsePeriod('12 months to 2024-03'), rolling12Period('2024-03'));
  assert.deepEqual(parsePeriod('12 Months to March 2024'), rolling12Period('2024-03'));
});

test('the financial quarter label has the right months', () => {
  const q4 = parsePeriod('Q4 2023/24');
  assert.equal(q4.first, '2024-01');
  assert.equal(q4.last, '2024-03');
});

test('an unreadable label is a Problem naming the field, the forms accepted and what was found', () => {
  assert.throws(
    () => parsePeriod('2023-24', '--period'),
    (error: unknown) => {
      assert.ok(error instanceof ScrutinyError);
      const [problem] = error.problems;
      assert.equal(problem?.code, 'stats.period-unparsable');
      assert.equal(problem?.field, '--period');
      assert.equal(problem?.found, '"2023-24"');
      assert.match(problem?.expected ?? '', /Q4 2023\/24/);
      return true;
    },
  );
  for (const bad of ['Q5 2023/24', 'Marchember 2024', '2024-13', '6 months to 2024-03', '', 'Q4']) {
    assert.equal(readPeriodLabel(bad).ok, false, bad);
  }
});

test('a financial year whose years do not follow each other says so', () => {
  assert.deepEqual(readPeriodLabel('2023/25'), { ok: false, reason: 'financial_year_not_consecutive' });
  assert.throws(
    () => parsePeriod('Q2 2023/23'),
    (error: unknown) =>
      error instanceof ScrutinyError && error.problems[0]?.code === 'stats.financial-year-not-consecutive',
  );
});

test('property: every period reads back from its own label', () => {
  const month = fc
    .record({ year: fc.integer({ min: 1990, max: 2090 }), n: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, n }) => makeMonth(year, n));
  fc.assert(
    fc.property(
      month,
      fc.constantFrom('month', 'quarter', 'financial_year', 'rolling_12', 'year_to_date' as const),
      (m, kind) => {
        const period = periodContaining(kind, m);
        assert.deepEqual(parsePeriod(period.label), period);
      },
    ),
    { seed: 42, numRuns: 400 },
  );
});

test('the forms people say: Q3 2025-26, the folder spelling, FY 2025/26, runs of months', () => {
  assert.deepEqual(parsePeriod('Q3 2025-26'), quarterPeriod(2025, 3));
  assert.deepEqual(parsePeriod('Q3 2025/26'), quarterPeriod(2025, 3));
  assert.deepEqual(parsePeriod('q3 fy 2025/26'), quarterPeriod(2025, 3));
  assert.deepEqual(parsePeriod('2025-26-Q3'), quarterPeriod(2025, 3));
  assert.deepEqual(parsePeriod('FY 2025/26'), financialYearPeriod(2025));
  assert.deepEqual(parsePeriod('fy2025-26'), financialYearPeriod(2025));
  assert.deepEqual(parsePeriod('Financial year 2025/26'), financialYearPeriod(2025));
  assert.deepEqual(parsePeriod('December 2025'), monthPeriod('2025-12'));
  const nineMonths = parsePeriod('2025-04..2025-12');
  assert.deepEqual(nineMonths, {
    kind: 'range',
    first: '2025-04',
    last: '2025-12',
    label: 'April 2025 to December 2025',
  });
  assert.deepEqual(parsePeriod('April to December 2025'), nineMonths);
  assert.deepEqual(parsePeriod('Apr 2025 - Dec 2025'.replace(' - ', '..')), nineMonths);
  // November before February crosses the new year.
  assert.equal(parsePeriod('November to February 2024').first, '2023-11');
  // A run that is exactly a quarter or a year is that period, compared as one.
  assert.deepEqual(parsePeriod('2025-10..2025-12'), quarterPeriod(2025, 3));
  assert.deepEqual(parsePeriod('2025-04..2026-03'), financialYearPeriod(2025));
  assert.deepEqual(parsePeriod('2025-06..2025-06'), monthPeriod('2025-06'));
  // Still refused: the bare '2025-26' (December 2025? 2025/26?), a backwards run.
  assert.equal(readPeriodLabel('2011-12').ok, true, 'a month');
  assert.equal(readPeriodLabel('2025-26').ok, false);
  assert.deepEqual(readPeriodLabel('2025-12..2025-04'), { ok: false, reason: 'range_backwards' });
});

test('financial year to date: FYTD needs the latest month of data; a running year is the year so far', () => {
  const context = { latestMonth: '2025-11' };
  const soFar = yearToDatePeriod('2025-11');
  assert.deepEqual(soFar, {
    kind: 'year_to_date',
    first: '2025-04',
    last: '2025-11',
    label: '2025/26 to November 2025',
  });
  for (const form of ['FYTD', 'ytd', 'financial year to date', 'year to date', '2025/26 to date', '2025/26'])
    assert.deepEqual(parsePeriod(form, '--period', context), soFar, form);
  assert.deepEqual(parsePeriod('FY 2025/26', '--period', context), soFar);
  // Its own label reads back without data; a finished year stays a whole year.
  assert.deepEqual(parsePeriod('2025/26 to November 2025'), soFar);
  assert.deepEqual(parsePeriod('2024/25', '--period', context), financialYearPeriod(2024));
  assert.deepEqual(parsePeriod('FYTD', '--period', { latestMonth: '2026-03' }), financialYearPeriod(2025));
  assert.deepEqual(readPeriodLabel('FYTD'), { ok: false, reason: 'needs_latest_month' });
  assert.deepEqual(readPeriodLabel('2025/26 to May 2026'), { ok: false, reason: 'month_outside_year' });
});

test('ranges and years to date compare with the months before and the same months a year earlier', () => {
  const soFar = yearToDatePeriod('2025-11');
  assert.deepEqual(samePeriodYearEarlier(soFar), yearToDatePeriod('2024-11'));
  assert.deepEqual(previousPeriod(soFar), monthRangePeriod('2024-08', '2025-03'));
  const run = monthRangePeriod('2025-02', '2025-06');
  assert.deepEqual(previousPeriod(run), monthRangePeriod('2024-09', '2025-01'));
  assert.deepEqual(samePeriodYearEarlier(run), monthRangePeriod('2024-02', '2024-06'));
});

test('the latest complete quarter of data ending in a month', () => {
  assert.equal(completeQuarterUpTo('2024-03').label, 'Q4 2023/24');
  assert.equal(completeQuarterUpTo('2024-02').label, 'Q3 2023/24');
  assert.equal(completeQuarterUpTo('2026-11').label, 'Q2 2026/27');
});

test('every failure names the forms accepted', () => {
  for (const [form, code] of [
    ['Q5 2023/24', 'stats.period-unparsable'],
    ['2025-12..2025-04', 'stats.period-range-backwards'],
    ['FYTD', 'stats.period-needs-data'],
    ['2025/26 to May 2026', 'stats.period-month-outside-year'],
  ] as const) {
    assert.throws(
      () => parsePeriod(form, '--period'),
      (e: unknown) => e instanceof ScrutinyError && e.problems[0]?.code === code,
      form,
    );
  }
  const problem = (() => {
    try {
      parsePeriod('Q5 2023/24', '--period');
    } catch (e) {
      return (e as ScrutinyError).problems[0];
    }
  })();
  for (const form of ['Q4 2023-24', 'FY 2023/24', 'FYTD', '2023-04..2023-12'])
    assert.ok(problem?.expected?.includes(form), form);
});
