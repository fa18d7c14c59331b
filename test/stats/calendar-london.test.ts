import assert from 'node:assert/strict';
import { test } from 'node:test';
import { londonMonthOfInstant, londonMonthOfTimestamp } from '../../src/stats/calendar.js';

// 2024: BST began at 01:00 UTC on Sunday 31 March and ended at 01:00 UTC on Sunday 27 October.
// 2023: BST ended at 01:00 UTC on Sunday 29 October. GMT is UTC+0, BST is UTC+1.

test('an instant late on the last evening of March in BST falls in April in London', () => {
  assert.equal(londonMonthOfTimestamp('2024-03-31T23:30:00Z'), '2024-04');
  assert.equal(londonMonthOfTimestamp('2024-03-31T23:30:00+00:00'), '2024-04');
  assert.equal(londonMonthOfTimestamp('2024-03-31T22:59:59Z'), '2024-03');
  assert.equal(londonMonthOfTimestamp('2024-03-31T23:00:00Z'), '2024-04');
});

test('at the end of October in GMT, UTC and London agree', () => {
  // 27 October 2024 the clocks went back, so 31 October 23:30Z is 23:30 GMT: still October.
  assert.equal(londonMonthOfTimestamp('2024-10-31T23:30:00Z'), '2024-10');
  // The same time written with a +01:00 offset is 22:30Z: October too.
  assert.equal(londonMonthOfTimestamp('2024-10-31T23:30:00+01:00'), '2024-10');
});

test('the clock changes themselves (last Sunday of March and of October)', () => {
  // 00:59Z on 31 March 2024 is 00:59 GMT; 01:00Z is 02:00 BST: same day, same month.
  assert.equal(londonMonthOfTimestamp('2024-03-31T00:59:00Z'), '2024-03');
  assert.equal(londonMonthOfTimestamp('2024-03-31T01:00:00Z'), '2024-03');
  // An instant just before the October change, in BST: 2023-09-30T23:30Z is 00:30 BST on 1 October.
  assert.equal(londonMonthOfTimestamp('2023-09-30T23:30:00Z'), '2023-10');
  // 29 October 2023 01:00Z the clocks went back; 2023-10-31T23:30Z is GMT, October.
  assert.equal(londonMonthOfTimestamp('2023-10-31T23:30:00Z'), '2023-10');
});

test('month ends in winter are unaffected: 31 December 23:30Z is still December', () => {
  assert.equal(londonMonthOfTimestamp('2023-12-31T23:30:00Z'), '2023-12');
  assert.equal(londonMonthOfInstant(new Date(Date.UTC(2023, 11, 31, 23, 30))), '2023-12');
  assert.equal(londonMonthOfInstant(new Date(Date.UTC(2024, 4, 31, 23, 30))), '2024-06');
});

test('offsets from elsewhere are honoured: +05:30 and -05:00', () => {
  // 2024-05-01T03:00+05:30 is 2024-04-30T21:30Z, 22:30 BST: April.
  assert.equal(londonMonthOfTimestamp('2024-05-01T03:00:00+05:30'), '2024-04');
  // 2024-04-30T19:30-05:00 is 2024-05-01T00:30Z, 01:30 BST: May.
  assert.equal(londonMonthOfTimestamp('2024-04-30T19:30:00-05:00'), '2024-05');
  assert.equal(londonMonthOfTimestamp('2024-04-30T19:30:00-0500'), '2024-05');
  assert.equal(londonMonthOfTimestamp('2024-04-30T19:30:00-05'), '2024-05');
});

test('a timestamp without an offset is London wall-clock time already', () => {
  assert.equal(londonMonthOfTimestamp('2024-03-31T23:30:00'), '2024-03');
  assert.equal(londonMonthOfTimestamp('2024-03-31 23:30'), '2024-03');
  assert.equal(londonMonthOfTimestamp('2024-03-31'), '2024-03');
  assert.equal(londonMonthOfTimestamp('2024-03-31T23:30:00.123'), '2024-03');
});

test('the answer does not depend on the process time zone', () => {
  const before = process.env.TZ;
  try {
    process.env.TZ = 'America/Los_Angeles';
    assert.equal(londonMonthOfTimestamp('2024-03-31T23:30:00Z'), '2024-04');
    assert.equal(londonMonthOfInstant(new Date('2024-03-31T23:30:00Z')), '2024-04');
  } finally {
    process.env.TZ = before;
  }
});

test('text that is not a timestamp, or a day that does not exist, gives undefined', () => {
  assert.equal(londonMonthOfTimestamp('31/03/2024'), undefined);
  assert.equal(londonMonthOfTimestamp('2024-02-30T10:00:00Z'), undefined);
  assert.equal(londonMonthOfTimestamp('2023-02-29'), undefined);
  assert.equal(londonMonthOfTimestamp('2024-02-29'), '2024-02');
  assert.equal(londonMonthOfTimestamp('2024-03-31T24:30:00Z'), undefined);
  assert.equal(londonMonthOfTimestamp('2024-03-31T23:30:00+15:00'), undefined);
  assert.equal(londonMonthOfTimestamp(''), undefined);
  assert.throws(() => londonMonthOfInstant(new Date('nonsense')), RangeError);
});
