/**
 * The demo workspace's statement for Q4 2023/24, end to end: measures from the ingested demo data,
 * governance questions, demo commentary, every format written. The Markdown and the HTML's text are
 * compared with golden files; the PDF is read back with pdftotext (the marking on every page, page
 * numbers, the headings in order) and the Word file by unzipping word/document.xml.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Problem } from '../../src/errors/problem.js';
import { type PreparedStatement, prepareStatement } from '../../src/jobs/statement/prepareStatement.js';
import { type WrittenStatement, writeStatement } from '../../src/jobs/statement/writeStatement.js';
import { renderHtml } from '../../src/report/render/html/renderHtml.js';
import { locateChromium } from '../../src/report/render/pdf/chromium.js';
import { PdfRenderer } from '../../src/report/render/pdf/renderPdf.js';
import { parsePeriod } from '../../src/stats/calendar.js';
import { measurePrintLayout, orphanedAtFoot, pdfPageTexts } from '../helpers/printLayout/printLayout.js';
import { scratchDir } from '../helpers/scratch.js';
import { skipWithoutChromium } from '../report/helpers/chromium.js';
import {
  type DemoWorkspace,
  demoStatementWorkspace,
  GENERATED_AT,
  SENSITIVE_TITLE,
} from './helpers/demoWorkspace.js';
import { assertGolden } from './helpers/golden.js';
import { htmlText } from './helpers/htmlText.js';

const scratch = scratchDir('scrutiny-statement-');
let demo: DemoWorkspace;
let official: PreparedStatement;
let written: WrittenStatement;
let sensitive: WrittenStatement;
let pdf: PdfRenderer | Problem;

const options = (classification: 'OFFICIAL' | 'OFFICIAL-SENSITIVE') => ({
  period: parsePeriod('Q4 2023/24'),
  classification,
  now: GENERATED_AT,
  version: '0.1.0',
  strict: false,
});

before(async () => {
  demo = await demoStatementWorkspace(join(scratch, 'demo'));
  official = await prepareStatement(demo.store, demo, options('OFFICIAL'));
  pdf = await PdfRenderer.open(process.env);
  written = await writeStatement(official, join(scratch, 'out'), pdf);
  const prepared = await prepareStatement(demo.store, demo, options('OFFICIAL-SENSITIVE'));
  sensitive = await writeStatement(prepared, join(scratch, 'out-sensitive'), pdf);
});

after(async () => {
  if (pdf instanceof PdfRenderer) await pdf.close();
  demo?.store.close();
  rmSync(scratch, { recursive: true, force: true });
});

const file = (w: WrittenStatement, name: string) => join(w.dir, name);
const read = (w: WrittenStatement, name: string) => readFileSync(file(w, name), 'utf8');

test('the statement is written to out/statements/2023-24-q4 in every format, with figures.json', () => {
  assert.match(written.dir, /[\\/]statements[\\/]2023-24-q4$/);
  for (const name of ['statement.html', 'statement.md', 'statement.docx', 'figures.json'])
    assert.ok(existsSync(file(written, name)), `${name} was not written`);
  const svgs = readdirSync(file(written, 'figures'));
  const figures = written.document.blocks.filter((b) => b.kind === 'figure');
  assert.equal(svgs.length, figures.length);
  assert.ok(
    figures.length >= 4,
    `expected volumes, rate, SPC and satisfaction figures, found ${figures.length}`,
  );
  for (const kind of ['volumes', 'rate', 'spc', 'satisfaction'])
    assert.ok(
      figures.some((f) => f.id.includes(kind)),
      `no ${kind} figure`,
    );
});

test('figures.json is the measures result the statement was built from, paths relative to the workspace', () => {
  const json = JSON.parse(read(written, 'figures.json'));
  assert.equal(json.schemaVersion, 1);
  assert.equal(json.period.label, 'Q4 2023/24');
  assert.equal(json.generatedAt, GENERATED_AT.toISOString());
  const paths = json.measures.flatMap((m: { provenance: { path: string }[] }) =>
    m.provenance.map((p) => p.path),
  );
  assert.ok(paths.length > 0);
  for (const p of paths) assert.match(p, /^data\//);
});

test('the Markdown matches its golden file', () => {
  assertGolden('demo-q4-2023-24.md', read(written, 'statement.md'));
});

test("the HTML's text matches its golden file", () => {
  assertGolden('demo-q4-2023-24.html.txt', htmlText(read(written, 'statement.html')));
});

test('the demo commentary agrees with the demo data: the check finds nothing', () => {
  assert.deepEqual(official.findings, []);
});

test('OFFICIAL-SENSITIVE measures are left out of an OFFICIAL statement, and not even named', () => {
  const md = read(written, 'statement.md');
  assert.ok(!md.includes(SENSITIVE_TITLE));
  assert.match(md, /1 OFFICIAL-SENSITIVE measure is not shown in this OFFICIAL statement\./);
  const html = read(written, 'statement.html');
  assert.ok(!html.includes('OFFICIAL-SENSITIVE'.concat('<')), 'an OFFICIAL statement is marked OFFICIAL');
});

test("an OFFICIAL statement's figures.json holds no OFFICIAL-SENSITIVE measure; an OFFICIAL-SENSITIVE one does", () => {
  const officialJson = read(written, 'figures.json');
  const measures = JSON.parse(officialJson).measures as { public: boolean }[];
  assert.ok(measures.length > 0);
  assert.ok(
    measures.every((m) => m.public),
    'no measure with public: false',
  );
  assert.ok(!officialJson.includes(SENSITIVE_TITLE), 'the sensitive measure is not even named');
  const sensitiveJson = read(sensitive, 'figures.json');
  const all = JSON.parse(sensitiveJson).measures as { public: boolean; title: string }[];
  assert.ok(all.some((m) => !m.public && m.title === SENSITIVE_TITLE));
  assert.equal(all.length, measures.length + 1);
});

test('with --classification official-sensitive the measure is in and every marking says so', () => {
  const md = read(sensitive, 'statement.md');
  assert.ok(md.includes(`#### ${SENSITIVE_TITLE}`));
  assert.ok(md.startsWith('**OFFICIAL-SENSITIVE**'));
  assert.ok(md.trimEnd().endsWith('**OFFICIAL-SENSITIVE**'));
  const html = read(sensitive, 'statement.html');
  assert.match(html, /<p class="marking marking-top">OFFICIAL-SENSITIVE<\/p>/);
  assert.match(html, /<p class="marking marking-bottom">OFFICIAL-SENSITIVE<\/p>/);
});

function pdfPages(w: WrittenStatement): string[] {
  const run = spawnSync('pdftotext', ['-layout', file(w, 'statement.pdf'), '-'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.split('\f').filter((page) => page.trim() !== '');
}

const noPdfTools = spawnSync('pdftotext', ['-v']).error
  ? 'pdftotext is absent (apt-get install poppler-utils)'
  : false;

test('the PDF: OFFICIAL at the top and bottom of every page, Page N of M, the headings in order', {
  skip: skipWithoutChromium || noPdfTools,
}, () => {
  const pages = pdfPages(written);
  assert.ok(pages.length >= 8, `only ${pages.length} pages`);
  pages.forEach((page, i) => {
    const lines = page.split('\n').filter((l) => l.trim() !== '');
    assert.equal(lines[0]?.trim(), 'OFFICIAL', `page ${i + 1} has no marking at the top`);
    assert.match(lines[lines.length - 1] ?? '', /OFFICIAL\s+Page \d+ of \d+$/);
    assert.match(lines[lines.length - 1] ?? '', new RegExp(`Page ${i + 1} of ${pages.length}$`));
  });
  const text = pages.join('\n');
  const headings = [
    '1. Introduction',
    '2. Specified Information Order',
    '3. Statement of contribution',
    '4. Midshire Police overview',
    '5. Reduce murder and other homicides',
    '6. Reduce serious violence',
    '7. Disrupt drugs supply and county lines',
    '8. Reduce neighbourhood crime',
    '9. Tackle cyber crime',
    '10. Improve satisfaction among victims',
    '11. Applicability of the national priorities',
    '12. Data and methods',
  ];
  let at = 0;
  for (const h of headings) {
    const found = text.indexOf(h, at);
    assert.ok(found >= 0, `heading '${h}' missing or out of order`);
    at = found;
  }
  assert.ok(text.includes('On 31 May 2021, The Elected Local Policing Bodies (Specified Information)'));
});

test('the OFFICIAL-SENSITIVE PDF is marked so on every page', {
  skip: skipWithoutChromium || noPdfTools,
}, () => {
  for (const page of pdfPages(sensitive)) {
    const lines = page.split('\n').filter((l) => l.trim() !== '');
    assert.equal(lines[0]?.trim(), 'OFFICIAL-SENSITIVE');
    assert.match(lines[lines.length - 1] ?? '', /OFFICIAL-SENSITIVE\s+Page \d+ of \d+$/);
  }
});

test('the PDF prints every table inside the A4 margins, no cell over another, no heading or caption orphaned', {
  skip: skipWithoutChromium || noPdfTools,
}, async () => {
  const browser = (pdf as PdfRenderer).session.browser;
  // The HTML as printed to the PDF: with the charts' data tables in the annex.
  const printed = renderHtml(written.document, { chartDataAnnex: true });
  const layout = await measurePrintLayout(browser, printed, 'portrait');
  assert.ok(
    layout.keepWithNext.includes('Robbery: the parts'),
    'the parts table, once clipped at the margin, is measured',
  );
  assert.deepEqual(layout.findings, []);
  assert.deepEqual(orphanedAtFoot(pdfPageTexts(readFileSync(file(written, 'statement.pdf'))), layout), []);
});

test('the Word file: headings as Word headings, the marking in header and footer, figures', () => {
  const zip = unzipSync(readFileSync(file(written, 'statement.docx')));
  const documentXml = strFromU8(zip['word/document.xml']!);
  const paragraphs = [...documentXml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const headingText = (style: string) =>
    paragraphs
      .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
      .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  const top = headingText('Heading1');
  assert.deepEqual(top.slice(0, 4), [
    '1. Introduction',
    '2. Specified Information Order',
    '3. Statement of contribution',
    '4. Midshire Police overview',
  ]);
  assert.equal(top.length, 12);
  assert.ok(headingText('Heading3').includes('Violence with injury'));
  const headers = Object.keys(zip).filter((k) => /^word\/(header|footer)\d*\.xml$/.test(k));
  assert.ok(headers.length >= 2);
  for (const h of headers) assert.match(strFromU8(zip[h]!), /OFFICIAL/);
  assert.match(
    documentXml,
    /In Q4 2023\/24, volumes \(n=1,141\) increased by \+13% on the same quarter last year/,
  );
  if (!skipWithoutChromium) {
    const images = Object.keys(zip).filter((k) => k.startsWith('word/media/'));
    const figures = written.document.blocks.filter((b) => b.kind === 'figure').length;
    assert.equal(images.length, figures);
  }
});

test('without Chromium the other formats are still written and the warning says how to install it', async () => {
  const location = locateChromium({ SCRUTINY_CHROMIUM: '' }, () => false);
  assert.ok('problem' in location);
  const w = await writeStatement(official, join(scratch, 'out-no-chromium'), location.problem);
  for (const name of ['statement.html', 'statement.md', 'statement.docx', 'figures.json'])
    assert.ok(existsSync(file(w, name)), name);
  assert.ok(!existsSync(file(w, 'statement.pdf')));
  const warning = w.problems.find((p) => p.code === 'report.chromium-missing');
  assert.match(warning?.message ?? '', /apt-get install chromium/);
  assert.equal(warning?.severity, 'warning');
});
