/**
 * The site's small parts on hand-made inputs: links between pages, district names in URLs, CSV
 * quoting, the plain-words answer for a district, the public filter, the preview server's path
 * check, and which statements may be published.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { latestCompleteQuarter } from '../../src/jobs/site/gather/sitePeriod.js';
import { findStatements } from '../../src/jobs/site/gather/statements.js';
import { fileFor } from '../../src/jobs/site/serve/staticServer.js';
import { districtFigures } from '../../src/measures/districtFigures.js';
import type { MeasureJson } from '../../src/measures/result.js';
import { districtExplanation, districtShortAnswer } from '../../src/narrative/site/districtWords.js';
import { csv } from '../../src/site/downloads/csv.js';
import { districtSlug, href } from '../../src/site/render/links.js';
import { quarterPeriod } from '../../src/stats/calendar.js';
import { scratchDir } from '../helpers/scratch.js';

test('links between pages are relative and resolve to the target', () => {
  assert.equal(href('index.html', 'measures/homicide.html'), 'measures/homicide.html');
  assert.equal(href('measures/homicide.html', 'index.html'), '../index.html');
  assert.equal(href('districts/northwold/index.html', 'districts/northwold/homicide.html'), 'homicide.html');
  assert.equal(
    href('districts/northwold/homicide.html', 'measures/homicide.html'),
    '../../measures/homicide.html',
  );
  assert.equal(href('districts/a/x.html', 'districts/b/y.html'), '../b/y.html');
  assert.equal(href('measures/x.html', 'https://example.org/a'), 'https://example.org/a');
  // Property: resolving the link against the page's URL lands on the target.
  const segment = fc.stringMatching(/^[a-z]{1,4}$/);
  const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `${parts.join('/')}.html`);
  fc.assert(
    fc.property(path, path, (from, to) => {
      const resolved = new URL(href(from, to), `http://site.test/${from}`).pathname;
      return resolved === `/${to}`;
    }),
    { seed: 20240620, numRuns: 300 },
  );
});

test('district names become safe URL segments', () => {
  assert.equal(districtSlug('Northwold'), 'northwold');
  assert.equal(districtSlug('St Albans & Harpenden'), 'st-albans-harpenden');
  assert.equal(districtSlug('Ynys Môn'), 'ynys-mon');
  assert.equal(districtSlug('***'), 'district');
});

test('CSV cells are quoted as spreadsheets expect, and formulas are defused', () => {
  assert.equal(
    csv(
      ['a', 'b', 'c'],
      [
        ['x,y', 'say "hi"', 3.5],
        [null, '=SUM(A1)', -2],
        ['line\nbreak', undefined, true],
      ],
    ),
    'a,b,c\r\n"x,y","say ""hi""",3.5\r\n,\'=SUM(A1),-2\r\n"line\nbreak",,true\r\n',
  );
});

const burglary = { id: 'residential_burglary', title: 'Burglary (Home)' } as MeasureJson;
const northwold = { name: 'Northwold', slug: 'northwold', population: 100_000 };
const months = Array.from(
  { length: 24 },
  (_, i) => `${2022 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`,
);

function seriesWith(previousYear: number, latestYear: number) {
  // Spread each year's total over its months (the first 12 months, then the last 12).
  const spread = (total: number) =>
    Array.from({ length: 12 }, (_, i) => Math.floor(total / 12) + (i < total % 12 ? 1 : 0));
  return {
    months,
    rows: [
      {
        measureId: 'residential_burglary',
        district: 'Northwold',
        counts: [...spread(previousYear), ...spread(latestYear)],
      },
      { measureId: 'residential_burglary', district: 'Elmsworth', counts: months.map(() => 10) },
    ],
  };
}

test('a district answer says "going up" only for a rise too large to be chance', () => {
  const period = quarterPeriod(2023, 4); // Q4 2023/24, ending March 2024
  assert.equal(months[23], '2024-03');
  const up = districtFigures(burglary, northwold, seriesWith(200, 300), period, 0.05);
  assert.equal(up.latest?.total, 300);
  assert.equal(up.previous?.total, 200);
  assert.equal(up.verdict, 'up');
  assert.equal(districtShortAnswer(up), 'Yes, it is going up');
  const explained = districtExplanation(up, { area: 'Midshire', population: 500_000 }).join(' ');
  assert.match(explained, /recorded 300 of these crimes in Northwold/);
  assert.match(explained, /they recorded 200: 100 more, a rise of 50%/);
  // 300 per 100,000 people is 3.0 per 1,000; the force has 300 + 120 = 420 per 500,000: 0.8.
  assert.match(
    explained,
    /That is 3\.0 for every 1,000 people living in Northwold; across Midshire it is 0\.8\./,
  );

  const noise = districtFigures(burglary, northwold, seriesWith(200, 210), period, 0.05);
  assert.equal(noise.verdict, 'no_clear_change');
  assert.match(
    districtExplanation(noise, { area: 'Midshire', population: 500_000 }).join(' '),
    /happens by chance/,
  );
  const down = districtFigures(burglary, northwold, seriesWith(300, 200), period, 0.05);
  assert.equal(districtShortAnswer(down), 'No, it is going down');
  const short = districtFigures(burglary, northwold, { months: months.slice(12), rows: [] }, period, 0.05);
  assert.equal(short.verdict, 'not_enough_data');
});

test('the preview server never serves a file outside the site folder', () => {
  const root = scratchDir('scrutiny-serve-');
  mkdirSync(join(root, 'site', 'measures'), { recursive: true });
  writeFileSync(join(root, 'site', 'index.html'), 'home');
  writeFileSync(join(root, 'site', 'measures', 'a b.html'), 'a');
  writeFileSync(join(root, 'secret.txt'), 'no');
  const site = join(root, 'site');
  assert.equal(fileFor(site, '/'), join(site, 'index.html'));
  assert.equal(fileFor(site, '/measures/a%20b.html?x=1'), join(site, 'measures', 'a b.html'));
  assert.equal(fileFor(site, '/../secret.txt'), undefined);
  assert.equal(fileFor(site, '/%2e%2e/secret.txt'), undefined);
  assert.equal(fileFor(site, '/measures/'), undefined);
  assert.equal(fileFor(site, '/%E0%A4%A'), undefined);
});

test('a statement marked OFFICIAL-SENSITIVE, or without <main>, is never published', () => {
  const out = scratchDir('scrutiny-statements-');
  const write = (folder: string, marking: string, main = true) => {
    mkdirSync(join(out, 'statements', folder), { recursive: true });
    const body = main ? '<main><h1>Statement</h1><p>Text</p></main>' : '<div>no main</div>';
    writeFileSync(
      join(out, 'statements', folder, 'statement.html'),
      `<html><body><header><p class="marking marking-top">${marking}</p></header>${body}</body></html>`,
    );
  };
  write('2023-24-q4', 'OFFICIAL');
  write('2023-24-q3', 'OFFICIAL-SENSITIVE');
  write('2023-24-q2', 'OFFICIAL', false);
  write('2022-23-q4', 'OFFICIAL');
  write('not-a-quarter', 'OFFICIAL');
  const found = findStatements(out);
  assert.deepEqual(
    found.statements.map((s) => s.label),
    ['Q4 2023/24', 'Q4 2022/23'],
  );
  assert.equal(found.statements[0]?.mainHtml, '<h1>Statement</h1><p>Text</p>');
  assert.deepEqual(found.problems.map((p) => p.code).sort(), [
    'site.sensitive-statement',
    'site.unreadable-statement',
  ]);
});

test('the site reports the latest quarter whose three months are all loaded', () => {
  const span = (last: string) => [
    { dataset: 'force_crimes', forceSlug: 'midshire', first: '2019-04', last, periods: 0 },
  ];
  assert.equal(latestCompleteQuarter(span('2024-03'), 'midshire').label, 'Q4 2023/24');
  assert.equal(latestCompleteQuarter(span('2024-02'), 'midshire').label, 'Q3 2023/24');
  assert.equal(latestCompleteQuarter(span('2024-04'), 'midshire').label, 'Q4 2023/24');
  assert.throws(() => latestCompleteQuarter(span('2024-03'), 'westshire'), /store holds none/);
});
