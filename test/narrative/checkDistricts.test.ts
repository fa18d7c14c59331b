/**
 * District claims in commentary: "predominately driven by an increase in North Warwickshire" is
 * checked against the measure's district figures. It holds when the district rose and rose most;
 * a district that fell, or rose less than another, is a finding; a place that is no district or
 * area, or a measure without district figures, is listed as not checked.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type CheckableMeasure,
  type CheckContext,
  reviewCommentary,
} from '../../src/narrative/commentary/checkCommentary.js';
import { type Month, monthRange, parsePeriod } from '../../src/stats/calendar.js';
import { monthlySeries } from '../../src/stats/series.js';

/** February 2024 `feb`, March 2024 `mar`, and 5 in every month before. */
function counts(feb: number, mar: number) {
  return monthlySeries(
    monthRange('2023-04', '2024-03').map((m): [Month, number] => [
      m,
      m === '2024-02' ? feb : m === '2024-03' ? mar : 5,
    ]),
  );
}

// Robbery, February 25 to March 40: North Warwickshire +3, Nuneaton and Bedworth +10, Rugby +2.
const districts = [
  { name: 'North Warwickshire', area: 'North', counts: counts(5, 8) },
  { name: 'Nuneaton and Bedworth', area: 'North', counts: counts(10, 20) },
  { name: 'Rugby', area: 'East', counts: counts(10, 12) },
];
const robbery: CheckableMeasure = { id: 'robbery', names: ['Robbery'], counts: counts(25, 40), districts };
const context: CheckContext = {
  period: parsePeriod('Q4 2023/24'),
  measures: [robbery, { id: 'homicide', names: ['Homicide'], counts: counts(0, 1) }],
  forceArea: 'Warwickshire',
};

function review(sentence: string, heading = '## Robbery') {
  return reviewCommentary('c.md', `${heading}\n\n${sentence}\n`, context);
}
const OPENING = 'In March 2024, volumes (n=40) increased by +60% on the previous month, ';

test('the district that rose most holds; one that rose less than another is a finding naming it', () => {
  assert.deepEqual(
    review(`${OPENING}predominately driven by an increase in Nuneaton and Bedworth.`).findings,
    [],
  );
  const less = review(`${OPENING}predominately driven by increase in North Warwickshire.`).findings;
  assert.deepEqual(
    less.map((f) => [f.line, f.textSays, f.dataSays]),
    [
      [
        3,
        'driven by increase in North Warwickshire',
        'North Warwickshire: +3 (5 in February 2024 to 8 in March 2024); the largest increase was in Nuneaton and Bedworth (+10)',
      ],
    ],
  );
});

test('a district that fell is a finding; an area sums its districts', () => {
  const fell = review(`${OPENING}driven by a decrease in Rugby.`).findings;
  assert.match(
    fell[0]?.dataSays ?? '',
    /^Rugby: \+2 \(10 in February 2024 to 12 in March 2024\), not a decrease$/,
  );
  // 'the North' is no district, but an area of two: +13 together, more than any other district.
  assert.deepEqual(review(`${OPENING}predominately driven by an increase in the North.`).findings, []);
});

test('a place that is no district, or a measure with no district figures, is not checked', () => {
  const nowhere = review(`${OPENING}driven by an increase in Atlantis.`);
  assert.deepEqual(nowhere.findings, []);
  assert.match(nowhere.unchecked[0]?.why ?? '', /'Atlantis' is no district or area of the force/);
  const none = review(
    'In March 2024, there was one homicide, driven by an increase in Rugby.',
    '## Homicide',
  );
  assert.deepEqual(none.findings, []);
  assert.match(none.unchecked.at(-1)?.why ?? '', /no district figures/);
});
