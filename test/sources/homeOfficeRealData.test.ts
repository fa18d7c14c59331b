/**
 * Real data: the published Home Office and ONS tables in ../shared/data/home-office (see its README),
 * ingested ALL together in one `scrutiny ingest` of a workspace made by `scrutiny init`, as a user
 * (and the project's before-stop check) does it. Expected figures are computed here from the files by
 * a few lines of independent code (line splitting, not the project's readers), or are the published
 * figures the README quotes (Warwickshire's officer FTE, C2's district counts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { FORCES } from '../../src/catalogue/reference/index.js';
import { Store } from '../../src/store/store.js';
import { REPO_ROOT, SHARED_DATA } from '../fixtures/police-uk/testWorkspace.js';
import { splitCsvLine } from '../helpers/csvLine.js';
import { scratchDir } from '../helpers/scratch.js';

const HOME_OFFICE = join(SHARED_DATA, 'home-office');
const PRC = join(HOME_OFFICE, 'prc-pfa-mar2013-onwards-tables201718.csv');
const C2 = join(HOME_OFFICE, 'policeforceareatablesyejune25final-table-c2.csv');
const skip = existsSync(PRC) ? false : '../shared/data is absent (a user clone): real-data test not run';
const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

function scrutiny(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London' },
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

let workspace = '';
let ingestRun = { code: null as number | null, output: '' };
let store: Store;

before(async () => {
  if (skip) return;
  workspace = join(scratchDir('scrutiny-home-office-'), 'ws');
  const init = scrutiny('init', workspace, '--force-slug', 'warwickshire');
  assert.equal(init.code, 0, init.output);
  const target = join(workspace, 'data', 'home-office');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(HOME_OFFICE))
    if (/\.(csv|xlsx|ods)$/i.test(name)) copyFileSync(join(HOME_OFFICE, name), join(target, name));
  ingestRun = scrutiny('-w', workspace, 'ingest');
  store = await Store.open(join(workspace, '.scrutiny', 'store.duckdb'));
});

test('every real table ingests in one run: exit 0, no file skipped or rejected, no error', { skip }, () => {
  assert.equal(ingestRun.code, 0, ingestRun.output);
  for (const line of ingestRun.output.split('\n'))
    assert.doesNotMatch(line, /skipped|rejected|internal error|error/i, line);
  const files = readdirSync(HOME_OFFICE).filter((name) => /\.(csv|xlsx|ods)$/i.test(name));
  assert.match(ingestRun.output, new RegExp(`Ingested ${files.length} files`));
});

test('recorded crime CSV: every row stored, counts as published (padded, -00, negative revisions)', {
  skip,
}, async () => {
  const lines = readFileSync(PRC, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const rows = lines.slice(1).map(splitCsvLine);
  const stored = await store.queryOne<{ n: number; total: number }>(
    'SELECT count(*)::INTEGER AS n, sum(offences)::INTEGER AS total FROM ho_recorded_crime',
  );
  assert.equal(stored?.n, rows.length);
  const total = rows.reduce((sum, fields) => sum + Number((fields[7] ?? '').trim()), 0);
  assert.equal(stored?.total, total);

  const warwickshire = rows
    .filter((f) => f[2] === 'Warwickshire' && !/fraud/i.test(f[4] ?? ''))
    .reduce((sum, f) => sum + Number((f[7] ?? '').trim()), 0);
  const inStore = await store.queryOne<{ n: number }>(
    `SELECT sum(offences)::INTEGER AS n FROM current_ho_recorded_crime
     WHERE force_slug = 'warwickshire' AND financial_year = '2017/18' AND offence_group NOT ILIKE '%fraud%'`,
  );
  assert.equal(warwickshire, 41_411);
  assert.equal(inStore?.n, 41_411);
});

test('recorded crime CSV: fraud bodies and BTP are kept apart from the 43 territorial forces', {
  skip,
}, async () => {
  const slugs = (
    await store.query<{ s: string }>('SELECT DISTINCT force_slug AS s FROM ho_recorded_crime')
  ).map((row) => row.s);
  const territorial = FORCES.filter((force) => force.slug !== 'btp').map((force) => force.slug);
  assert.equal(slugs.filter((slug) => territorial.includes(slug)).length, 43);
  const others = slugs.filter((slug) => !territorial.includes(slug)).sort();
  assert.deepEqual(others, ['action-fraud', 'btp', 'cifas', 'financial-fraud-action-uk', 'uk-finance']);
  const fraudHolders = await store.query<{ s: string }>(
    `SELECT DISTINCT force_slug AS s FROM ho_recorded_crime WHERE offence_code IN ('AF', 'CIFAS', 'FFA UK', 'UK Finance')`,
  );
  assert.deepEqual(
    fraudHolders.map((row) => row.s).filter((slug) => territorial.includes(slug)),
    [],
  );
  const homicide = await store.queryOne<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM ho_recorded_crime WHERE offence_code = '1+4.1+4.10+4.2'`,
  );
  const homicideRows = readFileSync(PRC, 'utf8')
    .split('\n')
    .filter((line) => line.includes(',1/4.1/4.10/4.2,'));
  assert.equal(homicide?.n, homicideRows.length);
});

test('workforce open data table: officer FTE as published, names with "&", worker types in any case', {
  skip,
}, async () => {
  const fte = await store.query<{ year: number; fte: number }>(
    `SELECT year(as_at)::INTEGER AS year, round(sum(fte), 1) AS fte FROM current_ho_workforce
     WHERE force_slug = 'warwickshire' AND worker_type = 'police officer' GROUP BY 1 ORDER BY 1`,
  );
  const byYear = new Map(fte.map((row) => [row.year, row.fte]));
  assert.equal(byYear.get(2010), 972.9);
  assert.equal(byYear.get(2018), 806.4);
  assert.equal(byYear.get(2023), 1101.8);
  const counts = await store.queryOne<{ n: number; forces: number; avon: number }>(
    `SELECT count(*)::INTEGER AS n, count(DISTINCT force_slug)::INTEGER AS forces,
       count(*) FILTER (WHERE force_slug = 'avon-and-somerset')::INTEGER AS avon FROM ho_workforce`,
  );
  assert.equal(counts?.n, 29_304);
  assert.equal(counts?.forces, 44);
  assert.ok((counts?.avon ?? 0) > 0, 'Avon & Somerset is matched to its force');
});

test('ONS C2 (accessible CSV): every area row, counts with commas and spaces, CSPs and unassigned', {
  skip,
}, async () => {
  const dataLines = readFileSync(C2, 'utf8')
    .split(/\r?\n/)
    .filter((line) => /^[EW]\d{8},/.test(line))
    // A row with no figure at all ('unassigned Surrey') holds nothing to store.
    .filter((line) =>
      splitCsvLine(line)
        .slice(6)
        .some((field) => /\d/.test(field)),
    );
  const lines = await store.queryOne<{ n: number }>(
    `SELECT count(DISTINCT line)::INTEGER AS n FROM published_cells WHERE table_id = 'C2'`,
  );
  assert.equal(lines?.n, dataLines.length);
  const c2 = async (kind: string, name: string, column = 'Total recorded crime (excluding fraud)') =>
    (
      await store.queryOne<{ v: number }>(
        `SELECT value AS v FROM published_cells WHERE table_id = 'C2' AND force_slug = 'warwickshire'
           AND area_kind = $kind AND area_name = $name AND column_label = $column`,
        { kind, name, column },
      )
    )?.v;
  assert.equal(await c2('force', 'Warwickshire'), 39_348);
  assert.equal(await c2('district', 'North Warwickshire'), 4_260);
  assert.equal(await c2('district', 'Nuneaton and Bedworth'), 11_229);
  assert.equal(await c2('district', 'Rugby'), 6_723);
  assert.equal(await c2('csp', 'South Warwickshire'), 16_786);
  assert.equal(await c2('unassigned', 'Unassigned Warwickshire'), 350);
  assert.equal(await c2('force', 'Warwickshire', 'Homicide'), 8);
  const forces = await store.queryOne<{ n: number }>(
    `SELECT count(DISTINCT force_slug)::INTEGER AS n FROM published_cells WHERE table_id = 'C2' AND area_kind = 'force'`,
  );
  assert.equal(forces?.n, 43, 'the City of London, with no force row, is its one CSP row');
});

test('ONS PFA workbooks: title rows, footnote digits and grouped headings read into labelled cells', {
  skip,
}, async () => {
  const cells = await store.query<{ sheet: string; label: string; name: string; v: number }>(
    `SELECT sheet, column_label AS label, area_name AS name, value AS v FROM published_cells
     WHERE table_id = 'P1' AND area_kind = 'country' AND column_label LIKE '%Homicide%' ORDER BY sheet, line`,
  );
  // 'ENGLAND AND WALES8' and 'ENGLAND AND WALES6' lose their footnote marks.
  assert.deepEqual(
    cells.filter((cell) => cell.name === 'ENGLAND AND WALES').map((cell) => cell.v),
    [726, 701],
  );
  assert.equal(cells[0]?.label, 'Victim-based crime / Homicide / Numbers');
  const population = await store.queryOne<{ v: number }>(
    `SELECT value AS v FROM published_cells WHERE table_id = 'P9' AND force_slug = 'warwickshire'
       AND area_kind = 'force' AND column_label = 'Mid-year / 2016'`,
  );
  assert.equal(population?.v, 559_000);
  const regions = await store.queryOne<{ n: number }>(
    `SELECT count(DISTINCT area_name)::INTEGER AS n FROM published_cells WHERE sheet = 'Table_1' AND area_kind = 'region'`,
  );
  assert.equal(regions?.n, 8, "the workforce table's 'West Midlands' region is told from the force");
});
