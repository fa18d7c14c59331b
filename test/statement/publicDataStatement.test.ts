/**
 * The statement an office can publish from public data alone: a workspace made by
 * `scrutiny init --force-slug warwickshire`, the shared data.police.uk zip (Warwickshire and five
 * peers, 2025) and the real Home Office tables, with no YAML edited. Commentary files are written as
 * an office would before publishing. The police.uk burglary proxy must lead with the quarter (606,
 * +21% on the previous quarter, counted here from the zip), draw its volumes and SPC charts, and no
 * measure id, dataset or table name, or force slug may reach the text of the HTML or Markdown.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { unzipSync } from 'fflate';
import { DATASETS } from '../../src/catalogue/formats.js';
import { REPO_ROOT } from '../fixtures/police-uk/testWorkspace.js';
import { splitCsvLine } from '../helpers/csvLine.js';
import { goldenAsserter } from '../helpers/golden.js';
import { PUBLIC_ZIP, publicDataWorkspace, scrutinyOk } from '../helpers/publicDataWorkspace.js';

const ZIP = PUBLIC_ZIP;
const skip = existsSync(ZIP) ? false : '../shared/data is absent (a user clone): real-data test not run';
const assertGolden = goldenAsserter(join(REPO_ROOT, 'test', 'statement', 'golden'));

const scrutiny = scrutinyOk;

/** Warwickshire burglary rows per month, straight from the zip. */
function burglaryByMonth(): Map<string, number> {
  const counts = new Map<string, number>();
  const files = unzipSync(new Uint8Array(readFileSync(ZIP)), {
    filter: (file) => /warwickshire-street\.csv$/.test(file.name),
  });
  for (const bytes of Object.values(files)) {
    for (const line of new TextDecoder().decode(bytes).split('\n').slice(1)) {
      const fields = splitCsvLine(line);
      if (fields[9] === 'Burglary') counts.set(fields[1] ?? '', (counts.get(fields[1] ?? '') ?? 0) + 1);
    }
  }
  return counts;
}

/** Every page of the site but the data downloads (whose column names are documented there). */
function sitePages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : sitePages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const sum = (counts: Map<string, number>, months: string[]) =>
  months.reduce((total, month) => total + (counts.get(month) ?? 0), 0);

let workspace = '';
let cliOutput = '';
let markdown = '';
let htmlText = '';
let figures: string[] = [];
let site = '';

before(() => {
  if (skip) return;
  workspace = publicDataWorkspace('2025-26-Q3');
  cliOutput = scrutiny('-w', workspace, 'statement', '--period', 'Q3 2025/26');
  const out = join(workspace, 'out', 'statements', '2025-26-q3');
  markdown = readFileSync(join(out, 'statement.md'), 'utf8');
  htmlText = readFileSync(join(out, 'statement.html'), 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  figures = readdirSync(join(out, 'figures'));
  scrutiny('-w', workspace, 'site', 'build');
  site = join(workspace, 'out', 'site');
});

/** A page's visible text, whitespace folded, the build time left out. */
function pageText(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/last updated on [^.]+\./, 'last updated on (the build time).')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The Markdown of one measure's section: from its heading to the next heading of its level. */
function section(title: string): string {
  const start = markdown.indexOf(`#### ${title}`);
  assert.ok(start >= 0, `no section "${title}"`);
  const end = markdown.indexOf('\n#### ', start + 1);
  const endPriority = markdown.indexOf('\n### ', start + 1);
  const stops = [end, endPriority].filter((at) => at > 0);
  return markdown.slice(start, stops.length > 0 ? Math.min(...stops) : undefined);
}

test('the police.uk burglary proxy leads with the quarter, then the rolling 12 months, then the month', {
  skip,
}, () => {
  const counts = burglaryByMonth();
  const quarter = sum(counts, ['2025-10', '2025-11', '2025-12']);
  const previous = sum(counts, ['2025-07', '2025-08', '2025-09']);
  assert.equal(quarter, 606);
  assert.equal(Math.round((100 * (quarter - previous)) / previous), 21);
  const text = section('Burglary (police.uk proxy)');
  const quarterAt = text.indexOf('In Q3 2025/26, volumes (n=606) increased by +21% on the previous quarter');
  const yearAt = text.indexOf(
    `In the 12 months to December 2025, volumes (n=${sum(counts, [...counts.keys()]).toLocaleString('en-GB')})`,
  );
  const monthAt = text.indexOf(`In December 2025, volumes (n=${counts.get('2025-12')})`);
  assert.ok(quarterAt >= 0 && yearAt > quarterAt && monthAt > yearAt, text);
  assert.match(text, /same quarter last year \(Q3 2024\/25\) is not in the data loaded/);
});

test('every police.uk proxy draws its volumes chart and its SPC chart', { skip }, () => {
  const proxies = [...markdown.matchAll(/^#### (.+ \(police\.uk proxy\))$/gm)].map((m) => m[1] ?? '');
  assert.ok(proxies.length >= 8, proxies.join(', '));
  for (const title of proxies) {
    const text = section(title);
    assert.match(text, /!\[Line chart of monthly recorded/, `${title}: volumes chart`);
    assert.match(text, /!\[Statistical process control/, `${title}: SPC chart`);
  }
  assert.ok(figures.some((f) => f.endsWith('police-uk-burglary-volumes.svg')));
  assert.ok(figures.some((f) => f.endsWith('police-uk-burglary-spc.svg')));
});

test('no internal id, dataset or table name, or force slug in the statement text', { skip }, () => {
  const catalogue = join(REPO_ROOT, 'src', 'catalogue', 'measures');
  const ids = readdirSync(catalogue)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => [...readFileSync(join(catalogue, name), 'utf8').matchAll(/^\s*-?\s*id:\s*(\w+)/gm)])
    .map((m) => m[1] ?? '')
    .filter((id) => id.includes('_'));
  assert.ok(ids.length > 20);
  const internal = [...ids, ...DATASETS, 'published_cells', 'current_'];
  const pages = sitePages(site).map((path) => [path, pageText(path)] as const);
  assert.ok(pages.length > 30);
  for (const [name, text] of [
    ['statement.md', markdown.replace(/\\_/g, '_')],
    ['statement.html', htmlText],
    ...pages,
  ] as const) {
    for (const word of internal) assert.ok(!text.includes(word), `${name} contains "${word}"`);
    // The slug as a word of its own (a file name such as police-uk-2025.zip is the user's own).
    assert.doesNotMatch(text, /(?<![\w/.-])warwickshire(?![\w.-])/, `${name} contains the force slug`);
    assert.doesNotMatch(text, /needs \w+ data/, name);
  }
  assert.doesNotMatch(markdown, /police\.uk proxy\) \| As its title says, counted from the force's own data/);
});

test('the CLI says once which data are missing, not once per measure', { skip }, () => {
  const lines = cliOutput.split('\n').filter((line) => /need force_crimes data/.test(line));
  assert.equal(lines.length, 1, cliOutput);
});

test('golden: the neighbourhood crime priority of the police.uk-only statement', { skip }, () => {
  const start = markdown.indexOf('## \\8. Reduce neighbourhood crime');
  const end = markdown.indexOf('### 8.2. OPCC commentary');
  assertGolden('public-data-q3-2025-26-neighbourhood.md', markdown.slice(start, end));
});

test('golden: the site page of the police.uk burglary proxy', { skip }, () => {
  assertGolden(
    'public-data-site-police-uk-burglary.txt',
    `${pageText(join(site, 'measures', 'police-uk-burglary.html'))}\n`,
  );
});
