/**
 * The --period option in every command: the same forms, read once, the latest complete quarter
 * when it is left out, and a usage error (exit 2) listing the forms when it cannot be read. The
 * workspace holds the reference extract (April 2022 to March 2024, test/statement/referenceExtract.ts).
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { workspaceCliWithoutChromium } from '../helpers/runCli.js';
import { scratchDir } from '../helpers/scratch.js';
import { writeReferenceWorkspace } from '../statement/referenceExtract.js';

let base = '';
let ws = '';

const scrutiny = workspaceCliWithoutChromium(
  () => ws,
  () => join(base, 'no-chromium'),
);

/** The period `measures --json` computed for `form`. */
function periodOf(...args: string[]): { label: string; kind: string; first: string; last: string } {
  const run = scrutiny('--json', 'measures', '-m', 'robbery', ...args);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout).period;
}

before(() => {
  base = scratchDir('scrutiny-cli-period-');
  ws = join(base, 'ws');
  writeReferenceWorkspace(ws);
  const ingested = scrutiny('ingest');
  assert.equal(ingested.code, 0, ingested.stderr);
});
after(() => rmSync(base, { recursive: true, force: true }));

test('measures reads every form people say', () => {
  const expected: Record<string, [string, string, string]> = {
    // Each form is read by the one parser (test/stats/calendar-parse.test.ts); here, that the CLI uses it.
    'Q3 2023-24': ['quarter', '2023-10', '2023-12'],
    FYTD: ['financial_year', '2023-04', '2024-03'],
    '2023-04..2023-12': ['range', '2023-04', '2023-12'],
  };
  for (const [form, [kind, first, last]] of Object.entries(expected)) {
    const period = periodOf('--period', form);
    assert.deepEqual([period.kind, period.first, period.last], [kind, first, last], form);
  }
});

test('without --period: the latest complete quarter of the data', () => {
  assert.equal(periodOf().label, 'Q4 2023/24');
});

test('a period that cannot be read is a usage error in every command, listing the forms', () => {
  const commands = [
    ['measures'],
    ['statement'],
    ['board'],
    ['site', 'build'],
    ['report', 'panel', '--meeting', '2024-06-20'],
  ];
  for (const command of commands) {
    const run = scrutiny(...command, '--period', 'Q5 2023/24');
    assert.equal(run.code, 2, `${command.join(' ')}: ${run.stderr}`);
    assert.match(
      run.stderr,
      /--period: this is not a period Scrutiny can read: expected .*'Q4 2023-24'.*'FYTD'/,
    );
  }
  const month = scrutiny('board', '--month', 'Marchember 2024');
  assert.equal(month.code, 2, month.stderr);
});

test('a misspelled measure id: a usage error with the nearest ids, not the whole catalogue', () => {
  const run = scrutiny('measures', '-m', 'robery', '--period', 'Q4 2023/24');
  assert.equal(run.code, 2);
  assert.match(run.stderr, /did you mean robbery/);
  assert.doesNotMatch(run.stderr, /residential_burglary/);
});

test('-q prints results and errors only: no warnings, no progress (and check defaults to the latest quarter)', () => {
  // The workspace has no commentary: check warns that the folder is missing.
  const loud = scrutiny('check', '--period', 'Q4 2023/24');
  assert.match(loud.stderr, /^warning: /m);
  const quiet = scrutiny('-q', 'check');
  assert.equal(quiet.stderr, '');
  assert.equal(quiet.stdout.trim().split('\n').length, 1);
  // No commentary file: never "agrees with the data"; a finding, so --strict fails.
  assert.match(quiet.stdout, /^No commentary of Q4 2023\/24 was checked: /);
  const strict = scrutiny('-q', 'check', '--strict');
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /error: .*no commentary file was checked/);
});
