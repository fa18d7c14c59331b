/**
 * Bad input to the force extract loaders: one test per case, asserting the exact problem (file, line,
 * field, expected, found) and that nothing reached the store when the file is rejected.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Problem } from '../../src/errors/problem.js';
import {
  forceCrimesLoader,
  forceOcgDisruptionsLoader,
  forceSatisfactionLoader,
} from '../../src/sources/forceExtract/index.js';
import type { DatasetLoader, IngestFile } from '../../src/sources/loader.js';
import { runLoader, writeTemp } from '../fixtures/home-office/loaderHarness.js';

const CRIMES = 'crime_ref,recorded_date,offence_code,district,lsoa_code,outcome_code,outcome_date,flags';
const CRIME = '24WK000001,2025-01-10,8N,Warwick,E01031234,1,2025-01-20,knife';
const CRIME_2 = '24WK000002,2025-01-11,28E,Rugby,,,,';
const SATISFACTION = 'month,cohort,responses,satisfied';
const OCG = 'date,level,adults_safeguarded,children_safeguarded';

interface LoadOptions {
  readonly skipBadRows?: boolean;
  readonly encoding?: IngestFile['encoding'];
}

async function load(
  loader: DatasetLoader,
  name: string,
  content: string | Buffer,
  options: LoadOptions = {},
) {
  const path = writeTemp(name, content, 'force-extract-2025-02-03');
  const run = await runLoader(loader, path, {
    displayPath: `data/force-extract-2025-02-03/${name}`,
    skipBadRows: options.skipBadRows ?? false,
    encoding: options.encoding ?? 'utf-8',
    extractDate: '2025-02-03',
  });
  const [count] = await run.store.query(`SELECT count(*) AS n FROM ${loader.dataset}`);
  run.store.close();
  return { ...run.result, stored: Number(count?.n) };
}

const crimes = (...rows: string[]) =>
  load(forceCrimesLoader, 'crimes.csv', `${[CRIMES, ...rows].join('\n')}\n`);
const FILE = 'data/force-extract-2025-02-03/crimes.csv';
const where = (p: Problem | undefined) =>
  p && { code: p.code, file: p.file, line: p.line, field: p.field, expected: p.expected, found: p.found };

test('header with a missing and an unexpected column', async () => {
  const result = await load(
    forceCrimesLoader,
    'crimes.csv',
    `${CRIMES.replace(',flags', ',flag_list')}\n${CRIME}\n`,
  );
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.header-mismatch',
    file: FILE,
    line: 1,
    field: undefined,
    expected:
      'crime_ref, recorded_date, offence_code, district, lsoa_code, outcome_code, outcome_date, flags',
    found:
      'crime_ref, recorded_date, offence_code, district, lsoa_code, outcome_code, outcome_date, flag_list',
  });
  assert.match(result.problems[0]?.message ?? '', /missing: flags; unexpected: flag_list/);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [0, 1, 0]);
});

test('wrong column count', async () => {
  const result = await crimes(CRIME, '24WK000002,2025-01-11,28E,Rugby');
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.column-count',
    file: FILE,
    line: 3,
    field: undefined,
    expected: '8 columns, as in the header',
    found: '4',
  });
  assert.equal(result.stored, 0);
});

test('unterminated quote', async () => {
  const result = await crimes(CRIME, '24WK000002,2025-01-11,28E,"Rugby,,,,', CRIME_2);
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.unterminated-quote',
    file: FILE,
    line: 3,
    field: 'district',
    expected: 'a closing double quote (")',
    found: 'the end of the file',
  });
  assert.equal(result.stored, 0);
});

test('bad dates: not a calendar day, not ISO', async () => {
  const result = await crimes(
    CRIME.replace('2025-01-10', '2025-02-30'),
    CRIME_2.replace('2025-01-11', '11/01/2025'),
  );
  assert.deepEqual(result.problems.map(where), [
    {
      code: 'ingest.bad-date',
      file: FILE,
      line: 2,
      field: 'recorded_date',
      expected: 'a date written YYYY-MM-DD',
      found: '"2025-02-30"',
    },
    {
      code: 'ingest.bad-date',
      file: FILE,
      line: 3,
      field: 'recorded_date',
      expected: 'a date written YYYY-MM-DD',
      found: '"11/01/2025"',
    },
  ]);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [0, 2, 0]);
});

test('unknown offence code', async () => {
  const result = await crimes(CRIME.replace(',8N,', ',8Z,'));
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.unknown-offence-code',
    file: FILE,
    line: 2,
    field: 'offence_code',
    expected: 'a Home Office offence code such as 8N, 28E or 4.1 (4/1)',
    found: '"8Z"',
  });
});

test('unknown outcome code (0 to 22, or empty)', async () => {
  const result = await crimes(CRIME.replace(',1,2025-01-20,', ',23,2025-01-20,'));
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.unknown-outcome-code',
    file: FILE,
    line: 2,
    field: 'outcome_code',
    expected: 'a whole number from 0 to 22, or empty when no outcome is assigned yet',
    found: '"23"',
  });
  assert.equal(result.stored, 0);
});

test('unknown flag', async () => {
  const result = await crimes(CRIME.replace(',knife', ',knife;gun'));
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.unknown-flag',
    file: FILE,
    line: 2,
    field: 'flags',
    expected: "flags separated by ';' from knife, firearm, domestic_abuse, hate, exceptional_incident",
    found: '"gun"',
  });
});

test('a crime reference twice, an outcome dated before the crime, a malformed LSOA code', async () => {
  const result = await crimes(
    CRIME,
    CRIME_2.replace('24WK000002', '24WK000001'),
    '24WK000003,2025-01-12,8N,Warwick,E0103123,1,2025-01-02,',
  );
  assert.deepEqual(result.problems.map(where), [
    {
      code: 'ingest.duplicate-row',
      file: FILE,
      line: 3,
      field: 'crime_ref',
      expected: 'each key once per file',
      found: '"24WK000001"',
    },
    {
      code: 'ingest.bad-lsoa-code',
      file: FILE,
      line: 4,
      field: 'lsoa_code',
      expected: 'an LSOA code such as E01031234 (E01 or W01 and six digits), or empty',
      found: '"E0103123"',
    },
    {
      code: 'ingest.outcome-before-recorded',
      file: FILE,
      line: 4,
      field: 'outcome_date',
      expected: 'a date on or after recorded_date (2025-01-12)',
      found: '"2025-01-02"',
    },
  ]);
  assert.match(result.problems[0]?.message ?? '', /line 2/);
});

test("satisfaction: bad month ('YYYY-MM'), unknown cohort, satisfied > responses, negative count", async () => {
  const result = await load(
    forceSatisfactionLoader,
    'satisfaction.csv',
    [
      SATISFACTION,
      '2025-13,burglary,10,5',
      '2025-01,shoplifting,10,5',
      '2025-01,burglary,10,11',
      '2025-01,violence,-1,0',
      '',
    ].join('\n'),
  );
  const file = 'data/force-extract-2025-02-03/satisfaction.csv';
  assert.deepEqual(result.problems.map(where), [
    {
      code: 'ingest.bad-date',
      file,
      line: 2,
      field: 'month',
      expected: "a month written 'YYYY-MM'",
      found: '"2025-13"',
    },
    {
      code: 'ingest.unknown-cohort',
      file,
      line: 3,
      field: 'cohort',
      expected: 'one of domestic_abuse, vehicle_crime, violence, burglary, hate_crime',
      found: '"shoplifting"',
    },
    {
      code: 'ingest.satisfied-exceeds-responses',
      file,
      line: 4,
      field: 'satisfied',
      expected: 'at most responses (10)',
      found: '11',
    },
    {
      code: 'ingest.negative-count',
      file,
      line: 5,
      field: 'responses',
      expected: 'a whole number, 0 or more',
      found: '"-1"',
    },
  ]);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [0, 4, 0]);
});

test('satisfaction: the same month and cohort twice', async () => {
  const result = await load(
    forceSatisfactionLoader,
    'satisfaction.csv',
    `${SATISFACTION}\n2025-01,burglary,10,5\n2025-01,Burglary,12,6\n`,
  );
  assert.equal(result.problems[0]?.code, 'ingest.duplicate-row');
  assert.equal(result.problems[0]?.line, 3);
});

test('OCG disruptions: unknown level, negative count', async () => {
  const result = await load(
    forceOcgDisruptionsLoader,
    'ocg_disruptions.csv',
    `${OCG}\n2025-01-08,severe,1,0\n2025-01-09,minor,0,-2\n2025-01-10,Major,1,1\n`,
  );
  const file = 'data/force-extract-2025-02-03/ocg_disruptions.csv';
  assert.deepEqual(result.problems.map(where), [
    {
      code: 'ingest.unknown-ocg-level',
      file,
      line: 2,
      field: 'level',
      expected: 'one of major, moderate, minor',
      found: '"severe"',
    },
    {
      code: 'ingest.negative-count',
      file,
      line: 3,
      field: 'children_safeguarded',
      expected: 'a whole number, 0 or more',
      found: '"-2"',
    },
  ]);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [0, 3, 0]);
});

test('UTF-8 with BOM and Windows-1252: a district with é reads the same', async () => {
  const text = `${CRIMES}\r\n24WK000001,2025-01-10,8N,Bédworth £,,,,\r\n`;
  const bom = await load(
    forceCrimesLoader,
    'crimes.csv',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  );
  const cp1252 = await load(forceCrimesLoader, 'crimes.csv', Buffer.from(text, 'latin1'), {
    encoding: 'windows-1252',
  });
  for (const result of [bom, cp1252]) {
    assert.deepEqual(result.problems, []);
    assert.equal(result.stored, 1);
  }
  const path = writeTemp('crimes.csv', Buffer.from(text, 'latin1'), 'force-extract-2025-02-03');
  const { store } = await runLoader(forceCrimesLoader, path, {
    extractDate: '2025-02-03',
    encoding: 'windows-1252',
  });
  assert.deepEqual(await store.query('SELECT district FROM force_crimes'), [{ district: 'Bédworth £' }]);
  store.close();
});

test('skipBadRows: good rows load; rejects carry line, reason and raw text', async () => {
  const bad = CRIME_2.replace('2025-01-11', '2025-01-32');
  const result = await load(
    forceCrimesLoader,
    'crimes.csv',
    `${[CRIMES, CRIME, bad, '24WK000003,2025-01-12,8N,,,,,'].join('\n')}\n`,
    {
      skipBadRows: true,
    },
  );
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [2, 1, 2]);
  assert.deepEqual(
    result.rejects.map((r) => [r.line, r.problem.code, r.problem.field, r.raw]),
    [[3, 'ingest.bad-date', 'recorded_date', bad]],
  );
  assert.deepEqual(result.coverage, [{ forceSlug: 'warwickshire', period: '2025-01-01', rows: 2 }]);
});

test('a force extract outside a force-extract-YYYY-MM-DD folder has no version: nothing loads', async () => {
  const path = writeTemp('crimes.csv', `${CRIMES}\n${CRIME}\n`, 'exports');
  const { result, store } = await runLoader(forceCrimesLoader, path, {
    displayPath: 'data/exports/crimes.csv',
  });
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.no-extract-date',
    file: 'data/exports/crimes.csv',
    line: undefined,
    field: undefined,
    expected: 'a folder named force-extract-YYYY-MM-DD, for a day that exists',
    found: '"exports"',
  });
  assert.deepEqual(await store.query('SELECT count(*)::INTEGER AS n FROM force_crimes'), [{ n: 0 }]);
  store.close();
});

test('a header-only file loads nothing and says so', async () => {
  const result = await load(forceOcgDisruptionsLoader, 'ocg_disruptions.csv', `${OCG}\n`);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected], [0, 0]);
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.severity]),
    [['ingest.no-data-rows', 'warning']],
  );
});

test('a repeated crime reference with skipBadRows: the first is kept, the repeat rejected', async () => {
  const repeat = CRIME_2.replace('24WK000002', '24WK000001');
  const result = await load(
    forceCrimesLoader,
    'crimes.csv',
    `${[CRIMES, CRIME, CRIME_2, repeat].join('\n')}\n`,
    {
      skipBadRows: true,
    },
  );
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [2, 1, 2]);
  assert.deepEqual(
    result.rejects.map((r) => where(r.problem)),
    [
      {
        code: 'ingest.duplicate-row',
        file: FILE,
        line: 4,
        field: 'crime_ref',
        expected: 'each key once per file',
        found: '"24WK000001"',
      },
    ],
  );
  assert.deepEqual(result.coverage, [{ forceSlug: 'warwickshire', period: '2025-01-01', rows: 2 }]);
});
