import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatCount,
  formatGeneratedAt,
  formatNumber,
  formatPercent,
  isInstant,
  isMonth,
  monthLong,
  monthShort,
  monthUtc,
} from '../../src/document/format.js';

test('counts have thousands separators and round half away from zero', () => {
  assert.equal(formatCount(4855), '4,855');
  assert.equal(formatCount(1234567), '1,234,567');
  assert.equal(formatCount(2.5), '3');
  assert.equal(formatCount(-2.5), '-3');
});

test('percentages and derived numbers keep the stated decimals', () => {
  assert.equal(formatPercent(21.4), '21.4%');
  assert.equal(formatPercent(7), '7.0%');
  assert.equal(formatPercent(75, 0), '75%');
  // 0.125 is exact in binary, so this is a true half: away from zero.
  assert.equal(formatNumber(0.125, 2), '0.13');
  assert.equal(formatNumber(1107.25, 1), '1,107.3');
});

test('months are written the house way', () => {
  assert.equal(monthLong('2024-03'), 'March 2024');
  assert.equal(monthShort('2023-09'), 'Sep 2023');
  assert.ok(isMonth('2024-12'));
  assert.ok(!isMonth('2024-13'));
  assert.ok(!isMonth('2024-3'));
  assert.equal(monthUtc('2024-04'), Date.UTC(2024, 3, 1));
});

test('the generation time is shown in London time on both sides of the clock change', () => {
  // British Summer Time: 08:30 UTC is 09:30 in London.
  assert.equal(formatGeneratedAt('2024-06-20T08:30:00Z'), '20 June 2024 at 09:30');
  // Greenwich Mean Time: 08:30 UTC is 08:30 in London.
  assert.equal(formatGeneratedAt('2024-01-15T08:30:00Z'), '15 January 2024 at 08:30');
  // 00:30 UTC on the day the clocks went forward (31 March 2024, 01:00 UTC) is still GMT.
  assert.equal(formatGeneratedAt('2024-03-31T00:30:00Z'), '31 March 2024 at 00:30');
  assert.equal(formatGeneratedAt('2024-03-31T01:30:00Z'), '31 March 2024 at 02:30');
  // An offset in the input is honoured: 23:30 in New York is 04:30 next day in London (BST).
  assert.equal(formatGeneratedAt('2024-06-20T23:30:00-04:00'), '21 June 2024 at 04:30');
});

test('an instant needs an offset or Z', () => {
  assert.ok(isInstant('2024-06-20T09:30:00+01:00'));
  assert.ok(isInstant('2024-06-20T08:30Z'));
  assert.ok(!isInstant('2024-06-20T09:30:00'));
  assert.ok(!isInstant('20 June 2024'));
});
