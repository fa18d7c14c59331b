/**
 * Bad input to the Home Office loaders: one test per case, each asserting the exact problem (file,
 * line, field, expected, found) and that nothing reached the store when the file is rejected.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Problem } from '../../src/errors/problem.js';
import { formatProblem } from '../../src/errors/problem.js';
import {
  homeOfficeOutcomesLoader,
  homeOfficeRecordedCrimeLoader,
} from '../../src/sources/homeOffice/index.js';
import type { DatasetLoader } from '../../src/sources/loader.js';
import { runLoader, writeTemp } from '../fixtures/home-office/loaderHarness.js';
import { odsBytes } from '../fixtures/home-office/odsWriter.js';

const HEADER =
  'Financial Year,Financial Quarter,Force Name,Offence Description,Offence Group,Offence Subgroup,Offence Code,Number of Offences';
const EXPECTED_COLUMNS =
  'Financial Year, Financial Quarter, Force Name, Offence Description, Offence Group, Offence Subgroup, Offence Code, Number of Offences';
const GOOD =
  '2024/25,1,Warwickshire,Assault with injury,Violence against the person,Violence with injury,8N,812';
const GOOD_2 = '2024/25,1,Warwickshire,Burglary - Residential,Theft offences,Domestic burglary,28E,298';

/** Load `lines` as prc.csv; return the result and the number of rows that reached the store. */
async function load(
  lines: readonly string[],
  options: { skipBadRows?: boolean; loader?: DatasetLoader } = {},
) {
  const path = writeTemp('prc.csv', `${lines.join('\n')}\n`);
  const loader = options.loader ?? homeOfficeRecordedCrimeLoader;
  const run = await runLoader(loader, path, { skipBadRows: options.skipBadRows ?? false });
  const [count] = await run.store.query(`SELECT count(*) AS n FROM ${loader.dataset}`);
  run.store.close();
  return { ...run.result, stored: Number(count?.n) };
}

/** The parts of a problem the contract fixes. */
const where = (p: Problem | undefined) =>
  p && { code: p.code, file: p.file, line: p.line, field: p.field, expected: p.expected, found: p.found };

test('missing and unexpected header columns: the problem lists what was expected and found', async () => {
  const header = HEADER.replace('Offence Code', 'HO Code');
  const result = await load([`${header},Notes`, `${GOOD},x`]);
  assert.equal(result.problems.length, 1);
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.header-mismatch',
    file: 'prc.csv',
    line: 1,
    field: undefined,
    expected: EXPECTED_COLUMNS,
    found: `${header.replaceAll(',', ', ')}, Notes`,
  });
  assert.match(result.problems[0]?.message ?? '', /missing: Offence Code; unexpected: HO Code, Notes/);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [0, 1, 0]);
});

test('wrong column count', async () => {
  const result = await load([HEADER, GOOD, `${GOOD_2},extra`]);
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.column-count',
    file: 'prc.csv',
    line: 3,
    field: undefined,
    expected: '8 columns, as in the header',
    found: '9',
  });
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [0, 2, 0]);
});

test('unterminated quote: reported where the value opens, naming its column', async () => {
  const result = await load([
    HEADER,
    GOOD,
    '2024/25,1,"Warwickshire,Burglary,Theft offences,Domestic burglary,28E,298',
    GOOD,
  ]);
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.unterminated-quote',
    file: 'prc.csv',
    line: 3,
    field: 'Force Name',
    expected: 'a closing double quote (")',
    found: 'the end of the file',
  });
  assert.equal(
    formatProblem(result.problems[0]!),
    'prc.csv:3: Force Name: a quoted value is never closed, so the rest of the file is swallowed by it: expected a closing double quote ("), found the end of the file',
  );
  // The swallowed lines are one (bad) row: 1 good + 1 bad.
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [0, 2, 0]);
});

test('unknown offence code', async () => {
  const result = await load([HEADER, GOOD.replace(',8N,', ',99Z,')]);
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.unknown-offence-code',
    file: 'prc.csv',
    line: 2,
    field: 'Offence Code',
    expected: 'a Home Office offence code such as 8N, 28E or 4.1 (4/1)',
    found: '"99Z"',
  });
  assert.equal(result.stored, 0);
});

test('a count that is not a whole number', async () => {
  const result = await load([HEADER, GOOD, GOOD_2.replace(',298', ',29.8')]);
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.not-a-count',
    file: 'prc.csv',
    line: 3,
    field: 'Number of Offences',
    expected: 'a whole number, 0 or more',
    found: '"29.8"',
  });
  assert.equal(result.stored, 0);
});

