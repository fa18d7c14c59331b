/**
 * The checker reads commentary in either writing style (src/stats/numberStyle.ts): whole
 * percentages as the office writes them ('+5%') and one decimal below 10% ('+5.2%'), with or
 * without 'n=', a sign after the verb or not, 'increased' or 'rose'. A wrong figure is caught in
 * each style, and the data's figure is quoted to one decimal below 10% (the finer style).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CheckContext, checkCommentary } from '../../src/narrative/commentary/checkCommentary.js';
import { type Month, monthRange, parsePeriod } from '../../src/stats/calendar.js';
import { monthlySeries } from '../../src/stats/series.js';

// October to December 2023: 500 a month (1,500); January to March 2024: 526 a month (1,578): +5.2%.
const counts = monthlySeries(
  monthRange('2023-10', '2024-03').map((m): [Month, number] => [m, m < '2024-01' ? 500 : 526]),
);
const context: CheckContext = {
  period: parsePeriod('Q4 2023/24'),
  measures: [{ id: 'robbery', names: ['Robbery'], counts }],
};

function findings(sentence: string) {
  return checkCommentary('c.md', `## Robbery\n\n${sentence}\n`, context).map((f) => [f.textSays, f.dataSays]);
}

test('a true change passes in the house style and in one decimal, however the sentence is worded', () => {
  for (const sentence of [
    'In Q4 2023/24, volumes (n=1,578) increased by +5% on the previous quarter.',
    'In Q4 2023/24, volumes (n=1,578) increased by +5.2% on the previous quarter.',
    'In Q4 2023/24, volumes (1578) rose by 5% on the previous quarter.',
    'In Q4 2023/24, volumes (1,578) went up by 5.2% on the previous quarter.',
  ]) {
    assert.deepEqual(findings(sentence), [], sentence);
  }
});

test('a wrong change or count is caught in either style', () => {
  assert.deepEqual(findings('In Q4 2023/24, volumes (n=1,578) increased by +6% on the previous quarter.'), [
    ['increased by +6% on the previous quarter', '+5.2% (1,500 in Q3 2023/24 to 1,578 in Q4 2023/24)'],
  ]);
  assert.deepEqual(findings('In Q4 2023/24, volumes (n=1,578) increased by +5.4% on the previous quarter.'), [
    ['increased by +5.4% on the previous quarter', '+5.2% (1,500 in Q3 2023/24 to 1,578 in Q4 2023/24)'],
  ]);
  assert.deepEqual(findings('In Q4 2023/24, volumes (1580) fell by 5% on the previous quarter.'), [
    ['(1580)', 'n=1,578 in Q4 2023/24'],
    ['fell by 5% on the previous quarter', '+5.2% (1,500 in Q3 2023/24 to 1,578 in Q4 2023/24)'],
  ]);
});
