/**
 * The district breakdown of a measure: counts per district for the quarter and the one before,
 * rows no district took kept by reason, and "driven by" said only under its rule (the force's change
 * significant, one district's change significant and more than half of the net change).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { districtBreakdown } from '../../src/measures/districtBreakdown.js';
import type { DistrictSeriesResult } from '../../src/measures/districtSeries.js';
import { parsePeriod } from '../../src/stats/calendar.js';

const MONTHS = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];
const districts = [
  { name: 'North', slug: 'north' },
  { name: 'South', slug: 'south' },
];

/** Per district: [each month of the previous quarter, each month of this quarter]. */
function series(north: [number, number], south: [number, number], noLocation = 0): DistrictSeriesResult {
  const months = (pair: [number, number]) => [pair[0], pair[0], pair[0], pair[1], pair[1], pair[1]];
  return {
    months: MONTHS,
    rows: [
      { measureId: 'm', district: 'North', counts: months(north) },
      { measureId: 'm', district: 'South', counts: months(south) },
      { measureId: 'm', district: null, unplaced: 'no_location', counts: months([noLocation, noLocation]) },
    ],
  };
}

const breakdown = (s: DistrictSeriesResult) =>
  districtBreakdown({
    measureId: 'm',
    source: 'police_uk',
    period: parsePeriod('Q3 2025/26'),
    series: s,
    districts,
    alpha: 0.05,
  });

test('a significant rise mostly in one district whose own rise is significant is driven by it', () => {
  const b = breakdown(series([50, 90], [50, 55], 2))!;
  assert.deepEqual([b.total.previous, b.total.current], [306, 441]);
  assert.deepEqual(
    b.districts.map((d) => [d.name, d.previous, d.current, d.significant]),
    [
      ['North', 150, 270, true],
      ['South', 150, 165, false],
    ],
  );
  assert.deepEqual(b.unplaced, [{ reason: 'no_location', previous: 6, current: 6 }]);
  assert.equal(b.drivenBy?.district, 'North');
  assert.equal(b.drivenBy?.direction, 'increase');
  assert.ok(Math.abs(b.drivenBy!.shareOfChange - 120 / 135) < 1e-12);
});

test('no driver when the change is spread, or the force-wide change is within chance', () => {
  assert.equal(breakdown(series([50, 70], [50, 70]))!.drivenBy, null, 'spread evenly: each is half');
  assert.equal(breakdown(series([50, 53], [50, 50]))!.drivenBy, null, 'a rise of 9 in 300 is chance');
});

test('a decrease is driven by the district that fell; a month not covered gives no breakdown', () => {
  const b = breakdown(series([100, 60], [100, 98]))!;
  assert.deepEqual(b.drivenBy && [b.drivenBy.district, b.drivenBy.direction, b.drivenBy.difference], [
    'North',
    'decrease',
    -120,
  ]);
  const gap = series([1, 1], [1, 1]);
  const holed = {
    ...gap,
    rows: gap.rows.map((r) => ({ ...r, counts: r.counts.map((c, i) => (i === 4 ? null : c)) })),
  };
  assert.equal(breakdown(holed), undefined);
});
