import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  denseSeries,
  monthlySeries,
  seriesSpan,
  windowShortfall,
  windowValues,
} from '../../src/stats/series.js';

test('a series is built from pairs or a record, sorted, with every key and value checked', () => {
  const fromRecord = monthlySeries({ '2024-02': 5, '2024-01': 4 });
  assert.deepEqual([...fromRecord.keys()], ['2024-01', '2024-02']);
  assert.throws(() => monthlySeries([['2024-1', 3]]), RangeError);
  assert.throws(() => monthlySeries([['2024-01', Number.NaN]]), RangeError);
  assert.throws(
    () =>
      monthlySeries([
        ['2024-01', 1],
        ['2024-01', 2],
      ]),
    RangeError,
  );
  assert.deepEqual(seriesSpan(fromRecord), { first: '2024-01', last: '2024-02' });
  assert.equal(seriesSpan(monthlySeries([])), undefined);
});

test('denseSeries fills the months of a coverage with 0 and refuses counts outside it', () => {
  const counts = monthlySeries([['2024-02', 3]]);
  assert.deepEqual(
    [...denseSeries(counts, '2024-01', '2024-03')],
    [
      ['2024-01', 0],
      ['2024-02', 3],
      ['2024-03', 0],
    ],
  );
  assert.throws(() => denseSeries(counts, '2024-03', '2024-04'), RangeError);
});

test('absent months are split into before the start (history) and gaps (incomplete)', () => {
  const series = monthlySeries([
    ['2024-01', 1],
    ['2024-03', 3],
  ]);
  const window = windowValues(series, ['2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
  assert.deepEqual(window, { values: [1, 3], beforeStart: ['2023-12'], gaps: ['2024-02', '2024-04'] });
  assert.deepEqual(windowShortfall(window), {
    status: 'incomplete',
    missing: ['2023-12', '2024-02', '2024-04'],
  });
  assert.deepEqual(windowShortfall(windowValues(series, ['2023-11', '2023-12', '2024-01'])), {
    status: 'not_enough_history',
    needed: 3,
    available: 1,
    missing: ['2023-11', '2023-12'],
  });
  assert.equal(windowShortfall(windowValues(series, ['2024-01'])), undefined);
});
