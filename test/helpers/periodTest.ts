/** The verdict rule's period test for two counts, run through the real exact test (stats/significance.ts). */
import { compareCounts } from '../../src/stats/significance.js';

export function periodTest(previous: number, current: number, comparedWith = 'Q2 2025/26') {
  const t = compareCounts({ previous, current }, { alpha: 0.05, label: 'test' });
  return { significant: t.significant, direction: t.direction, previous, current, comparedWith };
}
