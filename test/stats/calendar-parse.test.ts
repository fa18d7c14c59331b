import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ScrutinyError } from '../../src/errors/problem.js';
import {
  financialYearPeriod,
  makeMonth,
  monthPeriod,
  parsePeriod,
  periodContaining,
  quarterPeriod,
  readPeriodLabel,
  rolling12Period,
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
    fc.property(month, fc.constantFrom('month', 'quarter', 'financial_year', 'rolling_12'), (m, kind) => {
      const period = periodContaining(kind, m);
      assert.deepEqual(parsePeriod(period.label), period);
    }),
    { seed: 42, numRuns: 400 },
  );
});
