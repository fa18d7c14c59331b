/**
 * The period forms people say, in each command that takes them (issue: statement craft): measures
 * reads every form; the board takes a month as `--month "December 2023"` and any period as
 * `--period`; check (and the statement, which reads its period the same way: prepareStatement)
 * takes the quarter spelled three ways. Warnings: the same warning once, grouped with a count; none
 * under -q. The workspace holds the reference extract (April 2022 to March 2024).
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

before(() => {
  base = scratchDir('scrutiny-cli-period-forms-');
  ws = join(base, 'ws');
  writeReferenceWorkspace(ws);
  const ingested = scrutiny('ingest');
  assert.equal(ingested.code, 0, ingested.stderr);
});
after(() => rmSync(base, { recursive: true, force: true }));

test('measures reads every form of the issue: quarters, years, year to date, ranges, months', () => {
  const expected: [string, string, string, string][] = [
    ['Q3 2023-24', 'quarter', '2023-10', '2023-12'],
    ['Q3 2023/24', 'quarter', '2023-10', '2023-12'],
    ['2023/24', 'financial_year', '2023-04', '2024-03'],
    ['FY 2023/24', 'financial_year', '2023-04', '2024-03'],
    ['2023-04..2023-12', 'range', '2023-04', '2023-12'],
    ['2023/24 to date', 'financial_year', '2023-04', '2024-03'],
    ['December 2023', 'month', '2023-12', '2023-12'],
  ];
  for (const [form, kind, first, last] of expected) {
    const run = scrutiny('--json', 'measures', '-m', 'robbery', '--period', form);
    assert.equal(run.code, 0, `${form}: ${run.stderr}`);
    const { period } = JSON.parse(run.stdout);
    assert.deepEqual([period.kind, period.first, period.last], [kind, first, last], form);
  }
});

test('the board takes "December 2023" as --month, and a run of months as --period', () => {
  const month = scrutiny('-q', 'board', '--month', 'December 2023');
  assert.equal(month.code, 0, month.stderr);
  assert.match(month.stdout, /out\/board\/2023-12\/board\.md/);
  const range = scrutiny('-q', 'board', '--period', '2023-10..2023-12');
  assert.equal(range.code, 0, range.stderr);
  assert.match(range.stdout, /out\/board\/2023-12\/board\.md/);
});

test('check takes the quarter as the commentary folder spells it, and both other spellings', () => {
  for (const form of ['Q3 2023-24', 'Q3 2023/24', '2023-24-Q3']) {
    const run = scrutiny('-q', 'check', '--period', form);
    assert.match(run.stdout, /^No commentary of Q3 2023\/24 was checked: /, form);
  }
});

test('the same warning is printed once, grouped with a count; -q prints none', () => {
  const loud = scrutiny('measures', '--period', 'Q4 2023/24');
  assert.equal(loud.code, 0, loud.stderr);
  const warnings = loud.stderr.split('\n').filter((l) => l.startsWith('warning: '));
  assert.ok(warnings.length > 0, 'the reference workspace has no police.uk files: a warning is expected');
  assert.equal(new Set(warnings).size, warnings.length, 'a warning printed twice');
  // Nine police.uk proxies miss the same data: one line says so, not nine.
  const grouped = warnings.filter((l) => /^warning: \d+ measures need police_uk_street data/.test(l));
  assert.equal(grouped.length, 1);
  assert.match(grouped[0] ?? '', /^warning: (\d+) measures need/);
  const quiet = scrutiny('-q', 'measures', '--period', 'Q4 2023/24');
  assert.equal(quiet.code, 0);
  assert.equal(quiet.stderr, '');
});
