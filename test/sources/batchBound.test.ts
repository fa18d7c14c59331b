/**
 * How police.uk batches are sized (ingestRun.ts): small at first so that loading starts soon, up to
 * the most, and small again at the end so that the two lanes finish together.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchBound } from '../../src/sources/ingestRun.js';

const MB = 1024 * 1024;
const BYTES = { first: 16 * MB, most: 256 * MB };

/** The batches a run of `total` bytes is cut into when every batch fills exactly to its bound. */
function plan(total: number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const size = Math.min(left, batchBound(BYTES, sizes.length, left));
    sizes.push(Math.round(size / MB));
    left -= size;
  }
  return sizes;
}

test('a national year (1.5 GB) starts small, grows to the most, and ends small', () => {
  const sizes = plan(1510 * MB);
  assert.deepEqual(sizes.slice(0, 5), [16, 32, 64, 128, 256]);
  assert.ok(sizes.every((size) => size <= 256));
  assert.ok(
    sizes.slice(-3).every((size) => size <= 16),
    sizes.join(' '),
  );
  assert.equal(
    sizes.reduce((a, b) => a + b, 0),
    1510,
  );
});

test('a small run is loaded in batches of at least the first bound', () => {
  assert.deepEqual(plan(40 * MB), [16, 16, 8]);
  assert.equal(batchBound(BYTES, 0, 0), 16 * MB);
});
