/**
 * Every bad-input case of issue 2 that concerns data.police.uk files or the pipeline itself, each
 * asserting the exact place the problem is reported (file, line, column) and that the store did not
 * change. The faulty files are in test/fixtures/police-uk/bad (see its README for the expected lines).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { type Problem, ScrutinyError } from '../../src/errors/problem.js';
import { ingest } from '../../src/sources/ingest.js';
import {
  copyFixture,
  fixedEffects,
  fixture,
  openStore,
  storeFingerprint,
  testWorkspace,
} from '../fixtures/police-uk/testWorkspace.js';

const MARCH = '2025-03-warwickshire-street.csv';

/** Ingest the archive fixture first, then `paths`; return the error and the fingerprints. */
async function failingIngest(paths: (root: string) => string[]) {
  const ws = testWorkspace();
  const store = await openStore(ws);
  await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  const before = await storeFingerprint(store);
  let caught: ScrutinyError | undefined;
  try {
    await ingest(store, paths(ws.root), ws.options, fixedEffects);
  } catch (error) {
    if (!(error instanceof ScrutinyError)) throw error;
    caught = error;
  }
  const after = await storeFingerprint(store);
  store.close();
  assert.ok(caught, 'the ingest should have failed');
  return { error: caught, before, after, ws };
}

function only(problems: readonly Problem[], code: string): Problem[] {
  return problems.filter((p) => p.code === code);
}

test('a header with missing and unexpected columns lists what was expected and found; store unchanged', async () => {
  const path = fixture('bad', 'header', MARCH);
  const { error, before, after } = await failingIngest(() => [path]);
  const [problem] = only(error.problems, 'ingest.header-mismatch');
  assert.equal(problem?.file, path);
  assert.equal(problem?.line, 1);
  assert.match(problem?.message ?? '', /missing: LSOA code, Context; unexpected: Notes/);
  assert.equal(
    problem?.expected,
    'Crime ID, Month, Reported by, Falls within, Longitude, Latitude, Location, LSOA code, LSOA name, Crime type, Last outcome category, Context',
  );
  assert.match(
    problem?.found ?? '',
    /^Crime ID, Month, .*, LSOA name, Crime type, Last outcome category, Notes$/,
  );
  assert.deepEqual(after, before);
  assert.ok(error.problems.some((p) => p.code === 'ingest.run-rejected'));
});

test('an unterminated quote is reported on the line and column where the value opens', async () => {
  const path = fixture('bad', 'unterminated-quote', MARCH);
  const { error, before, after } = await failingIngest(() => [path]);
  const [problem] = only(error.problems, 'ingest.unterminated-quote');
  assert.deepEqual([problem?.file, problem?.line, problem?.field], [path, 3, 'Location']);
  assert.deepEqual(after, before);
});

test('a row with the wrong number of columns is reported with its line and both counts', async () => {
  const path = fixture('bad', 'column-count', MARCH);
  const { error, before, after } = await failingIngest(() => [path]);
  const problems = only(error.problems, 'ingest.column-count');
  assert.deepEqual(
    problems.map((p) => [p.file, p.line, p.expected, p.found]),
    [
      [path, 4, '12 columns, as in the header', '11'],
      [path, 6, '12 columns, as in the header', '13'],
    ],
  );
  assert.deepEqual(after, before);
});

test('a bad month is reported as file:line: Month: expected YYYY-MM, found the value', async () => {
  const path = fixture('bad', 'bad-month', MARCH);
  const { error, before, after } = await failingIngest(() => [path]);
  const [problem] = only(error.problems, 'ingest.bad-date');
  assert.deepEqual(
    [problem?.file, problem?.line, problem?.field, problem?.found],
    [path, 4, 'Month', '"2025-13"'],
  );
  assert.match(problem?.expected ?? '', /YYYY-MM/);
  assert.deepEqual(after, before);
});

test('an empty file is an error naming the file; the store is unchanged', async () => {
  const path = fixture('bad', 'empty', MARCH);
  const { error, before, after } = await failingIngest(() => [path]);
  const [problem] = only(error.problems, 'ingest.empty-file');
  assert.equal(problem?.file, path);
  assert.deepEqual(after, before);
});

test('one bad file rejects the whole run: the good file given with it is not loaded either', async () => {
  const { error, before, after } = await failingIngest((root) => {
    const good = join(root, 'drop', '2025-04');
    mkdirSync(good, { recursive: true });
    writeFileSync(
      join(good, '2025-04-warwickshire-street.csv'),
      readFileSync(fixture('archive', '2025-02', '2025-02-warwickshire-street.csv'), 'utf8').replaceAll(
        '2025-02',
        '2025-04',
      ),
    );
    return [join(root, 'drop'), fixture('bad', 'bad-month', MARCH)];
  });
  assert.equal(after.police_uk_street, before.police_uk_street);
  assert.deepEqual(after, before);
  assert.match(error.message, /nothing was ingested and the store is unchanged/);
});

