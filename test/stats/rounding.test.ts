import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { changeBetween } from '../../src/stats/change.js';
import {
  countInProse,
  formatAverage,
  formatCount,
  formatCountChange,
  formatOutcomeRate,
  formatPercentagePointChange,
  formatPercentChange,
  formatSatisfactionRate,
  parsePercentChange,
  roundHalfAwayFromZero,
} from '../../src/stats/rounding.js';

test('half away from zero, on the decimal the reader sees', () => {
  assert.equal(roundHalfAwayFromZero(2.5), 3);
  assert.equal(roundHalfAwayFromZero(-2.5), -3);
  assert.equal(roundHalfAwayFromZero(12.5), 13);
  assert.equal(roundHalfAwayFromZero(2.25, 1), 2.3);
  assert.equal(roundHalfAwayFromZero(-2.25, 1), -2.3);
  assert.equal(roundHalfAwayFromZero(1.005, 2), 1.01);
  assert.equal(roundHalfAwayFromZero(0.15, 1), 0.2);
  assert.equal(roundHalfAwayFromZero(2.449, 1), 2.4);
  assert.equal(roundHalfAwayFromZero(-0.04, 1), 0);
  assert.equal(Object.is(roundHalfAwayFromZero(-0.04, 1), -0), false);
  assert.equal(roundHalfAwayFromZero(1e-9, 1), 0);
});

const ONE_DECIMAL = { decimalsBelow10: 1 } as const;

test("the reference report's changes are reproduced from its counts", () => {
  // March 2024 violence with injury n=369 on the previous month: +2.5% means 360 before. The
  // report writes it with one decimal (the 'one_decimal' style); its other changes under 10% are
  // whole numbers, the house style: '+3%', '+5%', '-2%', '-5%', '-6%'.
  assert.equal(formatPercentChange(changeBetween(369, 360).percent!, ONE_DECIMAL), '+2.5%');
  assert.equal(formatPercentChange(changeBetween(369, 360).percent!), '+3%');
  // Robbery March 2024 n=40 on 25: +60%.
  assert.equal(formatPercentChange(changeBetween(40, 25).percent!), '+60%');
  // Vehicle 2023/24 n=4,090 on 4,701: -12.996…% is written -13%.
  assert.equal(formatPercentChange(changeBetween(4090, 4701).percent!), '-13%');
  // Business robbery n=9 on 13: -30.77% is -31%.
  assert.equal(formatPercentChange(changeBetween(9, 13).percent!), '-31%');
  // Violence with injury 2023/24 n=4,855 on 4,714: +2.99% is +3% (one decimal, '.0' dropped).
  assert.equal(formatPercentChange(changeBetween(4855, 4714).percent!, ONE_DECIMAL), '+3%');
  assert.equal(formatPercentChange(changeBetween(4855, 4714).percent!), '+3%');
});

test("the house style (the default) writes whole percentages, as the office's statements do", () => {
  // The four changes the issue quotes: one decimal wrote '+5.2%', '-4.5%', '-6.4%', '+0.8%'.
  const written = [5.2, -4.5, -6.4, 0.8].map((p) => formatPercentChange(p));
  assert.deepEqual(written, ['+5%', '-5%', '-6%', '+1%']);
  assert.deepEqual(
    [5.2, -4.5, -6.4, 0.8].map((p) => formatPercentChange(p, ONE_DECIMAL)),
    ['+5.2%', '-4.5%', '-6.4%', '+0.8%'],
  );
  assert.equal(formatPercentChange(0.4), '+0%');
  assert.equal(formatPercentChange(12.5), '+13%');
  assert.equal(formatCount(4855, ''), '4855');
  assert.equal(formatCountChange(-1250, { separator: '' }), '-1250');
});

