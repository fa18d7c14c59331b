/**
 * The months that set the SPC limits, stated under every chart and sentence that uses them: the
 * first `baselinePoints` of the last rebase group (the figures themselves are NHSRplotthedots', see
 * test/stats/spc-parity.test.ts; this only says which months they rest on).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spcFigure } from '../../src/measures/figures/spcFigure.js';
import type { MeasureSettings } from '../../src/measures/settings.js';
import { monthRange } from '../../src/stats/calendar.js';

const points = monthRange('2019-04', '2024-03').map((month, i) => ({ month, value: 100 + (i % 7) }));

function spcOf(baselinePoints: number | null, rebase: string[] = [], windowMonths: number | null = null) {
  const settings = {
    spc: { baselinePoints, windowMonths, rebase, shiftPoints: 7, trendPoints: 7, screenOutliers: false },
  } as unknown as MeasureSettings;
  const { figure, pointTypes } = spcFigure(points, 'down', undefined, settings, 'test');
  assert.equal(figure.status, 'ok');
  return { figure, pointTypes };
}

function limitsFrom(
  baselinePoints: number | null,
  rebase: string[] = [],
  windowMonths: number | null = null,
) {
  const { figure } = spcOf(baselinePoints, rebase, windowMonths);
  return figure.status === 'ok' ? figure.limitsFrom : undefined;
}

test('limits fixed after 12 points rest on the first 12 months', () => {
  assert.deepEqual(limitsFrom(12), { first: '2019-04', last: '2020-03' });
});

test('after a rebase, the limits in force rest on the first months of the new group', () => {
  assert.deepEqual(limitsFrom(12, ['2021-04']), { first: '2021-04', last: '2022-03' });
});

test('unfixed limits rest on every month of the group', () => {
  assert.deepEqual(limitsFrom(null), { first: '2019-04', last: '2024-03' });
});

test('the default window: the 36 charted months to the end, limits from the first 12 of them', () => {
  assert.deepEqual(limitsFrom(12, [], 36), { first: '2021-04', last: '2022-03' });
  const { figure, pointTypes } = spcOf(12, [], 36);
  assert.equal(figure.status === 'ok' ? figure.months : 0, 36);
  assert.equal(pointTypes.has('2021-03'), false);
  assert.equal(pointTypes.has('2021-04'), true);
  // A recalculation point inside the window starts new limits there; one before it has no effect.
  assert.deepEqual(limitsFrom(12, ['2022-10'], 36), { first: '2022-10', last: '2023-09' });
  assert.deepEqual(limitsFrom(12, ['2020-04'], 36), { first: '2021-04', last: '2022-03' });
});
