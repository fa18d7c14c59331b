/**
 * A golden pair of statements showing a restatement. Statement 1 (Q2 2025/26) is written from data
 * set A: the real Warwickshire police.uk street files of January to September 2025, as the archive
 * of September 2025. Then police.uk republishes: the archive of December 2025 holds the same months,
 * but August 2025 with three burglaries fewer. Statement 2 (Q3 2025/26) must say that the burglary
 * figure of Q2 2025/26 changed, with both figures and the reason, and list it in its annex;
 * statement 1, the first, has none. The counts are worked out here from the zip itself.
 * The Panel report and the board pack say the same restatements in their own words: the report for
 * the Panel after Q3 (and its Appendix A) and the board for December 2025 name both figures and the
 * reason; the report and the board written before the republished archive say nothing of it.
 * The workspace is built through the CLI by helpers/restatementPair.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { MeasuresResult } from '../../src/measures/result.js';
import { REPO_ROOT } from '../fixtures/police-uk/testWorkspace.js';
import { goldenAsserter } from '../helpers/golden.js';
import {
  buildRestatementPair,
  REMOVED,
  run,
  runWith,
  skipWithoutPairData,
  withoutPdf,
} from './helpers/restatementPair.js';

const skip = skipWithoutPairData;
const assertGolden = goldenAsserter(join(REPO_ROOT, 'test', 'statement', 'golden'));

let first = '';
let second = '';
let secondFigures: MeasuresResult;
let q2Burglaries = 0;
let workspace = '';
const panel: { first: string; second: string } = { first: '', second: '' };
const board: { first: string; second: string } = { first: '', second: '' };

before(() => {
  if (skip) return;
  ({ workspace, q2Burglaries } = buildRestatementPair((ws) => {
    withoutPdf('-w', ws, 'report', 'panel', '--meeting', '2025-11-06');
    withoutPdf('-w', ws, 'board', '--month', '2025-09');
  }));
  withoutPdf('-w', workspace, 'report', 'panel', '--meeting', '2026-02-05');
  withoutPdf('-w', workspace, 'board', '--month', '2025-12');

  const reports = join(workspace, 'out', 'reports');
  panel.first = readFileSync(join(reports, 'panel-2025-11-06', 'panel-report.md'), 'utf8');
  panel.second = readFileSync(join(reports, 'panel-2026-02-05', 'panel-report.md'), 'utf8');
  board.first = readFileSync(join(workspace, 'out', 'board', '2025-09', 'board.md'), 'utf8');
  board.second = readFileSync(join(workspace, 'out', 'board', '2025-12', 'board.md'), 'utf8');
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

/** Burglary's row of a restated-figures table: Q2 2025/26, both figures, the reason. */
function burglaryRow(): RegExp {
  const before = q2Burglaries.toLocaleString('en-GB');
  const now = (q2Burglaries - REMOVED).toLocaleString('en-GB');
  return new RegExp(
    `\\| Burglary \\(police\\.uk proxy\\) \\| Q2 2025/26 \\| ${before} \\| ${now} \\| police\\.uk republished August 2025 in its archive of December 2025 \\(the previous statement used its archive of September 2025\\) \\|`,
  );
}

test('Panel report after Q3: item 7 says the restated figures, Appendix A carries the statement’s', {
  skip,
}, () => {
  const start = panel.second.indexOf('7. National Crime and Policing Measures');
  const item = panel.second.slice(start, panel.second.indexOf('\n## 8. ', start));
  assert.ok(start >= 0 && item.length > 0);
  assert.match(
    item,
    /\*\*Restated figures\.\*\* 2 figures given in the statement for Q2 2025\/26 have changed/,
  );
  assert.match(item, burglaryRow());
  assert.match(item, /\| Neighbourhood crime[^|]* \| Q2 2025\/26 \| 1,584 \| 1,581 \|/);
  const appendix = panel.second.slice(panel.second.indexOf('Appendix A:'));
  assert.ok(appendix.includes('Restated: the previous statement (Q2 2025/26) gave'), 'Appendix A');
  assert.match(appendix, /Restated figures\n/);
  // No internal id in the Panel's words.
  assert.doesNotMatch(item, /police_uk_|measureId|_burglary/);
});

test('board pack for December 2025: a box and the burglary line restated since the Q2 statement', {
  skip,
}, () => {
  const start = board.second.indexOf('Restated since the last statement (Q2 2025/26)');
  assert.ok(start >= 0, 'the board has the box');
  const box = board.second.slice(start, board.second.indexOf('\n## ', start));
  assert.match(box, burglaryRow());
  assert.doesNotMatch(box, /police_uk_/);
});

test('the first Panel report and board pack, before the republished archive: no restated figures', {
  skip,
}, () => {
  assert.ok(panel.first.includes('7. National Crime and Policing Measures'));
  assert.doesNotMatch(panel.first, /Restated/);
  assert.ok(board.first.includes('Summary by priority'));
  assert.doesNotMatch(board.first, /Restated/);
});

test('a previous figures.json that cannot be read: a warning naming it, the statement and the board still written', {
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
  const pack = runWith(
    { SCRUTINY_CHROMIUM: '/nonexistent/chromium' },
    '-w',
    workspace,
    'board',
    '--month',
    '2025-12',
  );
  assert.equal(pack.status, 0, pack.stderr);
  assert.match(
    `${pack.stdout}${pack.stderr}`,
    /this board pack cannot say which of the last statement's figures were restated/,
  );
  const boardText = readFileSync(join(workspace, 'out', 'board', '2025-12', 'board.md'), 'utf8');
  assert.match(boardText, /The last statement's figures could not be read/);
  assert.doesNotMatch(boardText, /Burglary \(police\.uk proxy\) \| Q2 2025\/26/);
});
