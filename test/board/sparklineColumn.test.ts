import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BoardRow, SparklinePoint } from '../../src/board/model.js';
import { sparklineColumn } from '../../src/board/sparklineColumn.js';
import { summaryColumns } from '../../src/board/summaryColumns.js';
import { pack } from './helpers/fixture.js';

/** `n` months ending in `last` ('YYYY-MM'). */
function months(n: number, last: string): SparklinePoint[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const index = y * 12 + (m - 1) - (n - 1 - i);
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value: i };
  });
}
const row = (points: SparklinePoint[]) => ({ sparkline: points }) as unknown as BoardRow;

test('the sparkline heading counts the months drawn: 12 drawn is "Last 12 months", not a fixed 25', () => {
  assert.deepEqual(sparklineColumn([row(months(12, '2025-12')), row(months(12, '2025-12'))]), {
    heading: 'Last 12 months',
    period: 'Jan 2025 to Dec 2025',
  });
});

test('rows drawing different spans: "Up to N months" to the latest month', () => {
  assert.deepEqual(sparklineColumn([row(months(25, '2026-09')), row(months(7, '2026-09')), row([])]), {
    heading: 'Up to 25 months',
    period: 'to Sep 2026',
  });
  assert.deepEqual(sparklineColumn([row(months(1, '2026-09'))]).heading, 'Last 1 month');
  assert.deepEqual(sparklineColumn([row([])]), { heading: 'Monthly values', period: 'none to draw' });
});

test('the board’s summary tables carry the heading worked out from their rows', () => {
  const board = pack();
  const drawn = board.groups.flatMap((g) => g.rows).map((r) => r.sparkline.length);
  const column = summaryColumns(board.columns, board.hasQuestions).find((c) => c.key === 'sparkline')!;
  assert.equal(column.heading, `Last ${Math.max(...drawn)} months`);
  assert.ok(
    drawn.every((n) => n === drawn[0]),
    'every fixture measure draws the same months',
  );
});
