/**
 * `scrutiny check` on the reference report: a workspace whose ingested force extract reproduces the
 * figures of the reference report's Q4 2023/24 appendix (test/statement/referenceExtract.ts), with
 * the appendix's own text as commentary. The check must pass every correct sentence and report the
 * report's three errors, each with its file and line, what the text says and what the data say.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { scratchDir } from '../helpers/scratch.js';
import { writeReferenceWorkspace } from '../statement/referenceExtract.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'scrutiny.js');
const fixture = join(root, 'test', 'fixtures', 'commentary', 'reference-q4-2023-24');
let base = '';
let ws = '';

function scrutiny(...args: (string | Record<string, string>)[]) {
  const env = args.find((a): a is Record<string, string> => typeof a === 'object') ?? {};
  const words = args.filter((a): a is string => typeof a === 'string');
  const run = spawnSync(process.execPath, [bin, '-w', ws, ...words], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The 1-based line of the fixture file holding `text`. */
function lineOf(file: string, text: string): number {
  return (
    readFileSync(join(fixture, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1
  );
}

before(() => {
  base = scratchDir('scrutiny-cli-check-');
  ws = join(base, 'ws');
  writeReferenceWorkspace(ws);
  const commentary = join(ws, 'commentary', '2023-24-Q4');
  mkdirSync(commentary, { recursive: true });
  for (const file of [
    'overview.md',
    'homicide.md',
    'serious_violence.md',
    'neighbourhood_crime.md',
    'victim_satisfaction.md',
  ])
    cpSync(join(fixture, file), join(commentary, file));
  const ingested = scrutiny('ingest');
  assert.equal(ingested.code, 0, ingested.stderr);
});
after(() => rmSync(base, { recursive: true, force: true }));

const EXPECTED = () => [
  `warning: commentary/2023-24-Q4/overview.md:${lineOf('overview.md', 'reports for Q3')}: the commentary names a period that cannot be right for this statement: expected what the data say: the months it lists (March 2024, February 2024, January 2024) are in Q4 2023/24, found what the text says: Q3 2023/24`,
  `warning: commentary/2023-24-Q4/serious_violence.md:${lineOf('serious_violence.md', 'Figure 2')}: the commentary names a different measure from the section it sits in: expected what the data say: this section is about 'Violence with injury', found what the text says: a caption naming 'Violence without Injury'`,
  `warning: commentary/2023-24-Q4/serious_violence.md:${lineOf('serious_violence.md', '+20% (n=+11)')}: the commentary gives a figure the data do not support: expected what the data say: +21% (53 in 2022/23 to 64 in 2023/24), found what the text says: increased by +20% (n=+11) on the previous year`,
];

test("the reference report's three errors, and nothing else, each with file:line", () => {
  const run = scrutiny('check', '--period', 'Q4 2023/24');
  assert.equal(run.code, 0, run.stderr);
  const findings = run.stderr.split('\n').filter((l) => l.includes('commentary/'));
  assert.deepEqual(findings, EXPECTED());
  assert.match(
    run.stdout,
    /^3 places in the commentary of Q4 2023\/24 disagree with the data \(5 files in commentary\/2023-24-Q4 checked\)\.$/m,
  );
});

test('--strict makes each mismatch an error and exits 1', () => {
  const run = scrutiny('check', '--period', 'Q4 2023/24', '--strict');
  assert.equal(run.code, 1);
  const findings = run.stderr.split('\n').filter((l) => l.includes('commentary/'));
  assert.deepEqual(
    findings,
    EXPECTED().map((l) => l.replace(/^warning:/, 'error:')),
  );
});

test('scrutiny statement --strict refuses to write while the commentary disagrees with the data', () => {
  const run = scrutiny('statement', '--period', 'Q4 2023/24', '--strict');
  assert.equal(run.code, 1);
  assert.equal(run.stderr.split('\n').filter((l) => l.startsWith('error: commentary/')).length, 3);
  assert.match(run.stdout, /Not written: 3 place\(s\) in the commentary disagree with the data \(--strict\)/);
  assert.ok(!existsSync(join(ws, 'out', 'statements', '2023-24-q4')));
});

test('scrutiny statement writes every format but the PDF without Chromium, with the findings as warnings', () => {
  const run = scrutiny('statement', '--period', 'Q4 2023/24', {
    SCRUTINY_CHROMIUM: join(base, 'no-chromium'),
  });
  assert.equal(run.code, 0, run.stderr);
  const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning: commentary/'));
  assert.equal(warnings.filter((l) => / the commentary (gives|names) /.test(l)).length, 3);
  // The fixture has no commentary on drugs or cyber crime: the statement says so, and so does the CLI.
  assert.deepEqual(
    warnings.filter((l) => l.includes('no OPCC commentary')).map((l) => l.split(':')[1]),
    [' commentary/2023-24-Q4/drugs_county_lines.md', ' commentary/2023-24-Q4/cyber_crime.md'],
  );
  assert.match(
    run.stderr,
    /warning: SCRUTINY_CHROMIUM: .*so the PDF was not written \(the other formats were\)/,
  );
  const dir = join(ws, 'out', 'statements', '2023-24-q4');
  for (const name of ['statement.html', 'statement.md', 'statement.docx', 'figures.json'])
    assert.ok(existsSync(join(dir, name)), name);
  assert.ok(!existsSync(join(dir, 'statement.pdf')));
  const md = readFileSync(join(dir, 'statement.md'), 'utf8');
  // The reference figures, written by the statement itself: the report's firearms error is not repeated.
  assert.ok(md.includes('In 2023/24, volumes (n=4,855) increased by +3% on the previous year'));
  assert.ok(md.includes('In 2023/24, volumes (n=64) increased by +21% on the previous year (53 to 64)'));
  // Markdown escapes '<'.
  assert.ok(md.includes('- Domestic Abuse: 75% \\< Target 80%'));
  // Unresolved findings make it a DRAFT: a banner, and each place marked with what the data say.
  assert.match(md, /DRAFT: not for publication/);
  assert.match(md, /3 places in the OPCC commentary disagree with the data/);
  assert.match(
    md,
    /\+20% \(n=\+11\) on the previous year\.? \*\*\\?\[DRAFT: 'increased by \+20% \(n=\+11\) on the previous year': the data say \+21%/,
  );
  assert.match(md, /\\?\[DRAFT: 'Q3 2023\/24': the data say the months it lists/);
  const html = readFileSync(join(dir, 'statement.html'), 'utf8');
  assert.match(html, /DRAFT: not for publication/);
  assert.match(html, /\[DRAFT: &#39;increased by \+20%|\[DRAFT: 'increased by \+20%/);
});

test('corrected commentary passes, and the folder may be written in lower case', () => {
  const upper = join(ws, 'commentary', '2023-24-Q4');
  const lower = join(ws, 'commentary', '2023-24-q4');
  cpSync(upper, lower, { recursive: true });
  rmSync(upper, { recursive: true });
  const fix = (file: string, from: string, to: string) =>
    writeFileSync(join(lower, file), readFileSync(join(lower, file), 'utf8').replace(from, to));
  fix('overview.md', 'reports for Q3 2023/24', 'reports for Q4 2023/24');
  fix('serious_violence.md', 'Violence without Injury', 'Violence with Injury');
  fix('serious_violence.md', '+20% (n=+11)', '+21% (n=+11)');
  const run = scrutiny('check', '--period', 'Q4 2023/24', '--strict');
  assert.equal(run.code, 0, run.stderr);
  // The commentary agrees now, but drugs and cyber crime have none: --strict still refuses.
  const statement = scrutiny('statement', '--strict', { SCRUTINY_CHROMIUM: join(base, 'no-chromium') });
  assert.equal(statement.code, 1, statement.stderr);
  assert.match(
    statement.stdout,
    /Not written: the statement needs text that is not there \(--strict\): .*commentary\/2023-24-q4\/drugs_county_lines\.md/,
  );
  assert.match(
    run.stdout,
    /^The commentary of Q4 2023\/24 agrees with the data \(5 files in commentary\/2023-24-q4 checked; 3 claims not checked\)\.$/m,
  );
  // The workspace names no districts: "driven by increase in north of the county" is listed, not passed.
  assert.match(
    run.stdout,
    new RegExp(
      `^  commentary/2023-24-q4/serious_violence.md:${lineOf('serious_violence.md', 'driven by')}: "driven by increase in north": the data hold no district figures for this measure$`,
      'm',
    ),
  );
  // Two years of data give no 3-year average and no forecast: that claim is listed, not passed.
  const line = lineOf('serious_violence.md', 'both the 3-year average and forecast');
  assert.match(
    run.stdout,
    new RegExp(
      `^  commentary/2023-24-q4/serious_violence.md:${line}: "in line with both the 3-year average and forecast": the data give no 3-year average for March 2024$`,
      'm',
    ),
  );
});

test('a period that is not a quarter is a usage error naming the option', () => {
  const run = scrutiny('check', '--period', '2023/24');
  assert.equal(run.code, 2);
  assert.match(
    run.stderr,
    /--period: the NCPM statement is published quarterly.*expected a financial quarter such as 'Q4 2023\/24', found "2023\/24"/,
  );
});
