/** The Home Office homicide outlier rule: hand-worked windows, thresholds, missing history, bad input. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ScrutinyError } from '../../src/errors/problem.js';
import { addMonths, monthRange } from '../../src/stats/calendar.js';
import { homicideOutlier } from '../../src/stats/homicideOutlier.js';

/** October 2022 to March 2024, zero every month except those given. */
function series(counts: Record<string, number>): Map<string, number> {
  return new Map(monthRange('2022-10', '2024-03').map((m) => [m, counts[m] ?? 0]));
}

test('the six months to March 2024 are compared with October 2022 to March 2023', () => {
  const r = homicideOutlier(
    series({ '2022-11': 1, '2023-02': 1, '2023-04': 9, '2023-10': 3, '2024-03': 4 }),
    '2024-03',
  );
  assert.equal(r.status, 'ok');
  if (r.status !== 'ok') return;
  assert.deepEqual(r.latestPeriod.months, ['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03']);
  assert.deepEqual([r.previousPeriod.first, r.previousPeriod.last], ['2022-10', '2023-03']);
  // 3 + 4 = 7 against 1 + 1 = 2 (April's 9 falls in neither window): up by 5, a negative outlier.
  assert.deepEqual([r.latestCount, r.previousCount, r.difference, r.verdict], [7, 2, 5, 'negative_outlier']);
});

test('a rise of 4 is not an outlier; a fall of 5 is a positive outlier; the threshold is configurable', () => {
  const up4 = homicideOutlier(series({ '2024-01': 4 }), '2024-03');
  assert.deepEqual(up4.status === 'ok' && [up4.difference, up4.verdict], [4, 'not_outlier']);
  const down5 = homicideOutlier(series({ '2022-12': 5 }), '2024-03');
  assert.deepEqual(down5.status === 'ok' && [down5.difference, down5.verdict], [-5, 'positive_outlier']);
  const lower = homicideOutlier(series({ '2024-01': 4 }), '2024-03', { threshold: 4 });
  assert.equal(lower.status === 'ok' && lower.verdict, 'negative_outlier');
});

test('too little history gives no verdict and lists the absent months', () => {
  const short = new Map(monthRange('2023-01', '2024-03').map((m) => [m, 0]));
  const r = homicideOutlier(short, '2024-03');
  assert.deepEqual(r.status !== 'ok' && [r.status, r.missing, r.available, r.needed], [
    'not_enough_history',
    ['2022-10', '2022-11', '2022-12'],
    9,
    12,
  ]);
});

test('a gap inside the series, or a latest month beyond it, is incomplete, never read as zero', () => {
  const gap = series({});
  gap.delete('2023-11');
  const r = homicideOutlier(gap, '2024-03');
  assert.deepEqual(r.status !== 'ok' && [r.status, r.missing], ['incomplete', ['2023-11']]);
  const beyond = homicideOutlier(series({}), '2024-04');
  assert.deepEqual(beyond.status !== 'ok' && [beyond.status, beyond.missing], ['incomplete', ['2024-04']]);
});

test('a plain record works as well as a Map', () => {
  const record = Object.fromEntries(series({ '2024-02': 1 }));
  const r = homicideOutlier(record, '2024-03');
  assert.deepEqual(r.status === 'ok' && [r.latestCount, r.verdict], [1, 'not_outlier']);
});

test('bad months, counts and thresholds are reported with their field', () => {
  const bad = new Map<string, number>([
    ['2024-13', 1],
    ['2024-01', -1],
    ['2024-02', 1.5],
  ]);
  try {
    homicideOutlier(bad, 'March 2024', { threshold: 0 });
    assert.fail('expected a ScrutinyError');
  } catch (error) {
    assert.ok(error instanceof ScrutinyError);
    assert.deepEqual(
      error.problems.map((p) => [p.code, p.field]),
      [
        ['stats.month-invalid', 'homicide.latestMonth'],
        ['stats.month-invalid', 'homicide.series'],
        ['stats.count-invalid', 'homicide.series.2024-01'],
        ['stats.count-invalid', 'homicide.series.2024-02'],
        ['stats.outlier-threshold-invalid', 'homicide.threshold'],
      ],
    );
  }
});

test('swapping the two periods negates the difference and swaps negative and positive outliers', () => {
  const swap = {
    negative_outlier: 'positive_outlier',
    positive_outlier: 'negative_outlier',
    not_outlier: 'not_outlier',
  };
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 18, maxLength: 18 }), (counts) => {
      const months = monthRange('2022-10', '2024-03');
      const forward = new Map(months.map((m, i) => [m, counts[i]!]));
      // Move the latest six months a year back and the earlier six a year on.
      const swapped = new Map(months.map((m) => [m, 0]));
      for (const m of monthRange('2023-10', '2024-03')) swapped.set(addMonths(m, -12), forward.get(m)!);
      for (const m of monthRange('2022-10', '2023-03')) swapped.set(addMonths(m, 12), forward.get(m)!);
      const a = homicideOutlier(forward, '2024-03');
      const b = homicideOutlier(swapped, '2024-03');
      assert.ok(a.status === 'ok' && b.status === 'ok');
      assert.equal(b.difference + a.difference, 0);
      assert.equal(b.verdict, swap[a.verdict]);
    }),
    { seed: 20240620, numRuns: 200 },
  );
});