test("percentage changes in 'one_decimal': one decimal below 10, whole numbers from 10, signs always, no change at 0", () => {
  const write = (p: number) => formatPercentChange(p, ONE_DECIMAL);
  assert.equal(write(0), 'no change');
  assert.equal(write(2.5), '+2.5%');
  assert.equal(write(-5), '-5%');
  assert.equal(write(9.94), '+9.9%');
  assert.equal(write(9.95), '+10%');
  assert.equal(write(10), '+10%');
  assert.equal(write(12.5), '+13%');
  assert.equal(write(-12.5), '-13%');
  assert.equal(write(0.04), '+0%');
  assert.equal(write(-0.05), '-0.1%');
  assert.equal(write(1234.5), '+1235%');
  assert.equal(formatPercentChange(-20, { minus: '−' }), '−20%');
});

test('rates: outcome rates to one decimal with .0 kept, satisfaction to whole numbers', () => {
  assert.equal(formatOutcomeRate(0.214), '21.4%');
  assert.equal(formatOutcomeRate(0.07), '7.0%');
  assert.equal(formatOutcomeRate(0.0745), '7.5%');
  assert.equal(formatOutcomeRate(87 / 406), '21.4%');
  assert.equal(formatSatisfactionRate(0.75), '75%');
  assert.equal(formatSatisfactionRate(0.825), '83%');
  assert.equal(formatSatisfactionRate(1), '100%');
});

test('percentage point changes for rates', () => {
  assert.equal(formatPercentagePointChange(3), '+3.0 percentage points');
  assert.equal(formatPercentagePointChange(-1.25), '-1.3 percentage points');
  assert.equal(formatPercentagePointChange(0), 'no change');
});

test('counts with thousands separators; differences signed', () => {
  assert.equal(formatCount(4855), '4,855');
  assert.equal(formatCount(369), '369');
  assert.equal(formatCount(1234567), '1,234,567');
  assert.equal(formatCount(0), '0');
  assert.equal(formatAverage(352.3333), '352.3');
  assert.equal(formatAverage(1107), '1,107.0');
  assert.equal(formatCountChange(11), '+11');
  assert.equal(formatCountChange(-1250), '-1,250');
  assert.equal(formatCountChange(0), '0');
});

test('counts in prose: no, one to nine in words, 10 and above in digits', () => {
  assert.equal(countInProse(0), 'no');
  assert.equal(countInProse(0, 'zero'), 'zero');
  assert.equal(countInProse(5), 'five');
  assert.equal(countInProse(4), 'four');
  assert.equal(countInProse(9), 'nine');
  assert.equal(countInProse(10), '10');
  assert.equal(countInProse(1107), '1,107');
  assert.throws(() => countInProse(-1), RangeError);
  assert.throws(() => countInProse(2.5), RangeError);
});

const percent = fc.double({ min: -5000, max: 5000, noNaN: true, noDefaultInfinity: true });

test('property: the written change is within half a unit of the number, with its sign', () => {
  fc.assert(
    fc.property(percent, fc.constantFrom(0 as const, 1 as const), (x, decimalsBelow10) => {
      const text = formatPercentChange(x, { decimalsBelow10 });
      const back = parsePercentChange(text);
      const halfUnit = Math.abs(x) < 10 && decimalsBelow10 === 1 ? 0.05 : 0.5;
      assert.ok(Math.abs(back - x) <= halfUnit + 1e-9, `${x} written ${text}`);
      if (x === 0) assert.equal(text, 'no change');
      else assert.equal(text.startsWith(x > 0 ? '+' : '-'), true, `${x} written ${text}`);
    }),
    { seed: 31, numRuns: 2000 },
  );
});

test('property: writing is monotone (a larger change is never written as a smaller one)', () => {
  fc.assert(
    fc.property(percent, percent, (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      assert.ok(
        parsePercentChange(formatPercentChange(low)) <= parsePercentChange(formatPercentChange(high)),
      );
    }),
    { seed: 32, numRuns: 2000 },
  );
});

test('property: rounding is symmetric about zero and idempotent', () => {
  fc.assert(
    fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
      const r = roundHalfAwayFromZero(x, d);
      assert.equal(roundHalfAwayFromZero(-x, d), r === 0 ? 0 : -r);
      assert.equal(roundHalfAwayFromZero(r, d), r);
      assert.ok(Math.abs(r - x) <= 0.5 * 10 ** -d + 1e-9);
    }),
    { seed: 33, numRuns: 2000 },
  );
});
