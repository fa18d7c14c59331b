/**
 * police.uk batches load on two companion connections at once (loadLanes.ts). Loaded a file a
 * batch, alternating between the lanes, the store must hold exactly what one batch gives: the same
 * rows at the same physical lines under the same source ids, the same rejects; a bad row on either
 * lane rejects the whole run and leaves the store as it was; and rows a killed run left with no
 * `sources` row are never counted and are removed by the next ingest.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { type Problem, ScrutinyError } from '../../src/errors/problem.js';
import { type IngestOptions, ingest } from '../../src/sources/ingest.js';
import type { Store } from '../../src/store/store.js';
import {
  fixedEffects,
  fixture,
  openStore,
  storeFingerprint,
  testWorkspace,
} from '../fixtures/police-uk/testWorkspace.js';

const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
/** One file a batch: every file's bytes pass the first bound. */
const FILE_A_BATCH = { first: 1, most: 1 };

function row(month: string, k: number, location = 'On or near High Street'): string {
  const id = `${month.replace('-', '')}${String(k).padStart(58, '0')}`;
  return `${id},${month},Warwickshire Police,Warwickshire Police,-1.5,52.2,${location},E01031006,Stratford 005A,Burglary,Under investigation,`;
}

/**
 * Six monthly street files of 25 rows. March holds a quoted location spanning two lines (so its
 * records no longer sit one a line); with `bad`, June's line 12 has a column too few.
 */
function writeFiles(dir: string, bad: boolean): void {
  for (const month of MONTHS) {
    const lines = [HEADER];
    for (let k = 0; k < 25; k++) {
      if (month === '2024-03' && k === 4) lines.push(row(month, k, '"On or near\nHigh Street"'));
      else if (bad && month === '2024-06' && k === 10) lines.push(row(month, k).replace(',Burglary', ''));
      else lines.push(row(month, k));
    }
    mkdirSync(join(dir, month), { recursive: true });
    writeFileSync(join(dir, month, `${month}-warwickshire-street.csv`), `${lines.join('\n')}\n`);
  }
}

/** Where each crime id starts in the file: counted from the text, not by the loader's rules. */
function physicalLine(month: string, k: number): number {
  // Header on line 1, record k on line k + 2, plus one for March's record 4 after it.
  return k + 2 + (month === '2024-03' && k > 4 ? 1 : 0);
}

type Stored = { file_name: string; line: number; crime_id: string; source_id: number };

async function stored(store: Store): Promise<Stored[]> {
  return store.query<Stored>(
    `SELECT s.file_name, t.line, t.crime_id, t.source_id FROM police_uk_street t
     JOIN sources s USING (source_id) ORDER BY ALL`,
  );
}

async function ingestFiles(bad: boolean, options: Partial<IngestOptions>) {
  const ws = testWorkspace(options);
  const data = join(ws.root, 'data');
  writeFiles(data, bad);
  const store = await openStore(ws);
  // The store already holds a run loaded the usual way: the one under test comes on top of it.
  await ingest(store, [fixture('archive')], { ...ws.options, batchBytes: undefined }, fixedEffects);
  const before = await storeFingerprint(store);
  let problems: readonly Problem[] = [];
  let accepted = 0;
  let rejected = 0;
  let rejects: string[] = [];
  try {
    const summary = await ingest(store, [data], ws.options, fixedEffects);
    problems = summary.problems;
    accepted = summary.rowsAccepted;
    rejected = summary.rowsRejected;
    // Each rejects file, named by the file it came from, with the rows as written.
    rejects = summary.files.flatMap((f) =>
      f.rejectsFile ? [`${basename(f.path)}\n${readFileSync(f.rejectsFile, 'utf8')}`] : [],
    );
  } catch (error) {
    if (!(error instanceof ScrutinyError)) throw error;
    problems = error.problems;
  }
  const rows = await stored(store);
  const unchanged = JSON.stringify(await storeFingerprint(store)) === JSON.stringify(before);
  store.close();
  return { rows, problems, accepted, rejected, rejects, unchanged };
}

const said = (problems: readonly Problem[]) =>
  problems.map((p) => `${p.file ?? ''}:${p.line ?? ''} ${p.code}`);

test('a file a batch on two lanes stores what one batch stores, at the physical lines', async () => {
  const lanes = await ingestFiles(true, { skipBadRows: true, batchBytes: FILE_A_BATCH });
  const oneBatch = await ingestFiles(true, { skipBadRows: true });
  assert.deepEqual(lanes.rows, oneBatch.rows);
  assert.deepEqual(said(lanes.problems), said(oneBatch.problems));
  assert.deepEqual(lanes.rejects, oneBatch.rejects);
  assert.equal(lanes.accepted, 6 * 25 - 1);
  assert.equal(lanes.rejected, 1);
  for (const month of MONTHS)
    for (let k = 0; k < 25; k++) {
      if (month === '2024-06' && k === 10) continue;
      const id = row(month, k).split(',')[0];
      const found = lanes.rows.find((r) => r.crime_id === id);
      assert.equal(found?.line, physicalLine(month, k), `${month} record ${k}`);
      assert.equal(found?.file_name, `${month}-warwickshire-street.csv`);
    }
  // Source ids follow the files' order, whichever lane loaded them.
  const ids = MONTHS.map((m) => lanes.rows.find((r) => r.file_name.startsWith(m))!.source_id);
  assert.deepEqual(
    ids,
    [...ids].sort((a, b) => a - b),
  );
  assert.equal(lanes.rejects.length, 1);
  assert.match(lanes.rejects[0]!, /^2024-06-warwickshire-street\.csv\n[^\n]*\n12,/);
});

test('a bad row on the second lane rejects the run, names its line, and leaves the store as it was', async () => {
  const result = await ingestFiles(true, { skipBadRows: false, batchBytes: FILE_A_BATCH });
  assert.equal(result.unchanged, true);
  assert.ok(
    said(result.problems).some((p) => /2024-06-warwickshire-street\.csv:12 ingest\.column-count/.test(p)),
    said(result.problems).join('\n'),
  );
});

test('rows a killed run left with no sources row are not counted, and the next ingest removes them', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  const counted = async () =>
    Number((await store.queryOne<{ n: number }>('SELECT count(*) AS n FROM current_police_uk_street'))?.n);
  const before = await counted();
  // What a companion's COMMIT leaves when the process dies before the ingest's own COMMIT: rows under
  // the source id the next run will be given.
  await store.run(
    `INSERT INTO police_uk_street (source_id, line, month, force_slug, crime_type)
     SELECT (SELECT max(source_id) + 1 FROM sources), 2, DATE '2024-01-01', 'warwickshire', 'Burglary'
     FROM range(3)`,
  );
  assert.equal(await counted(), before, 'rows no source names are not counted');

  const data = join(ws.root, 'data');
  writeFiles(data, false);
  const summary = await ingest(store, [join(data, '2024-01')], ws.options, fixedEffects);
  assert.equal(summary.rowsAccepted, 25);
  const orphans = await store.queryOne<{ n: number }>(
    'SELECT count(*) AS n FROM police_uk_street WHERE source_id NOT IN (SELECT source_id FROM sources)',
  );
  assert.equal(Number(orphans?.n), 0);
  assert.equal(await counted(), before + 25, 'the new file counts once, the left-over rows not at all');
  store.close();
});