test('a truncated zip is an error naming the zip, before anything is loaded', async () => {
  const ws = testWorkspace();
  const whole = zipSync({
    '2025-01/2025-01-warwickshire-street.csv': readFileSync(
      fixture('archive', '2025-01', '2025-01-warwickshire-street.csv'),
    ),
  });
  const zipPath = join(ws.root, '2025-01.zip');
  writeFileSync(zipPath, whole.subarray(0, Math.floor(whole.length * 0.7)));
  const store = await openStore(ws);
  const before = await storeFingerprint(store);
  await assert.rejects(ingest(store, [zipPath], ws.options, fixedEffects), (error: unknown) => {
    assert.ok(error instanceof ScrutinyError);
    assert.equal(error.problems[0]?.code, 'ingest.corrupt-zip');
    assert.equal(error.problems[0]?.file, zipPath);
    assert.match(error.problems[0]?.message ?? '', /cut short or is not a zip/);
    return true;
  });
  assert.deepEqual(await storeFingerprint(store), before);
  store.close();
});

test('a zip whose entry is damaged (bytes flipped inside the data) is an error naming the zip', async () => {
  const ws = testWorkspace();
  const text = readFileSync(fixture('archive', '2025-01', '2025-01-warwickshire-street.csv'));
  const zip = zipSync({ '2025-01/2025-01-warwickshire-street.csv': text });
  const dataStart = 30 + '2025-01/2025-01-warwickshire-street.csv'.length;
  for (let i = dataStart + 5; i < dataStart + 40; i++) zip[i] = (zip[i] ?? 0) ^ 0xff;
  const zipPath = join(ws.root, 'damaged.zip');
  writeFileSync(zipPath, zip);
  const store = await openStore(ws);
  await assert.rejects(ingest(store, [zipPath], ws.options, fixedEffects), (error: unknown) => {
    assert.ok(error instanceof ScrutinyError);
    assert.equal(error.problems[0]?.code, 'ingest.corrupt-zip');
    assert.equal(error.problems[0]?.file, zipPath);
    return true;
  });
  assert.equal((await storeFingerprint(store)).sources, 0);
  store.close();
});

test('the same file twice is a no-op that says so, in a later run and within one run', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  const first = await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  assert.equal(first.files.filter((f) => f.status === 'ingested').length, 5);
  const before = await storeFingerprint(store);

  const again = await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  assert.deepEqual(
    again.files.map((f) => f.status),
    ['already-ingested', 'already-ingested', 'already-ingested', 'already-ingested', 'already-ingested'],
  );
  const street = again.files.find((f) => f.path.endsWith('2025-01-warwickshire-street.csv'));
  assert.equal(street?.sameAs?.path, fixture('archive', '2025-01', '2025-01-warwickshire-street.csv'));
  assert.equal(again.rowsAccepted, 0);
  assert.deepEqual(await storeFingerprint(store), before);

  // A copy under another name in the same run: the bytes are the same, so it is loaded once.
  const copy = join(ws.root, 'copy', '2025-05');
  mkdirSync(copy, { recursive: true });
  copyFileSync(
    fixture('encoding', 'bom', '2025-05-warwickshire-street.csv'),
    join(copy, '2025-05-warwickshire-street.csv'),
  );
  const twice = await ingest(
    store,
    [fixture('encoding', 'bom'), join(ws.root, 'copy')],
    ws.options,
    fixedEffects,
  );
  assert.deepEqual(
    twice.files.map((f) => f.status),
    ['ingested', 'already-ingested'],
  );
  assert.equal(twice.files[1]?.sameAs?.ingestedAt, 'this run');
  store.close();
});

test('a file for another force is kept and labelled with its own force, with a warning', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  const summary = await ingest(store, [fixture('other-force')], ws.options, fixedEffects);
  const [warning] = only(summary.problems, 'ingest.other-force');
  assert.equal(warning?.severity, 'warning');
  assert.equal(warning?.found, "'west-mercia'");
  const rows = await store.query<{ force_slug: string; falls_within: string }>(
    'SELECT force_slug, falls_within FROM police_uk_street',
  );
  assert.deepEqual(rows, [{ force_slug: 'west-mercia', falls_within: 'West Mercia Police' }]);
  const source = await store.queryOne<{ force_slug: string }>('SELECT force_slug FROM sources');
  assert.equal(source?.force_slug, 'west-mercia');

  // A configured peer raises no warning.
  const peerWs = testWorkspace({ peerSlugs: ['west-mercia'] });
  const peerStore = await openStore(peerWs);
  const peerSummary = await ingest(peerStore, [fixture('other-force')], peerWs.options, fixedEffects);
  assert.deepEqual(only(peerSummary.problems, 'ingest.other-force'), []);
  peerStore.close();
  store.close();
});

