/**
 * The built-in ONS district -> partnership -> force area lookups are the published files, row for
 * row (../shared/data/reference/lad-csp-pfa-lookup-2016.csv and -2023.csv, read here with a few
 * lines of CSV code, not the module's parser), and the facts ../shared/data/README.md states hold.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  districtByName,
  districtOfLsoaName,
  districtsOfForceArea,
  lookupDistricts,
  lookupEdition,
} from '../../src/catalogue/reference/index.js';
import { splitCsvLine } from '../helpers/csvLine.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.resolve(repoRoot, '..', 'shared', 'data', 'reference');
const skip = existsSync(dir) ? false : '../shared/data is absent (a user clone): real-data test not run';

for (const edition of ['2016', '2023'] as const) {
  test(`the built-in ${edition} lookup holds every row of the published file`, { skip }, () => {
    const text = readFileSync(path.join(dir, `lad-csp-pfa-lookup-${edition}.csv`), 'utf8').replace(
      /^\uFEFF/,
      '',
    );
    const published = text
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => splitCsvLine(line).slice(0, 5).join('|'))
      .sort();
    const built = lookupDistricts(edition)
      .flatMap((d) => d.partnerships.map((p) => [d.code, d.name, p.code, p.name, d.forceArea].join('|')))
      .sort();
    assert.deepEqual(built, published);
  });
}

test('what the shared README says: Warwickshire, South Warwickshire, North Northamptonshire', () => {
  assert.deepEqual(
    districtsOfForceArea('E23000017', '2023').map((d) => d.name),
    ['North Warwickshire', 'Nuneaton and Bedworth', 'Rugby', 'Stratford-on-Avon', 'Warwick'],
  );
  assert.deepEqual(
    districtByName('warwick', '2023')?.partnerships.map((p) => p.name),
    ['South Warwickshire'],
  );
  assert.deepEqual(
    districtByName('North Northamptonshire', '2023')?.partnerships.map((p) => p.name),
    ['Corby', 'East Northamptonshire', 'Kettering', 'Wellingborough'],
  );
  // Not in the 2016 file; found in the 2023 one when asked with the older edition.
  assert.equal(
    lookupDistricts('2016').some((d) => d.name === 'West Northamptonshire'),
    false,
  );
  assert.equal(districtByName('West Northamptonshire', '2016')?.forceArea, 'E23000022');
  assert.equal(lookupDistricts('2023').length, 318);
  assert.equal(districtOfLsoaName('Warwick 001A'), 'Warwick');
  assert.equal(districtOfLsoaName('Kingston upon Hull, City of 012C'), 'Kingston upon Hull, City of');
  assert.equal(districtOfLsoaName('No Location'), undefined);
  assert.equal(lookupEdition('2020-12'), '2016');
  assert.equal(lookupEdition('2021-01'), '2023');
});
