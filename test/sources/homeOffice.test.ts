/**
 * The Home Office open data table loaders on good input: hand-written CSV fixtures
 * (test/fixtures/home-office/) and the same table as .ods and .xlsx workbooks made by our own code.
 * Expected values are worked out by hand from the fixture files.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  homeOfficeOutcomesLoader,
  homeOfficeRecordedCrimeLoader,
} from '../../src/sources/homeOffice/index.js';
import { FIXTURES, runLoader, writeTemp } from '../fixtures/home-office/loaderHarness.js';
import { homeOfficeOds, homeOfficeXlsx } from '../fixtures/home-office/workbooks.js';

const RECORDED = join(FIXTURES, 'home-office', 'prc-pfa-recorded-crime.csv');
const OUTCOMES = join(FIXTURES, 'home-office', 'prc-outcomes.csv');

test('recorded crime CSV: every row loads with its line, codes normalised, forces mapped to slugs', async () => {
  const { result, store, sourceId } = await runLoader(homeOfficeRecordedCrimeLoader, RECORDED);
  assert.deepEqual(result.problems, []);
  assert.equal(result.rowsAccepted, 12);
  assert.equal(result.rowsRejected, 0);
  assert.equal(result.versionKey, '2024-04-01'); // Q1 2024/25, the latest quarter
  assert.equal(result.firstPeriod, '2024-01-01'); // Q4 2023/24
  assert.equal(result.lastPeriod, '2024-04-01');
  assert.deepEqual(
    [...result.coverage].sort((a, b) =>
      `${a.period}${a.forceSlug}`.localeCompare(`${b.period}${b.forceSlug}`),
    ),
    [
      { forceSlug: 'city-of-london', period: '2024-01-01', rows: 1 },
      { forceSlug: 'warwickshire', period: '2024-01-01', rows: 4 },
      { forceSlug: 'west-mercia', period: '2024-01-01', rows: 1 },
      { forceSlug: 'city-of-london', period: '2024-04-01', rows: 1 },
      { forceSlug: 'warwickshire', period: '2024-04-01', rows: 4 },
      { forceSlug: 'west-mercia', period: '2024-04-01', rows: 1 },
    ],
  );
  const rows = await store.query(
    `SELECT source_id, line, financial_year, financial_quarter, strftime(quarter_start, '%Y-%m-%d') AS q,
            force_name, force_slug, offence_code, offences
     FROM ho_recorded_crime WHERE line IN (3, 9, 10, 11, 13) ORDER BY line`,
  );
  assert.deepEqual(rows, [
    // '4/1' is stored as '4.1'
    {
      source_id: sourceId,
      line: 3,
      financial_year: '2023/24',
      financial_quarter: 4,
      q: '2024-01-01',
      force_name: 'Warwickshire',
      force_slug: 'warwickshire',
      offence_code: '4.1',
      offences: 0,
    },
    // 'Q1' is quarter 1
    {
      source_id: sourceId,
      line: 9,
      financial_year: '2024/25',
      financial_quarter: 1,
      q: '2024-04-01',
      force_name: 'Warwickshire',
      force_slug: 'warwickshire',
      offence_code: '4.1',
      offences: 1,
    },
    // "1,020" is 1020
    {
      source_id: sourceId,
      line: 10,
      financial_year: '2024/25',
      financial_quarter: 1,
      q: '2024-04-01',
      force_name: 'Warwickshire',
      force_slug: 'warwickshire',
      offence_code: '8N',
      offences: 1020,
    },
    // '28e' is '28E'
    {
      source_id: sourceId,
      line: 11,
      financial_year: '2024/25',
      financial_quarter: 1,
      q: '2024-04-01',
      force_name: 'Warwickshire',
      force_slug: 'warwickshire',
      offence_code: '28E',
      offences: 298,
    },
    {
      source_id: sourceId,
      line: 13,
      financial_year: '2024/25',
      financial_quarter: 1,
      q: '2024-04-01',
      force_name: 'London, City of',
      force_slug: 'city-of-london',
      offence_code: '8N',
      offences: 104,
    },
  ]);
  const [total] = await store.query(
    `SELECT sum(offences) AS n FROM ho_recorded_crime WHERE offence_code = '8N'`,
  );
  assert.equal(Number(total?.n), 812 + 1534 + 97 + 1020 + 1601 + 104);
  store.close();
});

test('outcomes CSV: outcome types and both counts; an empty second count is NULL', async () => {
  const { result, store } = await runLoader(homeOfficeOutcomesLoader, OUTCOMES);
  assert.deepEqual(result.problems, []);
  assert.equal(result.rowsAccepted, 8);
  assert.equal(result.versionKey, '2024-04-01');
  const rows = await store.query(
    `SELECT line, force_slug, offence_code, outcome_type, outcome_group, outcomes, outcomes_of_offences_recorded
     FROM ho_outcomes WHERE line IN (4, 6, 8) ORDER BY line`,
  );
  assert.deepEqual(rows, [
    {
      line: 4,
      force_slug: 'warwickshire',
      offence_code: '8N',
      outcome_type: 16,
      outcome_group: 'Evidential difficulties (victim does not support action)',
      outcomes: 402,
      outcomes_of_offences_recorded: null,
    },
    {
      line: 6,
      force_slug: 'west-mercia',
      offence_code: '4.1',
      outcome_type: 1,
      outcome_group: 'Charged/Summonsed',
      outcomes: 2,
      outcomes_of_offences_recorded: 0,
    },
    {
      line: 8,
      force_slug: 'warwickshire',
      offence_code: '8N',
      outcome_type: 0,
      outcome_group: 'Not yet assigned an outcome',
      outcomes: 0,
      outcomes_of_offences_recorded: 388,
    },
  ]);
  store.close();
});

for (const kind of ['ods', 'xlsx'] as const) {
  test(`recorded crime .${kind}: the header is found below the title rows, on the data sheet`, async () => {
    const path = writeTemp(`prc-pfa-tables.${kind}`, '');
    if (kind === 'ods') writeFileSync(path, homeOfficeOds());
    else await homeOfficeXlsx(path);
    const { result, store } = await runLoader(homeOfficeRecordedCrimeLoader, path);
    assert.deepEqual(result.problems, []);
    assert.equal(result.rowsAccepted, 4);
    assert.equal(result.versionKey, '2024-04-01');
    const rows = await store.query(
      `SELECT line, force_slug, financial_quarter, offence_code, offences FROM ho_recorded_crime ORDER BY line`,
    );
    // Sheet rows 6 to 9: the header is on row 5 of sheet "Table 1".
    assert.deepEqual(rows, [
      { line: 6, force_slug: 'warwickshire', financial_quarter: 4, offence_code: '8N', offences: 812 },
      { line: 7, force_slug: 'warwickshire', financial_quarter: 4, offence_code: '28E', offences: 341 },
      { line: 8, force_slug: 'warwickshire', financial_quarter: 1, offence_code: '8N', offences: 1020 },
      { line: 9, force_slug: 'west-mercia', financial_quarter: 1, offence_code: '4.1', offences: 2 },
    ]);
    store.close();
  });
}

test('a workbook is recognised by name; a CSV by its header', () => {
  const header = [
    'Financial Year',
    'Financial Quarter',
    'Force Name',
    'Offence Description',
    'Offence Group',
    'Offence Subgroup',
    'Offence Code',
    'Number of Offences',
  ];
  const outcomesHeader = [
    ...header.slice(0, 7),
    'Outcome Description',
    'Outcome Group',
    'Outcome Type',
    'Force outcomes recorded in quarter',
    'Force outcomes for offences recorded in quarter',
  ];
  assert.equal(homeOfficeRecordedCrimeLoader.matches('prc-pfa-mar2013-onwards-tables.ods', []), true);
  assert.equal(homeOfficeOutcomesLoader.matches('prc-pfa-mar2013-onwards-tables.ods', []), false);
  assert.equal(homeOfficeOutcomesLoader.matches('prc-outcomes-open-data-mar2024.xlsx', []), true);
  assert.equal(homeOfficeRecordedCrimeLoader.matches('anything.csv', header), true);
  assert.equal(homeOfficeOutcomesLoader.matches('anything.csv', header), false);
  assert.equal(homeOfficeOutcomesLoader.matches('anything.csv', outcomesHeader), true);
  assert.equal(homeOfficeRecordedCrimeLoader.matches('anything.csv', outcomesHeader), false);
  assert.equal(
    homeOfficeRecordedCrimeLoader.matches('2025-01-warwickshire-street.csv', ['Crime ID', 'Month']),
    false,
  );
});
