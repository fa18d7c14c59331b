/** Properties of SPC that hold for any series (fast-check, seeded so a failure can be replayed). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { computeSpc, type SpcInputPoint } from '../../src/stats/spc/index.js';

const RUNS = { seed: 20240620, numRuns: 300 };

function monthly(values: readonly number[]): SpcInputPoint[] {
  return values.map((value, i) => ({
    date: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    value,
  }));
}

/** Counts as police series have them: whole numbers, with ties and runs likely. */
const series = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 60 });
const settings = fc.record({
  screenOutliers: fc.boolean(),
  fixAfterNPoints: fc.constantFrom(null, 12, 20),
  shiftLength: fc.integer({ min: 6, max: 9 }),
  trendLength: fc.integer({ min: 6, max: 9 }),
});

test('the limits are symmetric about the mean, and the close lines lie inside them', () => {
  fc.assert(
    fc.property(series, settings, (values, options) => {
      for (const p of computeSpc(monthly(values), options).points) {
        assert.ok(Math.abs(p.upl - p.mean - (p.mean - p.lpl)) <= 1e-9 * Math.max(1, Math.abs(p.mean)));
        assert.ok(p.lpl <= p.mean && p.mean <= p.upl);
        assert.ok(!(p.outsideLimits && p.closeToLimits));
      }
    }),
    RUNS,
  );
});

test('a constant series has no signals, whatever the settings', () => {
  fc.assert(
    fc.property(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: 2, max: 50 }),
      settings,
      (c, n, o) => {
        const result = computeSpc(monthly(Array(n).fill(c)), o);
        assert.deepEqual(result.signals, []);
        assert.ok(
          result.points.every((p) => p.pointType === 'common_cause' && p.lpl === p.mean && p.upl === p.mean),
        );
        assert.equal(result.variation?.icon, 'common_cause');
      },
    ),
    RUNS,
  );
});

test('reversing the improvement direction swaps improvement and concern and nothing else', () => {
  const swap = {
    special_cause_improvement: 'special_cause_concern',
    special_cause_concern: 'special_cause_improvement',
  };
  fc.assert(
    fc.property(series, settings, (values, options) => {
      const up = computeSpc(monthly(values), { ...options, improvementDirection: 'increase' });
      const down = computeSpc(monthly(values), { ...options, improvementDirection: 'decrease' });
      up.points.forEach((p, i) => {
        const q = down.points[i]!;
        assert.equal(q.specialCauseType, p.specialCauseType);
        assert.equal(q.pointType, swap[p.pointType as keyof typeof swap] ?? p.pointType);
      });
      down.signals.forEach((s, i) => {
        const meaning = up.signals[i]!.meaning;
        assert.equal(s.meaning, meaning === 'improvement' ? 'concern' : 'improvement');
      });
    }),
    RUNS,
  );
});

test('scaling the values by a power of two scales the mean and limits exactly and keeps every signal', () => {
  fc.assert(
    fc.property(series, settings, fc.integer({ min: -8, max: 8 }), (values, options, power) => {
      const k = 2 ** power;
      const base = computeSpc(monthly(values), options);
      const scaled = computeSpc(monthly(values.map((v) => v * k)), options);
      base.points.forEach((p, i) => {
        const q = scaled.points[i]!;
        assert.ok(Math.abs(q.mean - p.mean * k) <= 1e-12 * Math.max(1, Math.abs(p.mean * k)));
        assert.ok(Math.abs(q.upl - p.upl * k) <= 1e-12 * Math.max(1, Math.abs(p.upl * k)));
        assert.equal(q.specialCauseType, p.specialCauseType);
      });
    }),
    RUNS,
  );
});

test('any positive scale factor scales the limits (to rounding)', () => {
  fc.assert(
    fc.property(series, fc.double({ min: 0.001, max: 1000, noNaN: true }), (values, k) => {
      const base = computeSpc(monthly(values)).groups[0]!;
      const scaled = computeSpc(monthly(values.map((v) => v * k))).groups[0]!;
      for (const key of ['mean', 'lpl', 'upl'] as const) {
        assert.ok(Math.abs(scaled[key] - base[key] * k) <= 1e-9 * Math.max(1, Math.abs(base[key] * k)), key);
      }
    }),
    RUNS,
  );
});

test('a shorter shift length flags every point a longer one flags', () => {
  fc.assert(
    fc.property(series, (values) => {
      const six = computeSpc(monthly(values), { shiftLength: 6 }).points;
      const seven = computeSpc(monthly(values), { shiftLength: 7 }).points;
      seven.forEach((p, i) => {
        if (p.rulesFired.includes('shift')) assert.ok(six[i]!.rulesFired.includes('shift'));
      });
    }),
    RUNS,
  );
});

test('every flagged point is covered by a signal of one of its rules, and every signal point is flagged', () => {
  fc.assert(
    fc.property(series, settings, (values, options) => {
      const result = computeSpc(monthly(values), options);
      const covered = new Map<number, Set<string>>();
      for (const s of result.signals) {
        for (const i of s.pointIndices) covered.set(i, (covered.get(i) ?? new Set()).add(s.rule));
      }
      for (const p of result.points) {
        assert.deepEqual(new Set(p.rulesFired), covered.get(p.index) ?? new Set());
        assert.equal(p.specialCauseFlag, p.rulesFired.length > 0);
      }
    }),
    RUNS,
  );
});
