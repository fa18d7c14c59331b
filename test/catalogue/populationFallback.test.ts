/**
 * Populations: the ONS mid-year estimate where the built-in mid-year table holds the force and year,
 * otherwise the 2011 Census, labelled as such. The built-in Census table must equal the published
 * file in ../shared/data/reference (read here by splitting its lines).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CENSUS_2011_POPULATION } from '../../src/catalogue/reference/censusPopulations.js';
import { forceBySlug, forceSlugFromHomeOfficeName } from '../../src/catalogue/reference/index.js';
import { latestPopulation, populationFor } from '../../src/catalogue/reference/populationFor.js';
import { forceDefaults } from '../../src/workspace/forceDefaults.js';
import { SHARED_DATA } from '../fixtures/police-uk/testWorkspace.js';

const CENSUS = join(SHARED_DATA, 'reference', 'pfa-population-census-2011.csv');

test('a year the mid-year table does not hold falls back to the 2011 Census, said as such', () => {
  assert.deepEqual(populationFor('warwickshire', 2023), {
    value: 617823,
    source: 'ONS mid-year population estimate, mid-2023',
    censusFallback: false,
  });
  assert.deepEqual(populationFor('warwickshire', 2010), {
    value: 545474,
    source: '2011 Census',
    censusFallback: true,
  });
  assert.equal(populationFor('british-transport-police', 2023), undefined);
  assert.equal(latestPopulation('warwickshire')?.value, 617823);
  assert.equal(forceDefaults('warwickshire')?.populationSource, 'ONS mid-year population estimate, mid-2023');
});

test('the built-in 2011 Census table equals the published file, force by force', {
  skip: existsSync(CENSUS) ? false : '../shared/data is absent (a user clone): real-data test not run',
}, () => {
  const lines = readFileSync(CENSUS, 'utf8').trim().split(/\r?\n/).slice(1);
  assert.equal(lines.length, 43);
  assert.equal(CENSUS_2011_POPULATION.size, 43);
  for (const line of lines) {
    const [name = '', population = ''] = line.split(',');
    const code = forceBySlug(forceSlugFromHomeOfficeName(name) ?? '')?.onsCode ?? '';
    assert.equal(CENSUS_2011_POPULATION.get(code), Number(population), name);
  }
});
