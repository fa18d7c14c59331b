/**
 * `scrutiny ingest` and `scrutiny status` as a user runs them: the CLI in a child process over a
 * workspace built from the police.uk and Home Office fixtures. Exit codes (0 ok, 1 data error, 2 usage
 * error), the --json summary, the 'already ingested' no-op, the status grouped by zip, and Home
 * Office force names of the workspace's own force and peers read without warnings.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { fixture, REPO_ROOT } from '../fixtures/police-uk/testWorkspace.js';
import { scratchDir } from '../helpers/scratch.js';

const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');

function scrutiny(workspace: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, '-w', workspace, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(config: string): string {
  const root = scratchDir('scrutiny-cli-ingest-');
  writeFileSync(join(root, 'scrutiny.config.yaml'), config);
  mkdirSync(join(root, 'data'));
  return root;
}

const WARWICKSHIRE =
  'force:\n  name: Warwickshire Police\n  slug: warwickshire\n  area: Warwickshire\n  population: 545474\n';

test('ingest: exit 0 with a --json summary, then the same data again is a no-op that says so', () => {
  const ws = workspace(WARWICKSHIRE);
  // The fixture archive as a zip, as data.police.uk publishes it.
  const entries: Record<string, Uint8Array> = {};
  for (const [month, name] of [
    ['2025-01', '2025-01-warwickshire-street.csv'],
    ['2025-01', '2025-01-warwickshire-stop-and-search.csv'],
    ['2025-02', '2025-02-warwickshire-street.csv'],
    ['2025-02', '2025-02-warwickshire-outcomes.csv'],
    ['2025-03', '2025-03-warwickshire-outcomes.csv'],
  ] as const)
    entries[`${month}/${name}`] = readFileSync(fixture('archive', month, name));
  mkdirSync(join(ws, 'data', 'police-uk'));
  writeFileSync(join(ws, 'data', 'police-uk', '2025-03.zip'), zipSync(entries));

  const first = scrutiny(ws, '--json', 'ingest');
  assert.equal(first.code, 0, first.stderr);
  const summary = JSON.parse(first.stdout) as {
    ok: boolean;
    rowsAccepted: number;
    files: { status: string; format: string }[];
  };
  assert.equal(summary.ok, true);
  // 6 + 3 street rows, 3 searches, 2 + 1 outcomes (counted in the fixture files).
  assert.equal(summary.rowsAccepted, 15);
  assert.deepEqual(
    summary.files.map((f) => [f.format, f.status]),
    [
      ['police_uk_street', 'ingested'],
      ['police_uk_stop_search', 'ingested'],
      ['police_uk_street', 'ingested'],
      ['police_uk_outcomes', 'ingested'],
      ['police_uk_outcomes', 'ingested'],
    ],
  );

  const again = scrutiny(ws, 'ingest');
  assert.equal(again.code, 0, again.stderr);
  assert.match(
    again.stdout,
    /already ingested: .*2025-03\.zip \(all 5 files in it are in the store; nothing changed\)/,
  );
  assert.match(again.stdout, /Nothing new to ingest: the store already holds every file given\./);

  // status: one line for the zip's street files (2 files, 2025-01..2025-02, 9 rows).
  const status = scrutiny(ws, '--quiet', 'status');
  assert.equal(status.code, 0, status.stderr);
  assert.match(
    status.stdout,
    /police_uk_street \| warwickshire \| 2 files \| archive 2025-03 \| 2025-01\.\.2025-02 \| 9 rows \| current/,
  );
  const json = JSON.parse(scrutiny(ws, '--json', 'status').stdout) as {
    sources: unknown[];
    sourceGroups: unknown[];
  };
  assert.equal(json.sources.length, 5);
  assert.equal(json.sourceGroups.length, 3);
});

test('ingest: a bad file is a data error (exit 1) and loads nothing; a missing path is a usage error (exit 2)', () => {
  const ws = workspace(WARWICKSHIRE);
  cpSync(fixture('bad', 'header'), join(ws, 'data', 'bad'), { recursive: true });
  const bad = scrutiny(ws, 'ingest');
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /header/i);
  const status = scrutiny(ws, '--json', 'status');
  assert.equal((JSON.parse(status.stdout) as { sources: unknown[] }).sources.length, 0);

  const missing = scrutiny(ws, 'ingest', join(ws, 'no-such-folder'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no-such-folder/);
  assert.equal(scrutiny(ws, 'ingest', '--no-such-option').code, 2);
});

test("Home Office 'Force Name': the config's force and peers load without warnings; an unknown force still warns", () => {
  const ws = workspace(
    'force:\n  name: Midshire Police\n  slug: midshire\n  area: Midshire\n  population: 550000\n' +
      'peers:\n  - slug: westshire\n    name: Westshire Police\n    population: 700000\n  - slug: eastmarch\n    population: 900000\n',
  );
  mkdirSync(join(ws, 'data', 'home-office'));
  const header =
    'Financial Year,Financial Quarter,Force Name,Offence Description,Offence Group,Offence Subgroup,Offence Code,Number of Offences';
  const rows = ['Midshire', 'Westshire Police', 'Eastmarch', 'Wessex'].map(
    (name) => `2023/24,4,${name},Murder,Violence against the person,Homicide,1,2`,
  );
  writeFileSync(
    join(ws, 'data', 'home-office', 'prc-pfa-recorded-crime.csv'),
    `${[header, ...rows].join('\n')}\n`,
  );
  const result = scrutiny(ws, '--json', 'ingest');
  assert.equal(result.code, 0, result.stderr);
  const summary = JSON.parse(result.stdout) as { problems: { code: string; found?: string }[] };
  assert.deepEqual(
    summary.problems.map((p) => [p.code, p.found]),
    [['ingest.unknown-force-name', '"Wessex"']],
  );
  const status = JSON.parse(scrutiny(ws, '--json', 'status').stdout) as {
    coverage: { forceSlug: string; rows: number }[];
  };
  assert.deepEqual(
    status.coverage.map((c) => [c.forceSlug, c.rows]),
    [
      ['eastmarch', 1],
      ['midshire', 1],
      ['wessex', 1],
      ['westshire', 1],
    ],
  );
});
