import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages } from '../../src/errors/messages.js';
import { closestNames, editDistance } from '../../src/errors/suggest.js';

const IDS = [
  'residential_burglary',
  'police_uk_burglary',
  'robbery',
  'robbery_personal',
  'homicide',
  'knife_crime',
];

test('edit distance counts inserts, deletes, replacements and swapped neighbours', () => {
  assert.equal(editDistance('robbery', 'robbery'), 0);
  assert.equal(editDistance('robery', 'robbery'), 1);
  assert.equal(editDistance('hoimcide', 'homicide'), 1);
  assert.equal(editDistance('knife', 'knife_crime'), 6);
});

test('a misspelled id gets the nearest ids, a word inside ids gets those, nonsense gets none', () => {
  assert.deepEqual(closestNames('residential_burglarx', IDS), ['residential_burglary']);
  assert.deepEqual(closestNames('robery', IDS), ['robbery']);
  assert.deepEqual(closestNames('burglary', IDS), ['police_uk_burglary', 'residential_burglary']);
  assert.deepEqual(closestNames('xyz', IDS), []);
});

test('the unknown-measure message offers the nearest ids and does not list the catalogue', () => {
  const problem = messages.measures.unknownMeasure('hoimcide', IDS);
  assert.match(problem.message, /did you mean homicide\?/);
  assert.doesNotMatch(`${problem.message} ${problem.expected}`, /knife_crime/);
});