test('windows-1252 and UTF-8-with-BOM files are read with their £ and é intact', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  await ingest(store, [fixture('encoding')], ws.options, fixedEffects);
  const rows = await store.query<{ location: string; crime_id: string; line: number }>(
    'SELECT location, crime_id, line FROM police_uk_street ORDER BY month',
  );
  assert.deepEqual(
    rows.map((r) => [r.location, r.line]),
    [
      ['On or near Café Royal, £1 Shop', 2],
      ['On or near Crème Brûlée Row (£)', 2],
    ],
  );
  // The BOM does not leak into the first column.
  assert.ok(rows.every((r) => r.crime_id.startsWith('f1c7')));
  const encodings = await store.query<{ file_name: string; size_bytes: number }>(
    'SELECT file_name, size_bytes FROM sources ORDER BY file_name',
  );
  // Sizes are of the files as received (windows-1252 is one byte per character; BOM counted).
  assert.deepEqual(
    encodings.map((e) => e.size_bytes),
    [
      readFileSync(fixture('encoding', 'windows-1252', '2025-04-warwickshire-street.csv')).length,
      readFileSync(fixture('encoding', 'bom', '2025-05-warwickshire-street.csv')).length,
    ],
  );
  store.close();
});

test('--skip-bad-rows keeps the good rows at their true lines and writes each reject with its reason', async () => {
  const ws = testWorkspace({ skipBadRows: true });
  const dir = copyFixture(ws, 'bad/column-count', 'drop/column-count');
  copyFixture(ws, 'bad/bad-month', 'drop/bad-month');
  const store = await openStore(ws);
  const summary = await ingest(store, [join(ws.root, 'drop')], ws.options, fixedEffects);
  assert.equal(summary.rowsAccepted, 6);
  assert.equal(summary.rowsRejected, 3);
  const lines = await store.query<{ file_name: string; line: number; crime_id: string }>(
    `SELECT s.file_name, p.line, p.crime_id FROM police_uk_street p JOIN sources s USING (source_id)
     ORDER BY s.path, p.line`,
  );
  // bad-month: lines 2, 3, 5 (line 4 rejected); column-count: lines 2, 3, 5 (4 and 6 rejected).
  assert.deepEqual(
    lines.map((l) => [l.line, l.crime_id.slice(-2)]),
    [
      [2, '28'],
      [3, '29'],
      [5, '2b'],
      [2, '1e'],
      [3, '1f'],
      [5, '21'],
    ],
  );
  const columnCount = summary.files.find((f) => f.path.startsWith(dir));
  assert.equal(columnCount?.rowsRejected, 2);
  assert.equal(
    columnCount?.rejectsFile,
    join(ws.options.rejectsDir, '20250630-134510-2025-03-warwickshire-street-2.csv'),
  );
  const rejects = readFileSync(columnCount!.rejectsFile!, 'utf8').trim().split('\n');
  assert.equal(rejects[0], 'line,column,problem,expected,found,row');
  assert.match(
    rejects[1] ?? '',
    /^4,,the row has the wrong number of columns,"12 columns, as in the header",11,"f1c7.*,Public order,"$/,
  );
  assert.match(
    rejects[2] ?? '',
    /^6,,the row has the wrong number of columns,"12 columns, as in the header",13,"f1c7.*,extra"$/,
  );
  const sources = await store.query<{ rows_accepted: number; rows_rejected: number }>(
    'SELECT rows_accepted, rows_rejected FROM sources ORDER BY path',
  );
  assert.deepEqual(sources, [
    { rows_accepted: 3, rows_rejected: 1 },
    { rows_accepted: 3, rows_rejected: 2 },
  ]);
  store.close();
});

test('--skip-bad-rows cannot keep anything of a file with a bad header: it is left out, and said so', async () => {
  const ws = testWorkspace({ skipBadRows: true });
  const store = await openStore(ws);
  const summary = await ingest(
    store,
    [fixture('bad', 'header'), fixture('archive', '2025-02')],
    ws.options,
    fixedEffects,
  );
  assert.deepEqual(
    summary.files.map((f) => f.status),
    ['rejected', 'ingested', 'ingested'],
  );
  assert.deepEqual(
    summary.problems.filter((p) => p.severity === 'error').map((p) => p.code),
    ['ingest.header-mismatch', 'ingest.file-skipped'],
  );
  assert.equal((await storeFingerprint(store)).sources, 2);
  store.close();
});
