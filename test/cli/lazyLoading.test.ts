/**
 * Start-up stays light: `--version`, `--help` and `status` must not load the libraries that only
 * some commands use (Chromium's driver, Vega, Word and Excel writers, the forecasting engine).
 * Each command loads its own code inside its action (src/cli/commands/*.ts); one static import of
 * such a module from a command's top level puts it back on every command's start-up, and this test
 * catches it. A loader hook (test/helpers/moduleRecorder.mjs) records every module the program
 * resolves.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Store } from '../../src/store/store.js';
import { REPO_ROOT } from '../fixtures/police-uk/testWorkspace.js';
import { scratchDir } from '../helpers/scratch.js';

const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');
const RECORDER = join(REPO_ROOT, 'test', 'helpers', 'moduleRecorder.mjs');

/** Packages no command needs at start-up; `status` needs none of them either. */
const HEAVY = [
  'playwright-core',
  'vega',
  'vega-lite',
  'docx',
  'exceljs',
  '@bsull/augurs',
  'markdown-it',
  'yauzl',
  'fflate',
];

/** The packages (node_modules names) a run of the CLI resolved, and its exit code. */
function packagesLoaded(...args: string[]): { packages: Set<string>; code: number | null; stderr: string } {
  const log = join(scratchDir('scrutiny-modules-'), 'modules.txt');
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', RECORDER, MAIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London', SCRUTINY_MODULE_LOG: log },
  });
  const packages = new Set<string>();
  for (const url of readFileSync(log, 'utf8').split('\n')) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (match?.[1]) packages.add(match[1]);
  }
  rmSync(log, { force: true });
  return { packages, code: run.status, stderr: run.stderr };
}

function assertNoneOf(packages: Set<string>, heavy: readonly string[], what: string): void {
  const loaded = heavy.filter((name) => packages.has(name));
  assert.deepEqual(loaded, [], `${what} loaded ${loaded.join(', ')}`);
}

test('--version and --help load neither the heavy libraries nor DuckDB, YAML or the schema library', () => {
  for (const flag of ['--version', '--help']) {
    const { packages, code, stderr } = packagesLoaded(flag);
    assert.equal(code, 0, stderr);
    // The recorder works: the argument parser is always loaded.
    assert.ok(packages.has('commander'), `${flag}: the recorder saw ${[...packages].join(', ')}`);
    assertNoneOf(packages, [...HEAVY, '@duckdb/node-api', 'yaml', 'zod'], flag);
  }
});

test('status loads DuckDB and the config reader but none of the heavy libraries', async () => {
  const root = scratchDir('scrutiny-lazy-');
  writeFileSync(
    join(root, 'scrutiny.config.yaml'),
    'force:\n  name: Warwickshire Police\n  slug: warwickshire\n  area: Warwickshire\n  population: 545474\n',
  );
  (await Store.open(join(root, '.scrutiny', 'store.duckdb'))).close();
  const { packages, code, stderr } = packagesLoaded('-w', root, 'status');
  assert.equal(code, 0, stderr);
  assert.ok(packages.has('@duckdb/node-api') && packages.has('yaml'), [...packages].join(', '));
  assertNoneOf(packages, HEAVY, 'status');
});
