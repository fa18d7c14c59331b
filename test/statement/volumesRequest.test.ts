/**
 * The statement's volumes chart request (narrative/statement/chartRequests.ts): the forecast band
 * covers the last 12 months of the window, each month forecast from the months before it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MeasureFigures, MeasureJson, SeriesPoint } from '../../src/measures/result.js';
import { volumesRequest } from '../../src/narrative/statement/chartRequests.js';
import { addMonths, parsePeriod } from '../../src/stats/calendar.js';

function burglary(first: string, last: string): MeasureJson {
  const series: SeriesPoint[] = [];
  for (let m = first, i = 0; m <= last; m = addMonths(m, 1), i++)
    series.push({ month: m, value: Math.round(200 + 30 * Math.cos((2 * Math.PI * i) / 12) + ((i * 5) % 9)) });
  // The measures result gives each month its 3-year average once three years of it are held.
  series.forEach((p, i) => {
    if (i >= 36) Object.assign(p, { threeYearAverage: 1000 + i });
  });
  return {
    id: 'burglary_home',
    title: 'Burglary (Home)',
    priority: 'neighbourhood_crime',
    kind: 'force_proxy',
    source: 'force_extract',
    statistic: 'count',
    direction: 'down',
    unit: 'offences',
    classification: 'OFFICIAL',
    public: true,
    applicability: { status: 'applicable' },
    dataNote: '',
    status: 'ok',
    provenance: [],
    series,
    figures: { kind: 'count' } as MeasureFigures,
  };
}

test('the volumes request carries a forecast band over the last 12 months of its 36', () => {
  const request = volumesRequest(burglary('2019-04', '2024-06'), parsePeriod('Q4 2023/24'))!;
  assert.equal(request.points.length, 36);
  assert.equal(request.points[0]!.month, '2021-04');
  assert.equal(request.points.at(-1)!.month, '2024-03');
  const banded = request.points.filter((p) => p.forecast).map((p) => p.month);
  assert.equal(banded.length, 12);
  assert.equal(banded[0], '2023-04');
  assert.equal(banded.at(-1), '2024-03');
  assert.equal(request.intervalPercent, 95);
  for (const p of request.points.filter((q) => q.forecast))
    assert.ok(p.forecast!.lower <= p.forecast!.mean && p.forecast!.mean <= p.forecast!.upper);
  // Each month's 3-year average is the one the measures result gives it (none before April 2022).
  assert.equal(request.points.find((p) => p.threeYearAverage !== undefined)?.month, '2022-04');
  assert.equal(request.points.find((p) => p.month === '2023-04')?.threeYearAverage, 1000 + 48);
});

test('months with too short a history are left out of the band, not a failure', () => {
  // 26 months: no month has 24 months before it except the last two.
  const request = volumesRequest(burglary('2022-02', '2024-03'), parsePeriod('Q4 2023/24'))!;
  assert.deepEqual(
    request.points.filter((p) => p.forecast).map((p) => p.month),
    ['2024-02', '2024-03'],
  );
});
