/**
 * Issue 11, items 4, 5, 8 and 10: every typed police.uk value the loader converts is checked, a row
 * of another month than its file's is an error, errors are reported at the physical line with the
 * value actually found (after a quoted line break, in a CRLF file), an unterminated quote under
 * --skip-bad-rows counts every row it swallows, and header messages say what is wrong. Each
 * rejected ingest leaves the store as it was.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type Problem, ScrutinyError } from '../../src/errors/problem.js';
import { ingest } from '../../src/sources/ingest.js';
import {
  fixedEffects,
  fixture,
  openStore,
  storeFingerprint,
  testWorkspace,
} from '../fixtures/police-uk/testWorkspace.js';

const STOP_SEARCH = readFileSync(
  fixture('archive', '2025-01', '2025-01-warwickshire-stop-and-search.csv'),
  'utf8',
).split('\n');
const STREET = readFileSync(fixture('archive', '2025-02', '2025-02-warwickshire-street.csv'), 'utf8').split(
  '\n',
);
const GOOD_DATE = '2025-01-03T14:05:00+00:00';

/** Ingest the archive fixture, then one file with `text`; the problems and whether the store moved. */
async function ingestOne(name: string, text: string, skipBadRows = false) {
  const ws = testWorkspace({ skipBadRows });
  const store = await openStore(ws);
  await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  const before = await storeFingerprint(store);
  const path = join(ws.root, 'drop', name);
  mkdirSync(join(ws.root, 'drop'), { recursive: true });
  writeFileSync(path, text);
  let problems: readonly Problem[] = [];
  let rowsAccepted = 0;
  let rowsRejected = 0;
  let rejectsFile: string | undefined;
  try {
    const summary = await ingest(store, [path], ws.options, fixedEffects);
    problems = summary.problems;
    rowsAccepted = summary.rowsAccepted;
    rowsRejected = summary.rowsRejected;
    rejectsFile = summary.files[0]?.rejectsFile;
  } catch (error) {
    if (!(error instanceof ScrutinyError)) throw error;
    problems = error.problems;
  }
  const after = await storeFingerprint(store);
  store.close();
  return {
    path,
    problems,
    unchanged: JSON.stringify(after) === JSON.stringify(before),
    rowsAccepted,
    rowsRejected,
    rejectsFile,
  };
}

const errorsOf = (problems: readonly Problem[]) =>
  problems
    .filter((p) => p.severity === 'error' && p.code !== 'ingest.run-rejected')
    .map((p) => [p.code, p.line, p.field, p.found]);

for (const bad of ['yesterday', '2024-02-30T06:20:46+00:00']) {
  test(`a stop-and-search Date "${bad}" is an error at its line and column, not a NULL`, async () => {
    const text = [STOP_SEARCH[0], STOP_SEARCH[1], STOP_SEARCH[2]!.replace(/,[^,]*\+00:00,/, `,${bad},`), ''];
    const { problems, unchanged } = await ingestOne(
      '2025-01-warwickshire-stop-and-search.csv',
      text.join('\n'),
    );
    assert.deepEqual(errorsOf(problems), [['ingest.bad-date', 3, 'Date', `"${bad}"`]]);
    assert.match(problems[0]?.expected ?? '', /ISO 8601/);
    assert.ok(unchanged, 'the store must not change');
  });
}

test('an empty stop-and-search Date is a missing value', async () => {
  const text = [STOP_SEARCH[0], STOP_SEARCH[1]!.replace(GOOD_DATE, ''), ''];
  const { problems, unchanged } = await ingestOne(
    '2025-01-warwickshire-stop-and-search.csv',
    text.join('\n'),
  );
  assert.deepEqual(errorsOf(problems), [['ingest.missing-value', 2, 'Date', '(empty)']]);
  assert.ok(unchanged);
});

test('summer times keep their offset: 06:20+01:00 is stored as 05:20 UTC', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  const path = join(ws.root, '2025-01-warwickshire-stop-and-search.csv');
  writeFileSync(
    path,
    [STOP_SEARCH[0], STOP_SEARCH[1]!.replace(GOOD_DATE, '2024-06-03T06:20:46+01:00'), ''].join('\n'),
  );
  await ingest(store, [path], ws.options, fixedEffects);
  const row = await store.queryOne<{ t: string }>(
    `SELECT strftime(searched_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t FROM police_uk_stop_search`,
  );
  store.close();
  assert.equal(row?.t, '2024-06-03 05:20:46');
});

