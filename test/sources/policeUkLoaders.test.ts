/**
 * The data.police.uk loaders over the hand-written fixture archive (test/fixtures/police-uk/archive):
 * every value below was worked out by reading the fixture files, not by running the code.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { ingest } from '../../src/sources/ingest.js';
import { parsePoliceUkFileName } from '../../src/sources/policeUk/index.js';
import { fixedEffects, fixture, openStore, testWorkspace } from '../fixtures/police-uk/testWorkspace.js';

test('file names give the month, the force slug (hyphens kept) and the kind', () => {
  assert.deepEqual(parsePoliceUkFileName('2025-01-west-mercia-stop-and-search.csv'), {
    month: '2025-01',
    forceSlug: 'west-mercia',
    kind: 'stop-and-search',
  });
  assert.deepEqual(parsePoliceUkFileName('a/b/2019-12-city-of-london-outcomes.csv'), {
    month: '2019-12',
    forceSlug: 'city-of-london',
    kind: 'outcomes',
  });
  assert.equal(parsePoliceUkFileName('2025-01-warwickshire.csv'), undefined);
  assert.equal(parsePoliceUkFileName('crimes.csv'), undefined);
});

test('street rows: months parsed to the first of the month, ASB kept with no Crime ID, lines kept', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  const summary = await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  assert.equal(summary.rowsAccepted, 6 + 3 + 2 + 1 + 3);
  const rows = await store.query<{
    line: number;
    month: string;
    crime_id: string | null;
    crime_type: string;
  }>(
    `SELECT line, strftime(month, '%Y-%m-%d') AS month, crime_id, crime_type FROM police_uk_street
     WHERE month = DATE '2025-01-01' ORDER BY line`,
  );
  assert.deepEqual(
    rows.map((r) => [r.line, r.month, r.crime_id === null ? 'ASB' : r.crime_id.slice(-1), r.crime_type]),
    [
      [2, '2025-01-01', '1', 'Burglary'],
      [3, '2025-01-01', '2', 'Vehicle crime'],
      [4, '2025-01-01', 'ASB', 'Anti-social behaviour'],
      [5, '2025-01-01', '3', 'Violence and sexual offences'],
      [6, '2025-01-01', 'ASB', 'Anti-social behaviour'],
      [7, '2025-01-01', '4', 'Shoplifting'],
    ],
  );
  const quoted = await store.queryOne<{ location: string; longitude: number | null }>(
    `SELECT location, longitude FROM police_uk_street WHERE line = 3 AND month = DATE '2025-01-01'`,
  );
  assert.deepEqual(quoted, { location: 'On or near Smith Street, Warwick', longitude: -1.53 });
  const noPlace = await store.queryOne<{ longitude: number | null; lsoa_code: string | null }>(
    `SELECT longitude, lsoa_code FROM police_uk_street WHERE line = 5 AND month = DATE '2025-01-01'`,
  );
  assert.deepEqual(noPlace, { longitude: null, lsoa_code: null });
  store.close();
});

test('sources and coverage record each file: archive month from the unpacked archive, periods and rows', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  const sources = await store.query(
    `SELECT file_name, format, force_slug, archive_month, version_key, strftime(first_period, '%Y-%m') AS first,
       rows_accepted, rows_rejected, length(sha256) AS hash_length
     FROM sources ORDER BY file_name`,
  );
  // The folder holding the month folders is named 'archive', not a month: the latest month folder
  // in it (2025-03) is the archive month.
  assert.deepEqual(sources, [
    row('2025-01-warwickshire-stop-and-search.csv', 'police_uk_stop_search', '2025-01', 3),
    row('2025-01-warwickshire-street.csv', 'police_uk_street', '2025-01', 6),
    row('2025-02-warwickshire-outcomes.csv', 'police_uk_outcomes', '2025-02', 2),
    row('2025-02-warwickshire-street.csv', 'police_uk_street', '2025-02', 3),
    row('2025-03-warwickshire-outcomes.csv', 'police_uk_outcomes', '2025-03', 1),
  ]);
  const coverage = await store.query(
    `SELECT dataset, force_slug, strftime(period, '%Y-%m') AS period, row_count, superseded_by
     FROM coverage ORDER BY dataset, period`,
  );
  assert.deepEqual(coverage, [
    {
      dataset: 'police_uk_outcomes',
      force_slug: 'warwickshire',
      period: '2025-02',
      row_count: 2,
      superseded_by: null,
    },
    {
      dataset: 'police_uk_outcomes',
      force_slug: 'warwickshire',
      period: '2025-03',
      row_count: 1,
      superseded_by: null,
    },
    {
      dataset: 'police_uk_stop_search',
      force_slug: 'warwickshire',
      period: '2025-01',
      row_count: 3,
      superseded_by: null,
    },
    {
      dataset: 'police_uk_street',
      force_slug: 'warwickshire',
      period: '2025-01',
      row_count: 6,
      superseded_by: null,
    },
    {
      dataset: 'police_uk_street',
      force_slug: 'warwickshire',
      period: '2025-02',
      row_count: 3,
      superseded_by: null,
    },
  ]);
  store.close();

  function row(file_name: string, format: string, first: string, rows: number) {
    return {
      file_name,
      format,
      force_slug: 'warwickshire',
      archive_month: '2025-03',
      version_key: '2025-03',
      first,
      rows_accepted: rows,
      rows_rejected: 0,
      hash_length: 64,
    };
  }
});

test('stop and search: the month comes from the file name, the date and time with its offset', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  await ingest(
    store,
    [fixture('archive', '2025-01', '2025-01-warwickshire-stop-and-search.csv')],
    ws.options,
    fixedEffects,
  );
  const rows = await store.query<Record<string, unknown>>(
    `SELECT line, strftime(month, '%Y-%m-%d') AS month, strftime(searched_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') AS at_utc,
       type, latitude, age_range, policing_operation, outcome FROM police_uk_stop_search ORDER BY line`,
  );
  assert.deepEqual(rows, [
    {
      line: 2,
      month: '2025-01-01',
      at_utc: '2025-01-03 14:05',
      type: 'Person search',
      latitude: 52.28,
      age_range: '18-24',
      policing_operation: null,
      outcome: 'A no further action disposal',
    },
    {
      line: 3,
      month: '2025-01-01',
      at_utc: '2025-01-17 23:40',
      type: 'Person and Vehicle search',
      latitude: null,
      age_range: '25-34',
      policing_operation: null,
      outcome: 'Arrest',
    },
    {
      line: 4,
      month: '2025-01-01',
      at_utc: '2025-01-31 08:00',
      type: 'Vehicle search',
      latitude: 52.3,
      age_range: null,
      policing_operation: 'Operation Example',
      outcome: 'Community resolution',
    },
  ]);
  store.close();
});

test('outcomes join to crimes by Crime ID across months, and the latest outcome wins', async () => {
  const ws = testWorkspace();
  const store = await openStore(ws);
  await ingest(store, [fixture('archive')], ws.options, fixedEffects);
  const latest = await store.query<{ crime_id: string; outcome_month: string; outcome_type: string }>(
    `SELECT crime_id, strftime(outcome_month, '%Y-%m') AS outcome_month, outcome_type
     FROM police_uk_latest_outcome ORDER BY crime_id`,
  );
  assert.deepEqual(
    latest.map((r) => [r.crime_id.slice(-1), r.outcome_month, r.outcome_type]),
    [
      ['1', '2025-02', 'Investigation complete; no suspect identified'],
      ['6', '2025-03', 'Offender fined'],
    ],
  );
  // Crime 1 was recorded in January; its outcome arrived in February's file.
  const joined = await store.query<{ crime_id: string; outcome: string; outcome_from: string | null }>(
    `SELECT crime_id, outcome, outcome_from FROM police_uk_crime_outcome ORDER BY month, line`,
  );
  assert.deepEqual(
    joined.map((r) => [r.crime_id.slice(-1), r.outcome, r.outcome_from]),
    [
      ['1', 'Investigation complete; no suspect identified', 'outcomes'],
      ['2', 'Investigation complete; no suspect identified', 'street'],
      ['3', 'Unable to prosecute suspect', 'street'],
      ['4', 'Offender given a caution', 'street'],
      ['5', 'Under investigation', 'street'],
      ['6', 'Offender fined', 'outcomes'],
    ],
  );
  store.close();
});

/** A zip in the published layout holding one March street file with `rows` rows. */
function archiveZip(dir: string, archiveMonth: string, crimeType: string, rows: number): string {
  const header =
    'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
  const lines = [header];
  for (let i = 0; i < rows; i++)
    lines.push(`ab${archiveMonth}${i},2025-03,W,W,-1.5,52.2,On or near X,E01,X 001A,${crimeType},,`);
  const path = join(dir, `${archiveMonth}.zip`);
  writeFileSync(
    path,
    zipSync({ '2025-03/2025-03-warwickshire-street.csv': Buffer.from(`${lines.join('\n')}\n`) }),
  );
  return path;
}

