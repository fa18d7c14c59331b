/**
 * Police officer numbers as context: hand-made rows for the pure figures (changes, per 1,000, peer
 * rank, the population's source), then the real Home Office police workforce table
 * (../shared/data/home-office) through `scrutiny measures` and the statement, where Warwickshire's
 * published officer FTE (972.9 in 2010, 806.4 in 2018, 1,101.8 in 2023, as the table's README
 * quotes them) must appear.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { PopulationFigure } from '../../src/catalogue/reference/populationFor.js';
import { officerNumbers } from '../../src/measures/officers/officerNumbers.js';
import type { MeasuresResult } from '../../src/measures/result.js';
import { officerSentences } from '../../src/narrative/sentences/officers.js';
import { SHARED_DATA } from '../fixtures/police-uk/testWorkspace.js';
import { scrutinyOk } from '../helpers/cli.js';
import { scratchDir } from '../helpers/scratch.js';

const source = { name: 'Home Office police workforce open data table', released: '26 July 2023' };
/** 100,000 people in every year; mid-2023 for 2023, the Census otherwise (as the real lookup labels them). */
const population = (_slug: string, year: number): PopulationFigure =>
  year === 2023
    ? { value: 100000, source: 'ONS mid-year population estimate, mid-2023', censusFallback: false }
    : { value: 100000, source: '2011 Census', censusFallback: true };
const subject = {
  slug: 'midshire',
  name: 'Midshire Police',
  population: 100000,
  peers: [
    { slug: 'eastshire', name: 'Eastshire Police', population: 100000 },
    { slug: 'westshire', name: 'Westshire Police', population: 100000 },
  ],
};
const row = (forceSlug: string, year: number, fte: number) => ({
  forceSlug,
  asAt: `${year}-03-31`,
  fte,
  headcount: Math.round(fte) + 5,
});

test('changes since 2010 and the year before, per 1,000 and the rank say what they compare', () => {
  const rows = [
    row('midshire', 2010, 200),
    row('midshire', 2022, 150),
    row('midshire', 2023, 180),
    row('eastshire', 2023, 250),
    row('westshire', 2023, 100),
  ];
  const o = officerNumbers(rows, subject, population, source)!;
  assert.equal(o.latest.label, '31 March 2023');
  assert.equal(o.latest.per1000, 1.8); // 180 / 100,000 × 1,000
  assert.equal(o.since2010?.difference, -20);
  assert.equal(o.since2010?.percent, -10);
  assert.equal(o.sinceLastYear?.difference, 30);
  assert.equal(o.sinceLastYear?.percent, 20);
  assert.equal(o.peers?.rank, 2);
  assert.equal(o.peers?.rankText, '2nd highest number of officers per 1,000 population of 3');
  assert.equal(o.years[0]?.population?.source, '2011 Census');
  const words = officerSentences(o, 'Midshire Police').join(' ');
  assert.match(words, /On 31 March 2023, Midshire Police had 180\.0 full-time equivalent police officers/);
  assert.match(words, /1\.80 per 1,000 population \(ONS mid-year population estimate, mid-2023\)/);
  assert.match(words, /-10% \(-20\.0\) on 31 March 2010 and \+20% \(\+30\.0\) on 31 March 2022/);
  assert.match(words, /released 26 July 2023/);
});

test('a peer the table holds nothing for at that date is named, not silently dropped', () => {
  const rows = [row('midshire', 2023, 180), row('eastshire', 2023, 250)];
  const o = officerNumbers(rows, subject, population, source)!;
  assert.equal(o.peers?.of, 2);
  assert.deepEqual(o.peers?.missing, ['Westshire Police']);
  assert.match(officerSentences(o, 'Midshire Police').join(' '), /no figure for Westshire Police/);
});

const WORKFORCE = join(SHARED_DATA, 'home-office', 'open-data-table-police-workforce-260723.ods');
const skip = existsSync(WORKFORCE)
  ? false
  : '../shared/data is absent (a user clone): real-data test not run';
let result: MeasuresResult;
let markdown = '';

before(() => {
  if (skip) return;
  const workspace = join(scratchDir('scrutiny-officers-'), 'ws');
  scrutinyOk('init', workspace, '--force-slug', 'warwickshire', '--peers', 'west-mercia,staffordshire');
  mkdirSync(join(workspace, 'data', 'home-office'), { recursive: true });
  copyFileSync(
    WORKFORCE,
    join(workspace, 'data', 'home-office', 'open-data-table-police-workforce-260723.ods'),
  );
  scrutinyOk('-w', workspace, 'ingest');
  result = JSON.parse(scrutinyOk('-w', workspace, 'measures', '--period', 'Q4 2022/23', '--json'));
  scrutinyOk('-w', workspace, 'statement', '--period', 'Q4 2022/23');
  markdown = readFileSync(join(workspace, 'out', 'statements', '2022-23-q4', 'statement.md'), 'utf8');
});

test("real workforce table: Warwickshire's published officer FTE, each rate with its population", {
  skip,
}, () => {
  const o = result.officers;
  assert.ok(o);
  const fte = (year: string) => o.years.find((y) => y.asAt.startsWith(year))?.fteText;
  assert.equal(fte('2010'), '972.9');
  assert.equal(fte('2018'), '806.4');
  assert.equal(fte('2023'), '1,101.8');
  assert.equal(o.latest.population?.source, 'ONS mid-year population estimate, mid-2023');
  assert.equal(o.years.find((y) => y.asAt.startsWith('2010'))?.population?.source, '2011 Census');
  assert.equal(o.source.released, '26 July 2023');
  assert.equal(o.peers?.of, 3);
  for (const text of ['1,101.8 full-time equivalent police officers', '| 2010 | 972.9 |', '| 2018 | 806.4 |'])
    assert.ok(markdown.includes(text), text);
  assert.match(markdown, /\(2011 Census\)/);
  assert.match(markdown, /Source: Home Office police workforce open data table, released 26 July 2023\./);
  assert.doesNotMatch(markdown, /ho_workforce|warwickshire\b/);
});
