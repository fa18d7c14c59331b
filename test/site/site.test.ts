/**
 * The site built from the demo workspace (fixture.ts): OFFICIAL-SENSITIVE material appears nowhere;
 * the burglary page of a district says whether burglary is going up, with numbers equal to an
 * independent count of the rows of crimes.csv; a measure page weighs under 150 KB; the downloads
 * hold the figures the pages print; and a rebuild after one commentary edit draws no chart and
 * rewrites only the page that shows it (its speed is measured by bench:site, not asserted here).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import { type SiteBuild, SiteBuilder } from '../../src/jobs/site/siteBuilder.js';
import type { WorkspacePaths } from '../../src/workspace/paths.js';
import {
  COMMENTARY_TEXT,
  demoWorkspace,
  END_MONTH,
  SENSITIVE_ID,
  SENSITIVE_QUESTION,
  SENSITIVE_STATEMENT,
  SENSITIVE_TITLE,
} from './fixture.js';

let paths: WorkspacePaths;
let builder: SiteBuilder;
let first: SiteBuild;

before(async () => {
  paths = await demoWorkspace();
  builder = new SiteBuilder(paths, {
    version: 'test',
    now: () => new Date('2023-04-21T10:00:00Z'),
    diskCache: false,
  });
  first = await builder.build();
});

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const page = (path: string) => readFileSync(join(first.dir, path), 'utf8');
/** The text a reader sees: tags dropped, entities of the escaper undone, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test('the site reports the latest complete quarter and has every kind of page', () => {
  assert.equal(first.model.period.label, 'Q4 2022/23');
  for (const path of [
    'index.html',
    'statements/index.html',
    'statements/2022-23-q4/index.html',
    'priorities/index.html',
    'priorities/neighbourhood-crime.html',
    'measures/residential-burglary.html',
    'districts/index.html',
    'districts/northwold/index.html',
    'districts/northwold/residential-burglary.html',
    'peers.html',
    'governance.html',
    'data/index.html',
    'methods.html',
    'accessibility.html',
    'data/measures.csv',
    'data/series.csv',
    'data/districts.csv',
    'data/data-dictionary.csv',
    'site.css',
  ])
    assert.ok(statSync(join(first.dir, path)).isFile(), path);
  assert.match(text(page('priorities/neighbourhood-crime.html')), new RegExp(COMMENTARY_TEXT));
  assert.match(
    text(page('index.html')),
    /Latest statement: National Crime and Policing Measures: Q4 2022\/23/,
  );
});

test('OFFICIAL-SENSITIVE measures, their questions and sensitive statements appear nowhere on the site', () => {
  const files = allFiles(first.dir);
  for (const file of files) {
    const where = relative(first.dir, file);
    assert.ok(!where.includes(SENSITIVE_ID.replace(/_/g, '-')) && !where.includes(SENSITIVE_ID), where);
    assert.ok(!where.includes(SENSITIVE_STATEMENT), where);
    if (/\.(html|csv|json|css)$/.test(file)) {
      const content = readFileSync(file, 'utf8');
      assert.ok(!content.includes(SENSITIVE_ID), `${where} names the sensitive measure`);
      assert.ok(!content.includes(SENSITIVE_TITLE), `${where} prints the sensitive measure's title`);
      assert.ok(!content.includes(SENSITIVE_QUESTION), `${where} prints the question about it`);
      // The words may appear (the methods page explains that such measures are never published, a
      // statement says how many it leaves out); the marking of a sensitive document may not.
      assert.ok(!/class="marking[^"]*">\s*OFFICIAL-SENSITIVE/.test(content), `${where} carries the marking`);
    }
  }
  assert.ok(first.problems.some((p) => p.code === 'site.sensitive-statement'));
});

/** An independent count: rows of crimes.csv for a district, offence codes and months. */
function countRows(district: string, codes: readonly string[], first: string, last: string): number {
  const extract = readdirSync(paths.data).find((n) => n.startsWith('force-extract-'))!;
  const lines = readFileSync(join(paths.data, extract, 'crimes.csv'), 'utf8')
    .trim()
    .split('\n');
  const header = lines[0]!.split(',');
  const [date, code, where] = ['recorded_date', 'offence_code', 'district'].map((c) => header.indexOf(c));
  let n = 0;
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const month = cells[date!]!.slice(0, 7);
    if (cells[where!] === district && codes.includes(cells[code!]!) && month >= first && month <= last) n++;
  }
  return n;
}