test('a negative count is a published revision, kept as given; "-00" is 0', async () => {
  const result = await load([HEADER, GOOD.replace(',812', ', -00 '), GOOD_2.replace(',298', ', -5 ')]);
  assert.deepEqual(
    [result.rowsAccepted, result.rowsRejected, result.stored, result.problems.length],
    [2, 0, 2, 0],
  );
});

test('bad financial year and bad quarter: both reported for the row', async () => {
  const result = await load([HEADER, GOOD.replace('2024/25,1,', '2024/26,Q5,')]);
  assert.deepEqual(result.problems.map(where), [
    {
      code: 'ingest.bad-financial-year',
      file: 'prc.csv',
      line: 2,
      field: 'Financial Year',
      expected: "a financial year written '2023/24' (April 2023 to March 2024)",
      found: '"2024/26"',
    },
    {
      code: 'ingest.bad-quarter',
      file: 'prc.csv',
      line: 2,
      field: 'Financial Quarter',
      expected: "a quarter 1 to 4 (or 'Q1' to 'Q4'); Q1 is April to June",
      found: '"Q5"',
    },
  ]);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected], [0, 1]);
});

test('unknown outcome type in the outcomes table (0 to 22, never empty there)', async () => {
  const header = `${HEADER.replace(',Number of Offences', '')},Outcome Description,Outcome Group,Outcome Type,Force outcomes recorded in quarter,Force outcomes for offences recorded in quarter`;
  const row = (type: string) =>
    `2024/25,1,Warwickshire,Assault with injury,VAP,Violence with injury,8N,Charged,Charged,${type},5,2`;
  const result = await load([header, row('1'), row('23'), row('')], { loader: homeOfficeOutcomesLoader });
  assert.deepEqual(result.problems.map(where), [
    {
      code: 'ingest.unknown-outcome-code',
      file: 'prc.csv',
      line: 3,
      field: 'Outcome Type',
      expected: 'a whole number from 0 to 22',
      found: '"23"',
    },
    {
      code: 'ingest.unknown-outcome-code',
      file: 'prc.csv',
      line: 4,
      field: 'Outcome Type',
      expected: 'a whole number from 0 to 22',
      found: '(empty)',
    },
  ]);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [0, 3, 0]);
});

test('an unknown force name is kept under a slug made from the name, with one warning', async () => {
  const wessex = (code: string) =>
    GOOD.replace('Warwickshire', 'Wessex Constabulary').replace(',8N,', `,${code},`);
  const result = await load([HEADER, GOOD, wessex('8N'), wessex('105A')]);
  assert.deepEqual(result.problems.map(where), [
    {
      code: 'ingest.unknown-force-name',
      file: 'prc.csv',
      line: 3,
      field: 'Force Name',
      expected: 'one of the 43 territorial forces of England and Wales or British Transport Police',
      found: '"Wessex Constabulary"',
    },
  ]);
  assert.equal(result.problems[0]?.severity, 'warning');
  assert.match(result.problems[0]?.message ?? '', /its 2 rows .* under the slug 'wessex'/);
  assert.equal(result.rowsAccepted, 3);
  assert.deepEqual(
    result.coverage.map((c) => [c.forceSlug, c.rows]),
    [
      ['warwickshire', 1],
      ['wessex', 2],
    ],
  );
});

test('UTF-8 with BOM and Windows-1252 files read £, é and the en dash correctly', async () => {
  const text = `${HEADER}\r\n2024/25,1,Warwickshire,Fraud – café £50,Fraud,Fraud,8N,3\r\n`;
  const utf8Bom = writeTemp(
    'bom.csv',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  );
  // Windows-1252: latin1 for £ and é, 0x96 for the en dash.
  const cp1252 = writeTemp('cp1252.csv', Buffer.from(text.replace('–', '\u0096'), 'latin1'));
  for (const [path, encoding] of [
    [utf8Bom, 'utf-8'],
    [cp1252, 'windows-1252'],
  ] as const) {
    const { result, store } = await runLoader(homeOfficeRecordedCrimeLoader, path, { encoding });
    assert.deepEqual(result.problems, [], path);
    const rows = await store.query(`SELECT line, offence_description FROM ho_recorded_crime`);
    assert.deepEqual(rows, [{ line: 2, offence_description: 'Fraud – café £50' }]);
    store.close();
  }
});

test('an empty file', async () => {
  const path = writeTemp('empty.csv', '');
  const { result, store } = await runLoader(homeOfficeRecordedCrimeLoader, path);
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.empty-file',
    file: 'empty.csv',
    line: undefined,
    field: undefined,
    expected: `a header line: ${EXPECTED_COLUMNS}`,
    found: 'nothing',
  });
  assert.deepEqual([result.rowsAccepted, result.rowsRejected], [0, 0]);
  store.close();
});