test("a row whose Month is not the file name's month is an error naming both months", async () => {
  const text = [STREET[0], STREET[1], STREET[2]!.replace(',2025-02,', ',2024-02,'), ''];
  const { problems, unchanged } = await ingestOne('2025-02-warwickshire-street.csv', text.join('\n'));
  assert.deepEqual(errorsOf(problems), [['ingest.other-month', 3, 'Month', '2024-02']]);
  assert.equal(problems[0]?.expected, '2025-02');
  assert.ok(unchanged);
});

test('after a quoted line break, a bad value is reported on its physical line', async () => {
  const spanning = STREET[1]!.replace('On or near Market Place', '"On or\nnear Market Place"');
  const text = [STREET[0], spanning, STREET[2], STREET[2]!.replace(',2025-02,', ',2025-13,'), ''];
  const { problems, unchanged } = await ingestOne('2025-02-warwickshire-street.csv', text.join('\n'));
  // header 1, the spanning row 2-3, a good row 4, the bad row 5
  assert.deepEqual(errorsOf(problems), [['ingest.bad-date', 5, 'Month', '"2025-13"']]);
  assert.ok(unchanged);
});

test('in a CRLF file the value found is the one in the file, not "(empty)"', async () => {
  const text = [STREET[0], STREET[1], STREET[2]!.replace(',2025-02,', ',2025-13,'), ''];
  const { problems, unchanged } = await ingestOne('2025-02-warwickshire-street.csv', text.join('\r\n'));
  assert.deepEqual(errorsOf(problems), [['ingest.bad-date', 3, 'Month', '"2025-13"']]);
  assert.ok(unchanged);
});

test('a blank line and a CRLF quoted line break before a bad value do not shift its line', async () => {
  const spanning = STREET[1]!.replace('On or near Market Place', '"On or\r\nnear"');
  const text = [STREET[0], '', spanning, STREET[2]!.replace(',2025-02,', ',2025-13,'), ''];
  const { problems } = await ingestOne('2025-02-warwickshire-street.csv', text.join('\r\n'));
  assert.deepEqual(errorsOf(problems), [['ingest.bad-date', 5, 'Month', '"2025-13"']]);
});

test('--skip-bad-rows after an unterminated quote counts every row the quote swallowed', async () => {
  const rows = Array.from({ length: 10 }, (_, k) => STREET[2]!.replace('Park Road', `Road ${k}`));
  rows[5] = rows[5]!.replace('On or near Road 5', '"On or near Road 5');
  const { rowsAccepted, rowsRejected, rejectsFile } = await ingestOne(
    '2025-02-warwickshire-street.csv',
    [STREET[0], ...rows, ''].join('\n'),
    true,
  );
  assert.equal(rowsAccepted, 5);
  assert.equal(rowsRejected, 5);
  const rejected = readFileSync(rejectsFile ?? '', 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  assert.deepEqual(
    rejected.map((line) => [line.split(',')[0], /swallowed|never closed|inside the quoted value/.test(line)]),
    [
      ['7', true],
      ['8', true],
      ['9', true],
      ['10', true],
      ['11', true],
    ],
  );
});

test('a header with its columns reordered says which column is out of place', async () => {
  const names = STREET[0]!.split(',');
  const swapped = [names[1], names[0], ...names.slice(2)].join(',');
  const { problems } = await ingestOne('2025-02-warwickshire-street.csv', [swapped, ''].join('\n'));
  const message = problems.find((p) => p.code === 'ingest.header-mismatch')?.message ?? '';
  assert.doesNotMatch(message, /\(none\)/);
  assert.match(message, /another order: column 1 is Month where Crime ID belongs/);
});

test('a header with a column twice says it is repeated', async () => {
  const names = STREET[0]!.split(',');
  const repeated = [...names.slice(0, -1), 'Month'].join(',');
  const { problems } = await ingestOne('2025-02-warwickshire-street.csv', [repeated, ''].join('\n'));
  const message = problems.find((p) => p.code === 'ingest.header-mismatch')?.message ?? '';
  assert.match(message, /missing: Context; repeated: Month/);
  assert.doesNotMatch(message, /unexpected/);
});

for (const [what, end] of [
  ['a CRLF line in an LF file', '\r\n'],
  ['a carriage return alone', '\r'],
] as const) {
  test(`${what} is an error at its line, not an internal error`, async () => {
    const text = `${STREET[0]}\n${STREET[1]}\n${STREET[2]}${end}${STREET[3]}\n`;
    const { problems, unchanged } = await ingestOne('2025-02-warwickshire-street.csv', text);
    assert.deepEqual(errorsOf(problems), [['ingest.mixed-line-ends', 3, undefined, 'another line ending']]);
    assert.ok(unchanged);
  });
}