test('the burglary page for a district answers in plain words, with numbers equal to a count of crimes.csv', () => {
  // Residential burglary, written out here from the Home Office codes (domain brief 2.2), not read from the catalogue.
  const codes = ['28E', '28F', '28G', '28H', '29A'];
  assert.equal(END_MONTH, '2023-03');
  const latest = countRows('Northwold', codes, '2022-04', '2023-03');
  const previous = countRows('Northwold', codes, '2021-04', '2022-03');
  assert.ok(latest > 50 && previous > 50, `${latest} and ${previous} burglaries: enough to test`);
  const words = text(page('districts/northwold/residential-burglary.html'));
  assert.match(words, /Is burglary \(home\) going up in Northwold\?/);
  const fmt = (n: number) => n.toLocaleString('en-GB');
  assert.match(
    words,
    new RegExp(
      `In the 12 months to March 2023, the police recorded ${fmt(latest)} of these crimes in Northwold`,
    ),
  );
  assert.match(words, new RegExp(`In the 12 months before that they recorded ${fmt(previous)}`));
  // The answer agrees with the size of the change: a normal approximation to the exact test is
  // enough to tell a clear rise (z > 2.5) from noise (|z| < 1.5).
  const z = (latest - previous) / Math.sqrt(latest + previous);
  const answer = /(Yes, it is going up|No, it is going down|No clear change)\./.exec(words)?.[1];
  if (z > 2.5) assert.equal(answer, 'Yes, it is going up');
  else if (z < -2.5) assert.equal(answer, 'No, it is going down');
  else if (Math.abs(z) < 1.5) assert.equal(answer, 'No clear change');
  else assert.ok(answer, 'the page gives an answer');
  // The download holds the same months: their sum over the year is the count.
  const rows = readFileSync(join(first.dir, 'data/districts/northwold.csv'), 'utf8')
    .trim()
    .split('\r\n')
    .slice(1);
  const year = rows
    .map((r) => r.split(','))
    .filter(([id, , month]) => id === 'residential_burglary' && month! >= '2022-04' && month! <= '2023-03');
  assert.equal(year.length, 12);
  assert.equal(
    year.reduce((sum, r) => sum + Number(r[3]), 0),
    latest,
  );
});

test('a measure page weighs under 150 KB', () => {
  const sizes = allFiles(join(first.dir, 'measures')).map(
    (f) => [relative(first.dir, f), statSync(f).size] as const,
  );
  assert.ok(sizes.length > 30);
  for (const [file, size] of sizes) assert.ok(size < 150 * 1024, `${file} is ${size} bytes`);
});

test('the measures download prints the figures the measure page prints', () => {
  const rows = readFileSync(join(first.dir, 'data/measures.csv'), 'utf8').trim().split('\r\n');
  const header = rows[0]!.split(',');
  const burglary = rows.find((r) => r.startsWith('residential_burglary,'))!.split(',');
  const value = Number(burglary[header.indexOf('value')]);
  const before = Number(burglary[header.indexOf('year_earlier')]);
  const words = text(page('measures/residential-burglary.html'));
  assert.match(words, new RegExp(`${value.toLocaleString('en-GB')} offences in Q4 2022/23`));
  assert.match(words, new RegExp(`than in Q4 2021/22 \\(${before.toLocaleString('en-GB')}\\)`));
});

test('a rebuild after one commentary edit draws no chart and rewrites only the page that shows it', async () => {
  const file = join(paths.commentary, '2022-23-Q4', 'neighbourhood_crime.md');
  writeFileSync(
    file,
    `${COMMENTARY_TEXT}\n\nThe office asked the force to publish its burglary response times.\n`,
  );
  const rebuilt = await builder.build();
  assert.equal(rebuilt.chartsDrawn, 0);
  assert.equal(rebuilt.written, 1, 'only the priority page changed');
  assert.match(text(page('priorities/neighbourhood-crime.html')), /publish its burglary response times/);
});