test('a later archive supersedes the same force-month; both versions stay; order of arrival does not matter', async () => {
  const ws = testWorkspace();
  mkdirSync(join(ws.root, 'zips'));
  const older = archiveZip(join(ws.root, 'zips'), '2025-04', 'Burglary', 3);
  const newer = archiveZip(join(ws.root, 'zips'), '2025-06', 'Robbery', 5);
  const store = await openStore(ws);
  // The newer archive arrives first; the older one, ingested later, is stored already superseded.
  await ingest(store, [newer], ws.options, fixedEffects);
  await ingest(store, [older], ws.options, fixedEffects);
  const versions = await store.query<{
    archive_month: string;
    rows: number;
    superseded_by_month: string | null;
  }>(
    `SELECT s.archive_month, c.row_count AS rows, n.archive_month AS superseded_by_month
     FROM coverage c JOIN sources s USING (source_id) LEFT JOIN sources n ON n.source_id = c.superseded_by
     ORDER BY s.archive_month`,
  );
  assert.deepEqual(versions, [
    { archive_month: '2025-04', rows: 3, superseded_by_month: '2025-06' },
    { archive_month: '2025-06', rows: 5, superseded_by_month: null },
  ]);
  const current = await store.query<{ crime_type: string; n: number }>(
    'SELECT crime_type, count(*) AS n FROM current_police_uk_street GROUP BY ALL',
  );
  assert.deepEqual(current, [{ crime_type: 'Robbery', n: 5 }]);
  const all = await store.queryOne<{ n: number }>('SELECT count(*) AS n FROM police_uk_street');
  assert.equal(all?.n, 8);
  // Re-ingesting the newer zip is recognised from the zip's own hash, without unpacking it.
  const again = await ingest(store, [newer], ws.options, fixedEffects);
  assert.deepEqual(again.ingestedZips, [{ path: newer, files: 1 }]);
  store.close();
});

test('a header-only file records its month with no rows and says it adds nothing', async () => {
  const ws = testWorkspace();
  const dir = join(ws.root, '2025-07');
  mkdirSync(dir);
  const header = readFileSync(fixture('archive', '2025-02', '2025-02-warwickshire-street.csv'), 'utf8').split(
    '\n',
  )[0];
  writeFileSync(join(dir, '2025-07-warwickshire-street.csv'), `${header}\n`);
  const store = await openStore(ws);
  const summary = await ingest(store, [dir], ws.options, fixedEffects);
  assert.deepEqual(
    summary.problems.map((p) => p.code),
    ['ingest.no-data-rows'],
  );
  const coverage = await store.query(`SELECT strftime(period, '%Y-%m') AS period, row_count FROM coverage`);
  assert.deepEqual(coverage, [{ period: '2025-07', row_count: 0 }]);
  store.close();
});
