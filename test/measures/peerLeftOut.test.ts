/**
 * A peer whose source lacks months of the period is left out of the ranking and NAMED, with the
 * months, in the JSON, the CLI text and the sentence the statement and site print.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureSchema } from '../../src/catalogue/measures/schema.js';
import type { MeasureSeries } from '../../src/measures/fetchSeries.js';
import { peerFigure } from '../../src/measures/figures/peerFigure.js';
import { peerValues } from '../../src/measures/peerValues.js';
import type { PeersJson } from '../../src/measures/result.js';
import { leftOutSentences, monthsInWords } from '../../src/narrative/sentences/peers.js';
import { parsePeriod } from '../../src/stats/calendar.js';

const burglary = measureSchema.parse({
  id: 'police_uk_burglary',
  title: 'Burglary',
  priority: 'neighbourhood_crime',
  kind: 'force_proxy',
  source: 'police_uk',
  selection: { police_uk_categories: ['Burglary'] },
  statistic: 'count',
  direction: 'down',
  classification: 'OFFICIAL',
  unit: 'offences',
});

const monthly = (months: readonly string[]): MeasureSeries => ({
  datasets: ['police_uk_street'],
  frequency: 'month',
  value: new Map(months.map((m) => [m, 100])),
});

test('a peer missing October is left out of "of 3" and named with the month', () => {
  const q3 = ['2025-10', '2025-11', '2025-12'];
  const subject = {
    slug: 'warwickshire',
    name: 'Warwickshire Police',
    population: 600_000,
    peers: [
      { slug: 'leicestershire', name: 'Leicestershire Police', population: 1_100_000 },
      { slug: 'derbyshire', name: 'Derbyshire Constabulary', population: 1_000_000 },
      { slug: 'rutland', name: 'Rutland', population: 40_000 },
    ],
  };
  const series = new Map([
    ['warwickshire', monthly(q3)],
    ['leicestershire', monthly(['2025-11', '2025-12'])],
    ['derbyshire', monthly(q3)],
  ]);
  const figure = peerFigure(peerValues(burglary, subject, series, parsePeriod('Q3 2025/26')), 'down');
  assert.equal(figure.status, 'ok');
  const peers = figure as PeersJson & { status: 'ok' };
  assert.equal(peers.of, 2);
  assert.deepEqual(peers.missing, ['leicestershire', 'rutland']);
  assert.deepEqual(peers.leftOut, [
    { slug: 'leicestershire', name: 'Leicestershire Police', months: ['2025-10'] },
    { slug: 'rutland', name: 'Rutland', months: q3 },
  ]);
  assert.deepEqual(leftOutSentences(peers.leftOut), [
    'Leicestershire Police is left out of the ranking: no data for October 2025.',
    'Rutland is left out of the ranking: no data for October to December 2025.',
  ]);
});

test('months in words: one, a run across a year end, and a broken run', () => {
  assert.equal(monthsInWords(['2025-10']), 'October 2025');
  assert.equal(monthsInWords(['2025-12', '2026-01']), 'December 2025 to January 2026');
  assert.equal(monthsInWords(['2025-10', '2025-12']), 'October 2025 and December 2025');
});
