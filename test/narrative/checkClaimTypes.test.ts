/**
 * The kinds of claim the checker missed (issue: statement craft): a wrong 3-year average and a
 * wrong direction against it, "in line with forecast" when it is not, a peer rank and a rate per
 * 1,000, OCG disruptions by level ("5 x major"), people safeguarded, a heading that names no
 * measure, and claims it cannot judge listed as not checked. Each case fails without its check.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type CheckableMeasure,
  type CheckContext,
  checkCommentary,
  reviewCommentary,
} from '../../src/narrative/commentary/checkCommentary.js';
import { type Month, monthRange, parsePeriod } from '../../src/stats/calendar.js';
import { monthlySeries } from '../../src/stats/series.js';

const quarter = parsePeriod('Q4 2023/24');

/** `perMonth` in every month from April 2020 to March 2024. */
function flat(perMonth: number) {
  return monthlySeries(monthRange('2020-04', '2024-03').map((m): [Month, number] => [m, perMonth]));
}

const burglary: CheckableMeasure = {
  id: 'police_uk_burglary',
  names: ['Burglary (police.uk proxy)'],
  counts: flat(30),
  comparisons: {
    period: quarter,
    threeYearAverage: { value: 89.3, verdict: 'below' },
    latestMonth: { month: '2024-03', threeYearAverage: { value: 29.8, verdict: 'in_line' } },
    forecast: { month: '2024-03', verdict: 'above' },
    peers: { periodLabel: 'Q4 2023/24', rank: 3, of: 8, ratePer1000: 0.398 },
  },
};

const measures: CheckableMeasure[] = [
  burglary,
  { id: 'ocg_disruptions', names: ['OCG disruptions'], counts: flat(3) },
  { id: 'ocg_disruptions_major', names: ['OCG disruptions: major'], counts: flat(1) },
  { id: 'children_safeguarded', names: ['Children safeguarded'], counts: flat(40) },
];

const context: CheckContext = { period: quarter, measures };

function findingsOf(body: string, heading = '## Burglary (police.uk proxy)') {
  return checkCommentary('c.md', `${heading}\n\n${body}\n`, context);
}

test('a wrong 3-year average, and a wrong direction against it, are caught', () => {
  const wrongValue = findingsOf('In Q4 2023/24, volumes (n=90) were below the 3-year average of 95.');
  assert.deepEqual(
    wrongValue.map((f) => [f.textSays, f.dataSays]),
    [['below the 3-year average of 95', 'below the 3-year average of 89.3']],
  );
  const wrongWay = findingsOf('In Q4 2023/24, volumes were above the 3-year average.');
  assert.equal(wrongWay[0]?.dataSays, 'below the 3-year average of 89.3');
  assert.deepEqual(findingsOf('In Q4 2023/24, volumes were below the 3-year average of 89.'), []);
  // The latest month is judged by its own average.
  assert.deepEqual(findingsOf('In March 2024, volumes were in line with the 3-year average.'), []);
});

test('"in line with forecast" when the forecast says above is caught; both at once too', () => {
  const forecast = findingsOf('In Q4 2023/24, volumes were in line with the forecast.');
  assert.deepEqual(
    forecast.map((f) => [f.textSays, f.dataSays]),
    [['in line with the forecast', 'above the forecast']],
  );
  const both = findingsOf('In Q4 2023/24, volumes were in line with both the 3-year average and forecast.');
  assert.deepEqual(
    both.map((f) => f.dataSays),
    ['below the 3-year average of 89.3', 'above the forecast'],
  );
  assert.deepEqual(findingsOf('In Q4 2023/24, volumes were above the forecast.'), []);
});

test('a wrong peer rank and a wrong rate per 1,000 population are caught', () => {
  const rank = findingsOf('In Q4 2023/24, the force ranked 5th of 8 among its peers.');
  assert.deepEqual(
    rank.map((f) => f.dataSays),
    ['3rd of 8 in Q4 2023/24'],
  );
  const rate = findingsOf('In Q4 2023/24, there were 0.45 burglaries per 1,000 population.');
  assert.deepEqual(
    rate.map((f) => f.dataSays),
    ['0.40 per 1,000 population in Q4 2023/24'],
  );
  assert.deepEqual(findingsOf('In Q4 2023/24, the force was 3rd of 8, at 0.40 per 1,000 population.'), []);
});

test('OCG disruptions by level and people safeguarded are counted: "5 x major" when it was 3', () => {
  const ocg = findingsOf('In Q4 2023/24, there were 9 disruptions (5 x major).', '## OCG disruptions');
  assert.deepEqual(
    ocg.map((f) => [f.textSays, f.dataSays]),
    [['5 x major', '3 in Q4 2023/24']],
  );
  assert.deepEqual(
    findingsOf('In Q4 2023/24, there were 9 disruptions (3 x major).', '## OCG disruptions'),
    [],
  );
  const children = findingsOf('In Q4 2023/24, 130 children were safeguarded.', '## OCG disruptions');
  assert.deepEqual(
    children.map((f) => f.dataSays),
    ['120 in Q4 2023/24'],
  );
});

test('a heading that names no measure is a finding, with the measure it may mean', () => {
  const findings = findingsOf(
    'In Q4 2023/24, volumes (n=95) increased by +12% on the previous quarter.',
    '## Burglary',
  );
  assert.equal(findings.length, 1);
  assert.equal(findings[0]?.code, 'commentary.unknown-heading');
  assert.equal(findings[0]?.line, 1);
  assert.match(findings[0]?.dataSays ?? '', /did you mean 'Burglary \(police\.uk proxy\)'/);
  // A heading that is not about one measure ('Overview') is not a finding.
  assert.deepEqual(findingsOf('In Q4 2023/24, volumes (n=95) rose.', '## Overview'), []);
});

test('claims the checker cannot judge are listed as not checked, with why', () => {
  const review = reviewCommentary(
    'c.md',
    '## Overview\n\nVolumes (n=95) increased by +12% on the previous quarter.\n\nIn Q4 2023/24, volumes (n=95) were below the 3-year average.\n',
    context,
  );
  assert.deepEqual(review.findings, []);
  assert.deepEqual(
    review.unchecked.map((u) => [u.line, u.words]),
    [
      [3, 'n=95'],
      [3, 'increased by +12% on the previous quarter'],
      [5, 'n=95'],
      [5, 'below the 3-year average'],
    ].map(([line, words]) => [line, words === 'n=95' ? '(n=95)' : words]),
  );
  assert.match(review.unchecked[0]?.why ?? '', /no period opens the sentence/);
  assert.match(review.unchecked[3]?.why ?? '', /no measure/);
});
