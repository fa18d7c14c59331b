/** Peer comparison and ordinals: hand-worked ranks, ties, the peer mean and gap, bad input, properties. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ScrutinyError } from '../../src/errors/problem.js';
import { BEST_ENDS, ordinal, rankText } from '../../src/stats/ordinal.js';
import { type AreaCount, comparePeers } from '../../src/stats/peers.js';

function near(actual: number | null | undefined, expected: number): void {
  assert.ok(
    actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-12,
    `${expected} vs ${actual}`,
  );
}

test('ordinals follow English: 1st, 2nd, 3rd, 4th, 11th to 13th, 21st, 101st, 111th', () => {
  const cases: Array<[number, string]> = [
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
    [1000, '1000th'],
  ];
  for (const [n, text] of cases) assert.equal(ordinal(n), text);
});

test('a rank says its direction, counted from the nearer end', () => {
  assert.equal(rankText(1, 6, 6), 'highest rate of 6');
  assert.equal(rankText(2, 5, 6), '2nd highest rate of 6');
  assert.equal(rankText(3, 4, 6), '3rd highest rate of 6');
  assert.equal(rankText(4, 3, 6), '3rd lowest rate of 6');
  assert.equal(rankText(6, 1, 6), 'lowest rate of 6');
  // In 1, 2, 2, 4, 5, 5 the middle of a ranking counts from the top; ties say "joint".
  assert.equal(rankText(2, 3, 6, true), 'joint 2nd highest rate of 6');
  assert.equal(rankText(5, 1, 6, true), 'joint lowest rate of 6');
  assert.equal(rankText(2, 7, 8, false, BEST_ENDS), '2nd best of 8');
  assert.equal(rankText(8, 1, 8, false, BEST_ENDS), 'worst of 8');
  assert.equal(rankText(1, 1, 1), '1st of 1');
  assert.throws(() => ordinal(0), RangeError);
});

// Rates per 1,000: B 0.6, A (the force) 0.5, D 0.5, C 0.3, E 0.
const force: AreaCount = { id: 'a', name: 'Force A', count: 50, population: 100_000 };
const peers: AreaCount[] = [
  { id: 'b', count: 120, population: 200_000 },
  { id: 'c', count: 30, population: 100_000 },
  { id: 'd', count: 100, population: 200_000 },
  { id: 'e', count: 0, population: 50_000 },
];

test('rank 1 is the highest rate, and a tie shares the better place', () => {
  const r = comparePeers(force, peers);
  assert.deepEqual(
    r.rows.map((row) => [row.id, row.rank, row.tied]),
    [
      ['b', 1, false],
      ['a', 2, true],
      ['d', 2, true],
      ['c', 4, false],
      ['e', 5, false],
    ],
  );
  near(r.force.ratePer1000, 0.5);
  assert.equal(r.force.name, 'Force A');
  assert.deepEqual(
    [r.of, r.rankText, r.bestRank, r.bestRankText],
    [5, 'joint 2nd highest rate of 5', null, null],
  );
});

test('with lower rates better, the best rank counts the forces with a strictly lower rate', () => {
  const r = comparePeers(force, peers, { direction: 'down' });
  assert.deepEqual([r.bestRank, r.bestRankText], [3, 'joint 2nd worst of 5']);
  assert.equal(comparePeers(force, peers, { direction: 'up' }).bestRank, 2);
});

test('the peer mean leaves the force out; the gap is against it, in rate and per cent', () => {
  // (0.6 + 0.3 + 0.5 + 0) / 4 = 0.35; gap 0.15 = 42.857…%; pooled 250 / 550,000 × 1,000.
  const r = comparePeers(force, peers);
  near(r.peerMean, 0.35);
  near(r.gap?.absolute, 0.15);
  near(r.gap?.percentage, (0.15 / 0.35) * 100);
  near(r.peerPooledRate, (250 / 550_000) * 1000);
});

test('without peers the force is 1st of 1 and there is no mean or gap; a zero mean has no percentage', () => {
  const alone = comparePeers(force, []);
  assert.deepEqual([alone.rankText, alone.peerMean, alone.gap], ['1st of 1', null, null]);
  const zero = comparePeers(force, [{ id: 'z', count: 0, population: 10 }]);
  assert.deepEqual(zero.gap, { absolute: zero.force.ratePer1000, percentage: null });
});

test('a repeated force, a bad count or a bad population is reported with its field', () => {
  try {
    comparePeers(force, [{ id: 'a', count: -1, population: 0 }], { label: 'burglary' });
    assert.fail('expected a ScrutinyError');
  } catch (error) {
    assert.ok(error instanceof ScrutinyError);
    assert.deepEqual(
      error.problems.map((p) => [p.code, p.field]),
      [
        ['stats.peer-duplicate', 'burglary.peers[0].id'],
        ['stats.count-invalid', 'burglary.peers[0].count'],
        ['stats.exposure-invalid', 'burglary.peers[0].population'],
      ],
    );
  }
});

const area = (id: string) =>
  fc.record({
    id: fc.constant(id),
    count: fc.integer({ min: 0, max: 5000 }),
    population: fc.integer({ min: 1, max: 2e6 }),
  });
const group = fc
  .tuple(area('force'), fc.array(fc.integer(), { maxLength: 9 }))
  .chain(([f, extra]) => fc.tuple(fc.constant(f), fc.tuple(...extra.map((_, i) => area(`peer${i}`)))));
const RUNS = { seed: 20240620, numRuns: 300 };

test('ranks run from 1 to n; where no rate is tied, rank from highest and best rank when lower is better add to n + 1', () => {
  fc.assert(
    fc.property(group, ([f, ps]) => {
      const r = comparePeers(f, ps, { direction: 'down' });
      assert.ok(r.rows.every((row) => row.rank >= 1 && row.rank <= r.of));
      assert.ok(r.rows.some((row) => row.rank === 1));
      if (!r.force.tied) assert.equal(r.force.rank + r.bestRank!, r.of + 1);
    }),
    RUNS,
  );
});

test("the peer mean does not depend on the force's own figures", () => {
  fc.assert(
    fc.property(group, fc.integer({ min: 0, max: 5000 }), ([f, ps], otherCount) => {
      fc.pre(ps.length > 0);
      const a = comparePeers(f, ps).peerMean;
      const b = comparePeers({ ...f, count: otherCount }, ps).peerMean;
      assert.equal(a, b);
    }),
    RUNS,
  );
});
