/**
 * The force extract loaders on good input: the hand-written extract in
 * test/fixtures/force-extract/force-extract-2025-02-03/. Expected values are read off those files.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  forceCrimesLoader,
  forceOcgDisruptionsLoader,
  forceSatisfactionLoader,
} from '../../src/sources/forceExtract/index.js';
import { FIXTURES, runLoader } from '../fixtures/home-office/loaderHarness.js';

const EXTRACT = join(FIXTURES, 'force-extract', 'force-extract-2025-02-03');
const options = { extractDate: '2025-02-03', forceSlug: 'warwickshire' };

test('crimes.csv: every crime with its line; flags as a list; empty outcome NULL; 4/1 stored as 4.1', async () => {
  const { result, store, sourceId } = await runLoader(
    forceCrimesLoader,
    join(EXTRACT, 'crimes.csv'),
    options,
  );
  assert.deepEqual(result.problems, []);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected], [9, 0]);
  assert.equal(result.versionKey, '2025-02-03');
  assert.deepEqual(result.coverage, [
    { forceSlug: 'warwickshire', period: '2024-11-01', rows: 3 },
    { forceSlug: 'warwickshire', period: '2024-12-01', rows: 3 },
    { forceSlug: 'warwickshire', period: '2025-01-01', rows: 3 },
  ]);
  assert.deepEqual([result.firstPeriod, result.lastPeriod], ['2024-11-01', '2025-01-01']);
  const rows = await store.query(
    `SELECT source_id, line, force_slug, crime_ref, strftime(recorded_date, '%Y-%m-%d') AS recorded,
            strftime(month, '%Y-%m-%d') AS month, offence_code, district, lsoa_code, outcome_code,
            strftime(outcome_date, '%Y-%m-%d') AS outcome_date, flags
     FROM force_crimes WHERE line IN (2, 5, 6, 7) ORDER BY line`,
  );
  assert.deepEqual(rows, [
    {
      source_id: sourceId,
      line: 2,
      force_slug: 'warwickshire',
      crime_ref: '23WK000101',
      recorded: '2024-11-02',
      month: '2024-11-01',
      offence_code: '8N',
      district: 'Warwick',
      lsoa_code: 'E01031234',
      outcome_code: 1,
      outcome_date: '2024-12-20',
      flags: ['domestic_abuse'],
    },
    {
      source_id: sourceId,
      line: 5,
      force_slug: 'warwickshire',
      crime_ref: '23WK000104',
      recorded: '2024-12-01',
      month: '2024-12-01',
      offence_code: '105A',
      district: 'North Warwickshire',
      lsoa_code: null,
      outcome_code: null,
      outcome_date: null,
      flags: [],
    },
    {
      source_id: sourceId,
      line: 6,
      force_slug: 'warwickshire',
      crime_ref: '23WK000105',
      recorded: '2024-12-14',
      month: '2024-12-01',
      offence_code: '8N',
      district: 'Stratford-on-Avon',
      lsoa_code: 'E01031400',
      outcome_code: 8,
      outcome_date: '2025-01-09',
      flags: ['knife', 'hate'],
    },
    {
      source_id: sourceId,
      line: 7,
      force_slug: 'warwickshire',
      crime_ref: '23WK000106',
      recorded: '2024-12-24',
      month: '2024-12-01',
      offence_code: '4.1',
      district: 'Warwick',
      lsoa_code: 'E01031240',
      outcome_code: null,
      outcome_date: null,
      flags: ['exceptional_incident', 'knife'],
    },
  ]);
  const [knife] = await store.query(
    `SELECT count(*) AS n FROM force_crimes WHERE list_contains(flags, 'knife')`,
  );
  assert.equal(Number(knife?.n), 3);
  store.close();
});

test('satisfaction.csv: monthly results per cohort', async () => {
  const { result, store } = await runLoader(
    forceSatisfactionLoader,
    join(EXTRACT, 'satisfaction.csv'),
    options,
  );
  assert.deepEqual(result.problems, []);
  assert.deepEqual([result.rowsAccepted, result.versionKey], [6, '2025-02-03']);
  const rows = await store.query(
    `SELECT line, strftime(month, '%Y-%m') AS month, cohort, responses, satisfied
     FROM force_satisfaction WHERE line IN (5, 7) ORDER BY line`,
  );
  assert.deepEqual(rows, [
    { line: 5, month: '2024-12', cohort: 'burglary', responses: 27, satisfied: 27 },
    { line: 7, month: '2025-01', cohort: 'vehicle_crime', responses: 19, satisfied: 0 },
  ]);
  const [totals] = await store.query(
    `SELECT sum(responses) AS r, sum(satisfied) AS s FROM force_satisfaction`,
  );
  assert.deepEqual(
    [Number(totals?.r), Number(totals?.s)],
    [42 + 30 + 38 + 27 + 45 + 19, 35 + 22 + 30 + 27 + 33 + 0],
  );
  store.close();
});

test('ocg_disruptions.csv: one row per disruption, coverage per month', async () => {
  const { result, store } = await runLoader(
    forceOcgDisruptionsLoader,
    join(EXTRACT, 'ocg_disruptions.csv'),
    options,
  );
  assert.deepEqual(result.problems, []);
  assert.deepEqual(
    result.coverage.map((c) => [c.period, c.rows]),
    [
      ['2024-11-01', 1],
      ['2024-12-01', 2],
      ['2025-01-01', 1],
    ],
  );
  const rows = await store.query(
    `SELECT line, strftime(date, '%Y-%m-%d') AS date, strftime(month, '%Y-%m-%d') AS month, level,
            adults_safeguarded AS adults, children_safeguarded AS children
     FROM force_ocg_disruptions ORDER BY line`,
  );
  assert.deepEqual(rows[2], {
    line: 4,
    date: '2024-12-19',
    month: '2024-12-01',
    level: 'moderate',
    adults: 2,
    children: 4,
  });
  store.close();
});

test('the extract files are recognised by name, or by an exact header', () => {
  assert.equal(forceCrimesLoader.matches('crimes.csv', []), true);
  assert.equal(forceSatisfactionLoader.matches('satisfaction.csv', []), true);
  assert.equal(forceOcgDisruptionsLoader.matches('ocg_disruptions.csv', []), true);
  assert.equal(
    forceCrimesLoader.matches('satisfaction.csv', ['month', 'cohort', 'responses', 'satisfied']),
    false,
  );
  assert.equal(
    forceSatisfactionLoader.matches('survey-2025.csv', ['month', 'cohort', 'responses', 'satisfied']),
    true,
  );
  assert.equal(forceSatisfactionLoader.matches('other.csv', ['month', 'cohort']), false);
});
