/**
 * Hand-worked SPC examples that need no reference data: points on the mean, ties in a trend, a
 * baseline shorter than N, shift length 6 against 7, screening, fixing, rebasing, bad input.
 * Most series start with BASELINE: twelve points alternating 8 and 12, so mean = 10 exactly, every
 * moving range is 4, the limits are 10 ∓ 2.66 × 4 = −0.64 and 20.64, and the close lines are
 * 10 ∓ (2 × 2.66 / 3) × 4 = 2.9067 and 17.0933.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ScrutinyError } from '../../src/errors/problem.js';
import { computeSpc, type SpcInputPoint, spcDirection } from '../../src/stats/spc/index.js';

const BASELINE = [8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12];

function monthAt(i: number): string {
  return `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
function monthly(values: readonly number[]): SpcInputPoint[] {
  return values.map((value, i) => ({ date: monthAt(i), value }));
}
function flaggedFrom(values: readonly number[], from: number, options = {}): boolean[] {
  return computeSpc(monthly(values), options)
    .points.slice(from)
    .map((p) => p.specialCauseFlag);
}

test('the baseline gives the hand-worked mean and limits, and later points do not move them', () => {
  const result = computeSpc(monthly([...BASELINE, 50, 60, 70]));
  const p = result.points[14]!;
  assert.equal(p.mean, 10);
  assert.ok(Math.abs(p.upl - 20.64) < 1e-12 && Math.abs(p.lpl + 0.64) < 1e-12);
  assert.equal(result.groups[0]!.baselineN, 12);
  assert.deepEqual(
    result.points.map((q) => q.inBaseline),
    [...BASELINE.map(() => true), false, false, false],
  );
  assert.deepEqual(
    result.points.slice(12).map((q) => q.specialCauseType),
    ['above_upper_limit', 'above_upper_limit', 'above_upper_limit'],
  );
  assert.deepEqual(result.variation, { pointType: 'special_cause_improvement', icon: 'improvement_high' });
});

test('a point exactly on the mean is neither above nor below, and breaks a shift', () => {
  // 3 above, one on the mean (10), then 6 above: no run of 7 on one side.
  const values = [...BASELINE, 11, 11, 11, 10, 11, 11, 11, 11, 11, 11];
  const result = computeSpc(monthly(values));
  assert.equal(result.points[15]!.relativeToMean, 0);
  assert.deepEqual(flaggedFrom(values, 12), Array(10).fill(false));
  assert.deepEqual(result.signals, []);
  // One more point above makes 7 in a row: exactly those 7 are flagged, as 'shift_above'.
  const longer = [...values, 11];
  assert.deepEqual(flaggedFrom(longer, 12), [
    false,
    false,
    false,
    false,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
  const shift = computeSpc(monthly(longer)).signals;
  assert.equal(shift.length, 1);
  assert.deepEqual(
    {
      rule: shift[0]!.rule,
      first: shift[0]!.firstDate,
      last: shift[0]!.lastDate,
      n: shift[0]!.pointIndices.length,
    },
    { rule: 'shift', first: monthAt(16), last: monthAt(22), n: 7 },
  );
});

test('with a shift length of 6, six points on one side are a shift; with 7 they are not', () => {
  const values = [...BASELINE, 11, 11, 11, 10, 11, 11, 11, 11, 11, 11];
  assert.deepEqual(flaggedFrom(values, 16, { shiftLength: 6 }), Array(6).fill(true));
  assert.deepEqual(flaggedFrom(values, 16, { shiftLength: 7 }), Array(6).fill(false));
  assert.equal(computeSpc(monthly(values), { shiftLength: 6 }).points[21]!.specialCauseType, 'shift_above');
});

test('a tie inside a rising run breaks the trend; seven strictly rising points make one', () => {
  // After the baseline's last 12: 7, 8, 9, 9, 10.5, 11, 12: the repeated 9 leaves runs of 3 and 4.
  const tied = [...BASELINE, 7, 8, 9, 9, 10.5, 11, 12];
  assert.deepEqual(flaggedFrom(tied, 12), Array(7).fill(false));
  const rising = [...BASELINE, 7, 8, 9, 9.5, 10.5, 11, 12];
  const result = computeSpc(monthly(rising));
  assert.deepEqual(
    result.points.slice(12).map((p) => p.specialCauseType),
    Array(7).fill('trend_increasing'),
  );
  assert.equal(result.points[11]!.specialCauseFlag, false);
  // Under 'decrease' a rising trend is a concern, drawn with the 'concern_high' icon.
  const decrease = computeSpc(monthly(rising), { improvementDirection: 'decrease' });
  assert.deepEqual(decrease.variation, { pointType: 'special_cause_concern', icon: 'concern_high' });
  // A trend of 8 with trendLength 8 fires, 7 does not.
  assert.deepEqual(flaggedFrom(rising, 12, { trendLength: 8 }), Array(7).fill(false));
});

test('a rising and a falling trend that share their peak: the peak is labelled by the step after it', () => {
  const values = [...BASELINE, 4, 5, 6, 7, 8, 9, 10, 9.5, 9, 8.5, 8, 7.5, 7];
  const result = computeSpc(monthly(values));
  const types = result.points.slice(12).map((p) => p.specialCauseType);
  assert.deepEqual(types, [...Array(6).fill('trend_increasing'), ...Array(7).fill('trend_decreasing')]);
  const trends = result.signals.filter((s) => s.rule === 'trend');
  assert.deepEqual(
    trends.map((s) => [s.direction, s.firstIndex, s.lastIndex]),
    [
      ['up', 12, 18],
      ['down', 18, 24],
    ],
  );
});

test('two of three beyond two sigma on the same side: only the close points are flagged', () => {
  // 18 and 18.5 are close (above 17.0933, below 20.64); 12 between them is above the mean, not close.
  const values = [...BASELINE, 9, 18, 12, 18.5, 9];
  const result = computeSpc(monthly(values));
  assert.deepEqual(
    result.points.slice(12).map((p) => p.specialCauseType),
    ['common_cause', 'two_in_three_above', 'common_cause', 'two_in_three_above', 'common_cause'],
  );
  const [signal] = result.signals;
  assert.deepEqual(signal?.pointIndices, [13, 15]);
  // With the middle point below the mean the window is not all on one side: nothing is flagged.
  assert.deepEqual(flaggedFrom([...BASELINE, 9, 18, 9, 18.5, 9], 12), Array(5).fill(false));
});

test('a point below the lower limit is an improvement when lower is better, and concern otherwise', () => {
  const values = [...BASELINE, -1];
  assert.equal(computeSpc(monthly(values)).points[12]!.specialCauseType, 'below_lower_limit');
  assert.deepEqual(computeSpc(monthly(values), { improvementDirection: 'decrease' }).variation, {
    pointType: 'special_cause_improvement',
    icon: 'improvement_low',
  });
  assert.deepEqual(computeSpc(monthly(values)).variation, {
    pointType: 'special_cause_concern',
    icon: 'concern_low',
  });
  assert.deepEqual(computeSpc(monthly(values), { improvementDirection: 'neutral' }).variation, {
    pointType: 'special_cause_neutral_low',
    icon: 'neutral_low',
  });
});

test('a baseline shorter than N uses every point (trial limits) and warns; 13 points do not warn', () => {
  // mean = 100 / 8 = 12.5; moving ranges 2,1,2,1,2,1,2: mean 11/7; limits 12.5 ∓ 2.66 × 11/7.
  const short = computeSpc(monthly([10, 12, 11, 13, 12, 14, 13, 15]), { fixAfterNPoints: 12 });
  const g = short.groups[0]!;
  assert.equal(g.baselineN, 8);
  assert.equal(g.mean, 12.5);
  assert.ok(Math.abs(g.upl - (12.5 + (2.66 * 11) / 7)) < 1e-12);
  assert.equal(g.shortGroupWarning, true);
  assert.deepEqual(
    short.warnings.map((w) => [w.code, w.severity]),
    [['stats.spc-short-group', 'warning']],
  );
  assert.equal(computeSpc(monthly([...BASELINE])).warnings.length, 1, '12 points still warn (threshold 13)');
  assert.equal(computeSpc(monthly([...BASELINE, 10])).warnings.length, 0);
});

test('screening drops a moving range at or above 3.267 times the mean range before the limits', () => {
  // Moving ranges: ten of 1 and one of 30, mean 40/11 ≈ 3.636; 30 ≥ 3.267 × 3.636 is dropped,
  // leaving mean range 1. The mean (155/12) is never screened.
  const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 40];
  const screened = computeSpc(monthly(values)).groups[0]!;
  assert.ok(Math.abs(screened.upl - (155 / 12 + 2.66)) < 1e-12);
  const raw = computeSpc(monthly(values), { screenOutliers: false }).groups[0]!;
  assert.ok(Math.abs(raw.upl - (155 / 12 + (2.66 * 40) / 11)) < 1e-12);
});

test('rebasing starts a new group with its own limits; rules never run across the boundary', () => {
  // Group 0: the baseline then four points of 11 (above 10); group 1 starts at month 16 with its
  // own mean 30 and three points of 31: 4 + 3 above their means, but no shift, as the runs are split.
  const group1 = [28, 32, 28, 32, 28, 32, 28, 32, 28, 32, 28, 32];
  const values = [...BASELINE, 11, 11, 11, 11, ...group1, 31, 31, 31];
  const result = computeSpc(monthly(values), { rebase: [monthAt(16)], target: 25 });
  assert.deepEqual(
    result.groups.map((g) => [g.rebaseGroup, g.firstDate, g.n, g.mean]),
    [
      [0, monthAt(0), 16, 10],
      [1, monthAt(16), 15, 30],
    ],
  );
  assert.equal(result.points.filter((p) => p.specialCauseFlag).length, 0);
  // Assurance is judged on the latest limits (30 ∓ 10.64) and reported on the last group only.
  assert.deepEqual(
    result.groups.map((g) => g.assuranceType),
    [null, 'inconsistent'],
  );
  // A rebase on the very first date numbers the first group 1, as the package does.
  assert.equal(computeSpc(monthly(BASELINE), { rebase: [monthAt(0)] }).points[0]!.rebaseGroup, 1);
});

test('assurance: a target on a limit is hit and miss; beyond a limit it is pass or fail by direction', () => {
  const series = monthly([...BASELINE, 10]);
  const upl = computeSpc(series).points[0]!.upl;
  assert.equal(computeSpc(series, { target: upl }).assurance?.type, 'inconsistent');
  assert.equal(computeSpc(series, { target: 25 }).assurance?.icon, 'fail');
  assert.equal(computeSpc(series, { target: 25, improvementDirection: 'decrease' }).assurance?.icon, 'pass');
  assert.equal(computeSpc(series, { target: 25, improvementDirection: 'neutral' }).assurance, null);
  assert.equal(computeSpc(series).assurance, null);
});

test('a point that breaks several rules lists them all, in precedence order', () => {
  // Seven rising points that end above the upper limit and are all above the mean.
  const values = [...BASELINE, 11, 12, 13, 14, 15, 16, 21];
  const last = computeSpc(monthly(values)).points.at(-1)!;
  assert.equal(last.specialCauseType, 'above_upper_limit');
  assert.deepEqual(last.rulesFired, ['outside_limits', 'trend', 'shift']);
});

test('the series is sorted by date; an empty series has no icon', () => {
  const shuffled = monthly([...BASELINE, 10]).reverse();
  assert.equal(computeSpc(shuffled).points[0]!.date, monthAt(0));
  const empty = computeSpc([]);
  assert.deepEqual([empty.points.length, empty.variation, empty.assurance], [0, null, null]);
});

function problemsOf(fn: () => unknown): Array<[string, string | undefined]> {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ScrutinyError);
    return error.problems.map((p) => [p.code, p.field]);
  }
  assert.fail('expected a ScrutinyError');
}

test('bad input is reported with the field, never charted', () => {
  const label = 'burglary';
  const dup = [...monthly([1, 2, 3]), { date: monthAt(1), value: 5 }];
  assert.deepEqual(
    problemsOf(() => computeSpc(dup, { label })),
    [['stats.spc-duplicate-date', 'burglary.points[3].date']],
  );
  assert.deepEqual(
    problemsOf(() => computeSpc(monthly([1, Number.NaN, 3]), { label })),
    [['stats.spc-value-not-finite', 'burglary.points[1].value']],
  );
  assert.deepEqual(
    problemsOf(() => computeSpc(monthly([1, 2]), { label, rebase: ['2019-01'] })),
    [['stats.spc-rebase-date-not-in-series', 'burglary.options.rebase[0]']],
  );
  assert.deepEqual(
    problemsOf(() => computeSpc([{ date: '2020-13', value: 1 }], { label })),
    [['stats.spc-date-invalid', 'burglary.points[0].date']],
  );
  assert.deepEqual(
    problemsOf(() => computeSpc([...monthly([1]), { date: '2020-02-01', value: 2 }], { label })),
    [['stats.spc-date-forms-mixed', 'burglary.points[1].date']],
  );
  assert.deepEqual(
    problemsOf(() => computeSpc(monthly([1, 2]), { label, fixAfterNPoints: 5, shiftLength: 2 })),
    [
      ['stats.spc-option-invalid', 'burglary.options.fixAfterNPoints'],
      ['stats.spc-option-invalid', 'burglary.options.shiftLength'],
    ],
  );
  // A rebase at the latest month leaves a group of one point: no moving range, so no limits.
  assert.deepEqual(
    problemsOf(() => computeSpc(monthly([1, 2, 3]), { label, rebase: [monthAt(2)] })),
    [['stats.spc-group-too-short', 'burglary.options.rebase']],
  );
});

test("the catalogue's up, down and neutral map to increase, decrease and neutral", () => {
  assert.deepEqual((['up', 'down', 'neutral'] as const).map(spcDirection), [
    'increase',
    'decrease',
    'neutral',
  ]);
});
