/**
 * The NCPM yardsticks in a statement on public data alone: a workspace made by `scrutiny init
 * --force-slug warwickshire` with the shared data.police.uk zip and the real Home Office and ONS
 * tables, its `baseline` set to the year ending March 2019 (the ONS year the shared tables hold), for
 * Q1 2025/26. Each priority opens with its summary table; the residential burglary figures (C2:
 * 1,532; the 2019 table: 2,931) are told against the baseline and nationally, in the statement and
 * on the site. Goldens: the homicide and neighbourhood crime priorities.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { REPO_ROOT } from '../fixtures/police-uk/testWorkspace.js';
import { goldenAsserter } from '../helpers/golden.js';
import { HOME_OFFICE, PUBLIC_ZIP, publicDataWorkspace, scrutinyOk } from '../helpers/publicDataWorkspace.js';

const skip =
  existsSync(PUBLIC_ZIP) && existsSync(HOME_OFFICE)
    ? false
    : '../shared/data is absent (a user clone): real-data test not run';
const assertGolden = goldenAsserter(join(REPO_ROOT, 'test', 'statement', 'golden'));

/** A page's or document's visible text, whitespace folded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

let markdown = '';
let html = '';
let site = '';

before(() => {
  if (skip) return;
  const workspace = publicDataWorkspace('2025-26-Q1', (config) =>
    config.replace(/^baseline: .*$/m, 'baseline: 2018-04..2019-03'),
  );
  scrutinyOk('-w', workspace, 'statement', '--period', 'Q1 2025/26');
  const out = join(workspace, 'out', 'statements', '2025-26-q1');
  markdown = readFileSync(join(out, 'statement.md'), 'utf8');
  html = visibleText(readFileSync(join(out, 'statement.html'), 'utf8'));
  scrutinyOk('-w', workspace, 'site', 'build', '--period', 'Q1 2025/26');
  site = join(workspace, 'out', 'site');
});

/** The Markdown of a priority: from its heading to its commentary. */
function priority(number: number, title: string): string {
  const start = markdown.indexOf(`## \\${number}. ${title}`);
  const end = markdown.indexOf(`### ${number}.2. OPCC commentary`);
  assert.ok(start >= 0 && end > start, title);
  return markdown.slice(start, end);
}

test('every priority with figures opens with its summary table, in Markdown and HTML', { skip }, () => {
  const neighbourhood = priority(8, 'Reduce neighbourhood crime');
  const table = neighbourhood.indexOf('**Reduce neighbourhood crime: summary**');
  assert.ok(table >= 0 && table < neighbourhood.indexOf('proxy measures are'), 'the table comes first');
  assert.match(
    neighbourhood,
    /\| Burglary \(Home\) \| ONS tables \(Table C2\) \| 1,532 \| – \| -48% \(-1,399\), significant decrease \| 13th highest rate of 43 forces/,
  );
  assert.match(html, /Reduce neighbourhood crime: summary/);
  assert.match(html, /Change on the NCPM baseline \(12 months to March 2019\)/);
});

test('the baseline comparison names both sources, and the national position its population year', {
  skip,
}, () => {
  const text = priority(8, 'Reduce neighbourhood crime');
  assert.match(
    text,
    /In the 12 months to June 2025 there were 1,532 offences, 48% fewer than the 2,931 of the NCPM baseline \(the 12 months to March 2019\); this is a statistically significant decrease\. The latest figure is from the ONS police force area data tables \(Table C2\); the baseline from the ONS police force area data tables \(Table P1\)\./,
  );
  assert.match(
    text,
    /per 1,000 residents, against [\d.]+ for England and Wales: the 13th highest rate of 43 forces/,
  );
  assert.match(text, /populations: ONS mid-year population estimate, mid-2023/);
  assert.match(markdown, /compares each count with the NCPM baseline, the 12 months to March 2019/);
});

test('the site: the priority page opens with the summary, the measure page tells the baseline', {
  skip,
}, () => {
  const priorityPage = visibleText(
    readFileSync(join(site, 'priorities', 'neighbourhood-crime.html'), 'utf8'),
  );
  assert.match(priorityPage, /Summary .*Burglary \(Home\) ONS tables \(Table C2\) 1,532/);
  const measurePage = visibleText(readFileSync(join(site, 'measures', 'residential-burglary.html'), 'utf8'));
  assert.match(measurePage, /48% fewer than the 2,931 of the NCPM baseline/);
  assert.match(measurePage, /13th highest rate of 43 forces/);
});

test('golden: the homicide and neighbourhood crime priorities of the Q1 2025/26 public-data statement', {
  skip,
}, () => {
  assertGolden(
    'public-data-q1-2025-26-yardsticks.md',
    `${priority(5, 'Reduce murder and other homicides')}\n${priority(8, 'Reduce neighbourhood crime')}`,
  );
});
