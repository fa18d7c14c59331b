/** The value parsers the tabular formats share: dates, months, counts, financial years and quarters. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  parseCount,
  parseFinancialQuarter,
  parseFinancialYear,
  parseIsoDate,
  parseMonth,
  quarterStart,
} from '../../src/sources/spreadsheet/fieldValues.js';

test('ISO dates must be real calendar days', () => {
  assert.equal(parseIsoDate('2024-02-29'), '2024-02-29'); // leap year
  assert.equal(parseIsoDate('2023-02-29'), undefined);
  assert.equal(parseIsoDate('1900-02-29'), undefined); // century, not a leap year
  assert.equal(parseIsoDate('2000-02-29'), '2000-02-29');
  assert.equal(parseIsoDate('2024-04-31'), undefined);
  assert.equal(parseIsoDate('2024-13-01'), undefined);
  assert.equal(parseIsoDate('02/01/2024'), undefined);
  assert.equal(parseIsoDate('2024-1-05'), undefined);
  assert.equal(parseIsoDate('2024-01-05T10:00'), undefined);
});

test("months are 'YYYY-MM' and become the month's first day", () => {
  assert.equal(parseMonth('2025-01'), '2025-01-01');
  assert.equal(parseMonth('2025-13'), undefined);
  assert.equal(parseMonth('2025-00'), undefined);
  assert.equal(parseMonth('Jan 2025'), undefined);
  assert.equal(parseMonth('2025-01-01'), undefined);
});

test('counts are whole numbers 0 or more; grouped thousands are read; negatives are told apart', () => {
  assert.deepEqual(parseCount('0'), { count: 0 });
  assert.deepEqual(parseCount('1020'), { count: 1020 });
  assert.deepEqual(parseCount('1,020'), { count: 1020 });
  assert.deepEqual(parseCount('12,345,678'), { count: 12345678 });
  assert.deepEqual(parseCount('-3'), { error: 'negative' });
  assert.deepEqual(parseCount('1,02'), { error: 'not-a-count' });
  assert.deepEqual(parseCount('2.5'), { error: 'not-a-count' });
  assert.deepEqual(parseCount('n/a'), { error: 'not-a-count' });
  assert.deepEqual(parseCount('3000000000', 2_147_483_647), { error: 'not-a-count' });
});

test("financial years are '2023/24' with consecutive years; quarters 1-4 or Q1-Q4", () => {
  assert.equal(parseFinancialYear('2023/24'), 2023);
  assert.equal(parseFinancialYear('1999/00'), 1999);
  assert.equal(parseFinancialYear('2023/25'), undefined);
  assert.equal(parseFinancialYear('2023-24'), undefined);
  assert.equal(parseFinancialYear('2023'), undefined);
  assert.equal(parseFinancialQuarter('1'), 1);
  assert.equal(parseFinancialQuarter('Q4'), 4);
  assert.equal(parseFinancialQuarter('q2'), 2);
  assert.equal(parseFinancialQuarter('5'), undefined);
  assert.equal(parseFinancialQuarter('Q0'), undefined);
});

test('a financial quarter starts in April, July, October or the January after', () => {
  assert.equal(quarterStart(2023, 1), '2023-04-01');
  assert.equal(quarterStart(2023, 2), '2023-07-01');
  assert.equal(quarterStart(2023, 3), '2023-10-01');
  assert.equal(quarterStart(2023, 4), '2024-01-01');
});
