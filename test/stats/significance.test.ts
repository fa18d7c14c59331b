/** The exact test for two Poisson counts: hand-worked examples, large counts, bad input, properties. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ScrutinyError } from '../../src/errors/problem.js';
import { binomialTwoSidedPValue, compareCounts, logGamma } from '../../src/stats/significance.js';

const RUNS = { seed: 20240620, numRuns: 300 };

function near(actual: number, expected: number, relative = 1e-12): void {
  assert.ok(
    Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected)),
    `expected ${expected}, got ${actual}`,
  );
}

test('logGamma agrees with known values from small arguments to a hundred thousand', () => {
  near(logGamma(1), 0);
  near(logGamma(2), 0);
  near(logGamma(0.5), 0.5 * Math.log(Math.PI)); // Γ(1/2) = √π
  near(logGamma(10), Math.log(362880)); // 9!
  near(logGamma(100), 359.1342053695754); // ln 99!
  near(logGamma(14.5), 23.86276584168909); // either side of the switch to Stirling's series at 15
  near(logGamma(15), Math.log(87178291200)); // 14!
  near(logGamma(100001), 1051299.221899122, 1e-15); // ln 100000!
});

test('0 against 5 is not significant (p = 2/32); 0 against 6 is (p = 2/64)', () => {
  // With n = 5 and p = 1/2 the only outcomes as unlikely as 0 are 0 and 5, each (1/2)^5.
  const five = compareCounts({ previous: 0, current: 5 });
  near(five.pValue, 2 / 32);
  assert.equal(five.phraseKey, 'within_normal_variation');
  assert.equal(five.direction, 'increase');
  assert.equal(five.smallCounts, true);
  assert.equal(five.rateRatio, null);
  const six = compareCounts({ previous: 0, current: 6 });
  near(six.pValue, 2 / 64);
  assert.deepEqual([six.significant, six.phrase], [true, 'a statistically significant increase']);
});

test('a 50% rise from 4 to 6 is within normal variation (p = 2 × 386/1024)', () => {
  // P(X ≤ 4) for Binomial(10, 1/2) = (1 + 10 + 45 + 120 + 210) / 1024; doubled by symmetry.
  const r = compareCounts({ previous: 4, current: 6 });
  near(r.pValue, (2 * 386) / 1024);
  assert.equal(r.phrase, 'within normal variation');
  near(r.rateRatio!, 1.5);
});

test('25 against 40 is not significant at 0.05; 100 against 150 is', () => {
  // P(X ≤ 25) for Binomial(65, 1/2), doubled: 0.08168; for 100 of 250: 0.001883.
  const small = compareCounts({ previous: 25, current: 40 });
  near(small.pValue, 0.08168153394154003, 1e-10);
  assert.equal(small.significant, false);
  assert.equal(compareCounts({ previous: 25, current: 40 }, { alpha: 0.1 }).significant, true);
  const large = compareCounts({ previous: 150, current: 100 });
  near(large.pValue, 0.0018833009350761602, 1e-10);
  assert.deepEqual([large.phraseKey, large.smallCounts], ['significant_decrease', false]);
});

test('exposures: 3 in one month against 0 in two months is a significant fall (p = 1/27)', () => {
  // Previous share p = 1/3 of n = 3. P(X = 3) = 1/27; P(0) = 8/27, P(1) = 12/27, P(2) = 6/27 are all
  // more likely, so only the observed outcome counts.
  const r = compareCounts({ previous: 3, current: 0, previousExposure: 1, currentExposure: 2 });
  near(r.pValue, 1 / 27);
  assert.equal(r.phraseKey, 'significant_decrease');
  // Equal rates (1 per month, then 2 in two months) are no change at all.
  const same = compareCounts({ previous: 1, current: 2, previousExposure: 1, currentExposure: 2 });
  assert.deepEqual([same.pValue, same.direction, same.phraseKey], [1, 'none', 'within_normal_variation']);
});

test('counts in the tens of thousands stay exact: 20,000 against 20,400 and 20,300', () => {
  near(compareCounts({ previous: 20000, current: 20400 }).pValue, 0.04713209701042834, 1e-8);
  near(compareCounts({ previous: 20000, current: 20300 }).pValue, 0.13637447838816735, 1e-8);
  assert.equal(compareCounts({ previous: 20000, current: 20400 }).significant, true);
});

test('bad counts, exposures and levels are reported with their field', () => {
  try {
    compareCounts({ previous: 2.5, current: -1, currentExposure: 0 }, { alpha: 1, label: 'burglary' });
    assert.fail('expected a ScrutinyError');
  } catch (error) {
    assert.ok(error instanceof ScrutinyError);
    assert.deepEqual(
      error.problems.map((p) => [p.code, p.field]),
      [
        ['stats.count-invalid', 'burglary.previous'],
        ['stats.count-invalid', 'burglary.current'],
        ['stats.exposure-invalid', 'burglary.currentExposure'],
        ['stats.significance-level-invalid', 'burglary.alpha'],
      ],
    );
  }
});

const count = fc.integer({ min: 0, max: 400 });
const exposure = fc.integer({ min: 1, max: 12 });

test('the p-value lies in [0, 1], is 1 for equal counts, and does not change when the two are swapped', () => {
  fc.assert(
    fc.property(count, count, exposure, exposure, (a, b, s, t) => {
      const p = compareCounts({ previous: a, current: b, previousExposure: s, currentExposure: t }).pValue;
      assert.ok(p >= 0 && p <= 1);
      const swapped = compareCounts({
        previous: b,
        current: a,
        previousExposure: t,
        currentExposure: s,
      }).pValue;
      near(swapped, p, 1e-9);
      assert.equal(compareCounts({ previous: a, current: a }).pValue, 1);
    }),
    RUNS,
  );
});

test('the p-value is the definition summed in full: every outcome no more likely than the observed', () => {
  // An independent route: probabilities by the recurrence P(k+1) = P(k) (n−k)/(k+1) × p/q, summed
  // over all k; the implementation bisects and stops at negligible terms instead.
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 150 }), fc.double({ min: 0.2, max: 0.8, noNaN: true }), (n, p) => {
      const q = 1 - p;
      const probabilities = [q ** n];
      for (let k = 0; k < n; k++) probabilities.push((probabilities[k]! * (n - k) * p) / ((k + 1) * q));
      for (let x = 0; x <= n; x++) {
        const limit = probabilities[x]! * (1 + 1e-7);
        const direct = Math.min(
          1,
          probabilities.filter((d) => d <= limit).reduce((s, d) => s + d, 0),
        );
        near(x === n * p ? 1 : binomialTwoSidedPValue(x, n, p, q), direct, 1e-9);
      }
    }),
    { ...RUNS, numRuns: 100 },
  );
});

test('five events or fewer in two equal periods are never significant at 0.05', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), (a, b) => {
      fc.pre(a + b <= 5);
      assert.equal(compareCounts({ previous: a, current: b }).significant, false);
    }),
    RUNS,
  );
});