test('skipBadRows: the good rows load, each bad row comes back with its reason and raw text', async () => {
  const bad1 = GOOD.replace(',8N,', ',99Z,');
  const bad2 = GOOD_2.replace(',298', ',many');
  const result = await load([HEADER, GOOD, bad1, '', GOOD_2, bad2], { skipBadRows: true });
  assert.deepEqual([result.rowsAccepted, result.rowsRejected, result.stored], [2, 2, 2]);
  assert.deepEqual(
    result.rejects.map((r) => [r.line, r.problem.code, r.raw]),
    [
      [3, 'ingest.unknown-offence-code', bad1],
      [6, 'ingest.not-a-count', bad2], // line 4 is blank: lines still count it
    ],
  );
});

test('more than 50 bad rows: 50 problems and one line with the total', async () => {
  const bad = GOOD.replace(',812', ',lots');
  const result = await load([HEADER, ...Array.from({ length: 60 }, () => bad)]);
  assert.equal(result.problems.length, 51);
  assert.equal(result.problems[49]?.line, 51);
  assert.equal(result.problems[50]?.code, 'ingest.more-problems');
  assert.match(result.problems[50]?.message ?? '', /^60 rows are bad in all; only the first 50/);
  assert.deepEqual([result.rowsAccepted, result.rowsRejected], [0, 60]);
});

test('a workbook problem names the sheet and its row', async () => {
  const path = writeTemp('prc-tables.ods', '');
  const header = HEADER.split(',');
  const row = GOOD.split(',').map((cell, i) => (i === 7 ? { number: 4.5 } : cell));
  writeFileSync(
    path,
    odsBytes([
      { name: 'Notes', rows: [{ cells: ['About these tables'] }] },
      { name: 'Data 2024-25', rows: [{ cells: ['Title'] }, { cells: header }, { cells: row }] },
    ]),
  );
  const { result, store } = await runLoader(homeOfficeRecordedCrimeLoader, path);
  assert.equal(
    formatProblem(result.problems[0]!),
    'prc-tables.ods!Data 2024-25:3: Number of Offences: the value is not a count: expected a whole number, 0 or more, found "4.5"',
  );
  store.close();
});

test('a workbook without the header row on any sheet', async () => {
  const notAWorkbook = writeTemp('prc-tables.xlsx', '');
  const ods = writeTemp(
    'prc-tables.ods',
    odsBytes([{ name: 'Cover', rows: [{ cells: ['Police recorded crime'] }] }]),
  );
  const { result, store } = await runLoader(homeOfficeRecordedCrimeLoader, ods);
  assert.deepEqual(where(result.problems[0]), {
    code: 'ingest.header-not-found',
    file: 'prc-tables.ods',
    line: undefined,
    field: undefined,
    expected: `a row with the columns ${EXPECTED_COLUMNS}`,
    found: 'no such row',
  });
  store.close();
  const broken = await runLoader(homeOfficeRecordedCrimeLoader, notAWorkbook);
  assert.equal(broken.result.problems[0]?.code, 'ingest.unreadable-workbook');
  assert.equal(broken.result.problems[0]?.file, 'prc-tables.xlsx');
  broken.store.close();
});

test("a force name unknown to the reference that is the workspace's own force raises no warning", async () => {
  // A demo workspace's fictional force: its slug is the one the name gives.
  const path = writeTemp('prc.csv', `${HEADER}\n${GOOD.replace('Warwickshire', 'Wessex Constabulary')}\n`);
  const { result, store } = await runLoader(homeOfficeRecordedCrimeLoader, path, {
    workspaceForceSlug: 'wessex',
  });
  assert.deepEqual(result.problems, []);
  assert.deepEqual(await store.query('SELECT force_slug FROM ho_recorded_crime'), [{ force_slug: 'wessex' }]);
  store.close();
});

test('a CSV with title rows above its header loads; one with no header at all is judged on line 1', async () => {
  const titled = await load(['Police recorded crime,,,,,,,', 'Source: Home Office,,,,,,,', HEADER, GOOD]);
  assert.deepEqual([titled.problems, titled.rowsAccepted, titled.stored], [[], 1, 1]);
  const headless = await load([GOOD, GOOD_2]);
  assert.deepEqual(where(headless.problems[0]), {
    code: 'ingest.header-mismatch',
    file: 'prc.csv',
    line: 1,
    field: undefined,
    expected: EXPECTED_COLUMNS,
    found: GOOD.replaceAll(',', ', '),
  });
  assert.deepEqual([headless.rowsAccepted, headless.rowsRejected], [0, 1]);
});
