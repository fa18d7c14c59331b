/**
 * A golden pair of statements showing a restatement. Statement 1 (Q2 2025/26) is written from data
 * set A: the real Warwickshire police.uk street files of January to September 2025, as the archive
 * of September 2025. Then police.uk republishes: the archive of December 2025 holds the same months,
 * but August 2025 with three burglaries fewer. Statement 2 (Q3 2025/26) must say that the burglary
 * figure of Q2 2025/26 changed, with both figures and the reason, and list it in its annex;
 * statement 1, the first, has none. The counts are worked out here from the zip itself.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { unzipSync } from 'fflate';
import type { MeasuresResult } from '../../src/measures/result.js';
import { REPO_ROOT, SHARED_DATA } from '../fixtures/police-uk/testWorkspace.js';
import { splitCsvLine } from '../helpers/csvLine.js';
import { goldenAsserter } from '../helpers/golden.js';

const ZIP = join(SHARED_DATA, 'police-uk', 'police-uk-2025-warwickshire-and-peers.zip');
const skip = existsSync(ZIP) ? false : '../shared/data is absent (a user clone): real-data test not run';
const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');
const assertGolden = goldenAsserter(join(REPO_ROOT, 'test', 'statement', 'golden'));
const REMOVED = 3;

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London', SOURCE_DATE_EPOCH: '1767225600' },
  });
}

function scrutiny(...args: string[]): string {
  const result = run(...args);
  assert.equal(result.status, 0, `${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

/** Warwickshire's street files by month, as text. */
function streetFiles(): Map<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(ZIP)), {
    filter: (file) => /warwickshire-street\.csv$/.test(file.name),
  });
  return new Map(
    Object.entries(files).map(([name, bytes]) => [name.slice(0, 7), new TextDecoder().decode(bytes)]),
  );
}

/** An unpacked archive folder: data/police-uk/<archive>/<month>/<month>-warwickshire-street.csv. */
function writeArchive(workspace: string, archive: string, months: Map<string, string>): void {
  for (const [month, text] of months) {
    const dir = join(workspace, 'data', 'police-uk', archive, month);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${month}-warwickshire-street.csv`), text);
  }
}

const isBurglary = (line: string) => splitCsvLine(line)[9] === 'Burglary';
const burglaries = (text: string) => text.split('\n').filter(isBurglary).length;

/** The file with its first `n` burglary rows taken out: the republished month. */
function withoutBurglaries(text: string, n: number): string {
  let left = n;
  return text
    .split('\n')
    .filter((line) => !(isBurglary(line) && left-- > 0))
    .join('\n');
}

let first = '';
let second = '';
let secondFigures: MeasuresResult;
let q2Burglaries = 0;
let workspace = '';

before(() => {
  if (skip) return;
  workspace = join(mkdtempSync(join(tmpdir(), 'scrutiny-restate-pair-')), 'ws');
  scrutiny('init', workspace, '--force-slug', 'warwickshire');
  const files = streetFiles();
  const upTo = (last: string) => new Map([...files].filter(([month]) => month <= last));
  q2Burglaries = ['2025-07', '2025-08', '2025-09'].reduce((n, m) => n + burglaries(files.get(m) ?? ''), 0);

  writeArchive(workspace, '2025-09', upTo('2025-09'));
  scrutiny('-w', workspace, 'ingest');
  scrutiny('-w', workspace, 'statement', '--period', 'Q2 2025/26');
  const republished = upTo('2025-12');
  republished.set('2025-08', withoutBurglaries(files.get('2025-08') ?? '', REMOVED));
  writeArchive(workspace, '2025-12', republished);
  scrutiny('-w', workspace, 'ingest');
  scrutiny('-w', workspace, 'statement', '--period', 'Q3 2025/26');

  const out = join(workspace, 'out', 'statements');
  first = readFileSync(join(out, '2025-26-q2', 'statement.md'), 'utf8');
  second = readFileSync(join(out, '2025-26-q3', 'statement.md'), 'utf8');
  secondFigures = JSON.parse(readFileSync(join(out, '2025-26-q3', 'figures.json'), 'utf8')) as MeasuresResult;
});

test('statement 1, the first: no restatement and no restated-figures annex', { skip }, () => {
  assert.doesNotMatch(first, /Restated/);
});

test('statement 2: the burglary figure of Q2 2025/26 restated with both figures and the reason', {
  skip,
}, () => {
  assert.ok(q2Burglaries > 100);
  const sentence = `Restated: the previous statement (Q2 2025/26) gave ${q2Burglaries.toLocaleString('en-GB')} for Q2 2025/26; with the data now loaded it is ${(q2Burglaries - REMOVED).toLocaleString('en-GB')}, because police.uk republished August 2025 in its archive of December 2025 (the previous statement used its archive of September 2025).`;
  const start = second.indexOf('#### Burglary (police.uk proxy)');
  assert.ok(start >= 0);
  const section = second.slice(start, second.indexOf('\n#### ', start + 1));
  assert.ok(section.includes(sentence), section);
});

test('statement 2: figures.json holds the restatement; nothing else restated', { skip }, () => {
  const restated = secondFigures.restatements?.figures ?? [];
  const burglary = restated.find((r) => r.title === 'Burglary (police.uk proxy)');
  assert.equal(secondFigures.restatements?.comparedWith?.period.label, 'Q2 2025/26');
  assert.equal(burglary?.previous, q2Burglaries);
  assert.equal(burglary?.now, q2Burglaries - REMOVED);
  for (const r of restated) {
    assert.deepEqual(
      r.months.map((m) => [m.month, m.previous - m.now]),
      [['2025-08', REMOVED]],
      r.title,
    );
    assert.deepEqual(r.reasons, [
      { kind: 'archive', months: ['2025-08'], previousArchive: '2025-09', newArchive: '2025-12' },
    ]);
  }
});

test('golden: the restated figures in the annex of statement 2', { skip }, () => {
  const start = second.indexOf('Restated figures\n');
  assert.ok(start >= 0, 'statement 2 has a restated-figures part');
  const heading = second.lastIndexOf('\n', start);
  // Up to the next part or the footer (which names the version that wrote it).
  const ends = [second.indexOf('\n## ', start), second.indexOf('\n*Generated on', start)].filter(
    (at) => at > 0,
  );
  assertGolden('restatement-q3-2025-26-annex.md', second.slice(heading + 1, Math.min(...ends)));
});

test('a previous figures.json that cannot be read: a warning naming it, the statement still written', {
  skip,
}, () => {
  const previous = join(workspace, 'out', 'statements', '2025-26-q2', 'figures.json');
  writeFileSync(previous, '{"schemaVersion": 1, "measures": [');
  const again = run('-w', workspace, 'statement', '--period', 'Q3 2025/26');
  assert.equal(again.status, 0, again.stderr);
  assert.match(
    `${again.stdout}${again.stderr}`,
    /figures\.json: the previous statement's figures cannot be read/,
  );
  const text = readFileSync(join(workspace, 'out', 'statements', '2025-26-q3', 'statement.md'), 'utf8');
  assert.match(
    text,
    /figures could not be read, so this statement cannot say which of its figures were restated/,
  );
  assert.doesNotMatch(text, /Restated:/);
});
