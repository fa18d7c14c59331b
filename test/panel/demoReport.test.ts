/**
 * The Panel report of the demo workspace, end to end: the demo generated with a fixed seed and
 * endMonth (data and governance records to May 2024), ingested through the real pipeline, and the
 * report for the Panel of 20 June 2024 written in every format with generatedAt pinned. Goldens
 * hold the Markdown and the HTML's text; the Word file is unzipped and the PDF read by pdftotext.
 * Generating and ingesting the demo takes a minute or two: it is done once for the whole file.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Problem } from '../../src/errors/problem.js';
import { ExitCode, ScrutinyError } from '../../src/errors/problem.js';
import {
  type PanelReportOptions,
  type WrittenPanelReport,
  writePanelReport,
} from '../../src/jobs/panelReport/writePanelReport.js';
import { renderHtml } from '../../src/report/render/html/renderHtml.js';
import { locateChromium } from '../../src/report/render/pdf/chromium.js';
import { PdfRenderer } from '../../src/report/render/pdf/renderPdf.js';
import type { Store } from '../../src/store/store.js';
import type { WorkspaceConfig } from '../../src/workspace/config.js';
import type { WorkspacePaths } from '../../src/workspace/paths.js';
import { buildDemoWorkspace } from '../helpers/demoWorkspace.js';
import { measurePrintLayout, orphanedAtFoot, pdfPageTexts } from '../helpers/printLayout/printLayout.js';
import { scratchDir } from '../helpers/scratch.js';
import { skipWithoutChromium } from '../report/helpers/chromium.js';
import { blockLines, section } from './documentText.js';
import { assertGolden, htmlText } from './golden.js';

const SEED = 20190401;
const END_MONTH = '2024-05';
const MEETING = '2024-06-20';
const OPTIONS: PanelReportOptions = {
  meeting: MEETING,
  reportDate: '2024-06-11',
  classification: 'OFFICIAL',
  now: new Date('2024-06-11T08:30:00Z'),
  version: '0.1.0',
};
const REPO = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

const scratch = scratchDir('scrutiny-panel-');
let paths: WorkspacePaths;
let config: WorkspaceConfig;
let store: Store;
let written: WrittenPanelReport;
let pdf: PdfRenderer | Problem | undefined;

before(async () => {
  const root = join(scratch, 'ws');
  ({ paths, config, store } = await buildDemoWorkspace(root, {
    seed: SEED,
    endMonth: END_MONTH,
    governance: true,
  }));
  // Kept open for the print layout test; closed in after().
  pdf = skipWithoutChromium === false ? await PdfRenderer.open(process.env) : noChromium();
  written = await writePanelReport(store, { paths, config }, OPTIONS, pdf);
});

after(async () => {
  if (pdf instanceof PdfRenderer) await pdf.close();
  store?.close();
  rmSync(scratch, { recursive: true, force: true });
});

function noChromium(): Problem {
  const located = locateChromium({ SCRUTINY_CHROMIUM: join(scratch, 'no-such-chromium') });
  assert.ok('problem' in located);
  return located.problem;
}

const file = (name: string) => join(written.dir, name);

test('the report is written to out/reports/panel-<date>/ in every format, with the figures it was built from', () => {
  assert.equal(written.dir, join(paths.out, 'reports', 'panel-2024-06-20'));
  for (const name of ['panel-report.html', 'panel-report.md', 'panel-report.docx', 'figures.json'])
    assert.ok(existsSync(file(name)), name);
  if (skipWithoutChromium === false) assert.ok(existsSync(file('panel-report.pdf')));
  const figures = JSON.parse(readFileSync(file('figures.json'), 'utf8')) as { period: { label: string } };
  assert.equal(figures.period.label, 'Q4 2023/24');
});

test('golden: the Markdown and the text of the HTML', () => {
  assertGolden('demo-panel-2024-06-20.md', readFileSync(file('panel-report.md'), 'utf8'));
  assertGolden('demo-panel-2024-06-20.html.txt', htmlText(readFileSync(file('panel-report.html'), 'utf8')));
});

test('the ten standing items in order; the empty ones say so; the demo records of the window appear', () => {
  const doc = written.document;
  const items = doc.blocks.flatMap((b) => (b.kind === 'heading' && /^item-\d+$/.test(b.id) ? [b.text] : []));
  assert.equal(items.length, 10);
  assert.deepEqual(
    items.map((t) => Number(t.split('.')[0])),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
  const nothing =
    'No decisions, activities or other records have been entered under this item since the Panel met on Thursday 21 March 2024.';
  // The demo's records for the window (22 March to 19 June 2024) fall under items 4 to 10.
  for (const id of ['item-1', 'item-2', 'item-3'])
    assert.deepEqual(blockLines(doc, section(doc, id)), [nothing]);
  assert.match(blockLines(doc, section(doc, 'item-10')).join('\n'), /Police budget and council tax precept/);
  assert.match(blockLines(doc, section(doc, 'item-9')).join('\n'), /Amount: £1,000,000/);
});

test('open questions are carried forward under their measures in the body and in the statement appendix', () => {
  const doc = written.document;
  const appendixAt = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === 'appendix-a');
  const body = doc.blocks.slice(0, appendixAt);
  const appendix = doc.blocks.slice(appendixAt);
  const robbery =
    "A question was raised in the Q2 2023/24 OPCC Performance Scrutiny report regarding the specific measures the force were taking to improve the 'action taken' outcome rates for robbery. The force's position will continue to be monitored by the OPCC.";
  // Body: under the measure's own heading in item 6, with the record's id.
  assert.deepEqual(blockLines(doc, section(doc, 'open-questions-robbery-action-taken')), [
    `${robbery} (SQ-001)`,
  ]);
  // Appendix: the same words, under the robbery measure of the serious violence priority.
  const lines = blockLines(doc, appendix);
  const at = lines.indexOf(robbery);
  assert.ok(at > 0, 'the robbery question is in the statement');
  const lastHeading = appendix
    .slice(
      0,
      appendix.findIndex((b) => b.kind === 'paragraph' && blockLines(doc, [b])[0] === robbery),
    )
    .filter((b) => b.kind === 'heading')
    .at(-1);
  assert.equal(lastHeading?.kind === 'heading' && lastHeading.text, 'Robbery');
  // Every question open on the eve of the meeting is in the body once per measure it names.
  const bodyText = blockLines(doc, body).join('\n');
  for (const id of ['SQ-001', 'SQ-002', 'SQ-004', 'SQ-005', 'SQ-007'])
    assert.equal(bodyText.split(`(${id})`).length - 1, 1, id);
  assert.equal(bodyText.split('(SQ-003)').length - 1, 2, 'SQ-003 names two measures');
  // SQ-006 was closed in January 2024: the Q4 statement reports it once more, as closed; the body does not.
  assert.doesNotMatch(bodyText, /\(SQ-006\)/);
  assert.match(lines.join('\n'), /The recommendation was closed on 25 (January|March|February) 2024\./);
});

test('the Word file: the front matter, every standing item, the open questions and the appendix', () => {
  const xml = strFromU8(
    unzipSync(readFileSync(file('panel-report.docx')))['word/document.xml'] ?? new Uint8Array(),
  );
  const words = xml.replace(/<[^>]+>/g, '');
  for (const expected of [
    "Police and Crime Commissioner's Report",
    'Midshire Police and Crime Panel, Thursday 20 June 2024',
    'The Panel is recommended to note this report.',
    '1. Details of key activities and decisions taken since the previous meeting',
    '6. Governance and holding to account activities',
    '10. Financial summary',
    '(SQ-001)',
    'Appendix A: National Crime and Policing Measures, Q4 2023/24',
  ])
    assert.ok(words.includes(expected.replace(/'/g, '&apos;')) || words.includes(expected), expected);
});

test('the PDF: OFFICIAL and the page number on every page, every standing item, the appendix', {
  skip: skipWithoutChromium,
}, () => {
  const path = file('panel-report.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  assert.ok(pages > 5, `${pages} pages`);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const perPage = text.split('\f').filter((p) => p.trim() !== '');
  assert.equal(perPage.length, pages);
  perPage.forEach((page, i) => {
    assert.ok((page.match(/OFFICIAL/g) ?? []).length >= 2, `page ${i + 1} is marked top and bottom`);
    assert.match(page, new RegExp(`Page ${i + 1} of ${pages}`));
  });
  const flat = text.replace(/\s+/g, ' ');
  for (const title of [
    '1. Details of key activities',
    '4. Progress made against Police and Crime Plan objectives',
    '10. Financial summary',
    'Appendix A: National Crime and Policing Measures',
  ])
    assert.ok(flat.includes(title), title);
});

test('the PDF prints every table inside the A4 margins, no cell over another, no heading or caption orphaned', {
  skip: skipWithoutChromium,
}, async () => {
  const browser = (pdf as PdfRenderer).session.browser;
  // The HTML as printed to the PDF: with the charts' data tables in the annex.
  const printed = renderHtml(written.document, { chartDataAnnex: true });
  const layout = await measurePrintLayout(browser, printed, 'portrait');
  assert.ok(layout.tableHeads.length > 0, 'the report has tables to measure');
  assert.deepEqual(layout.findings, []);
  assert.deepEqual(orphanedAtFoot(pdfPageTexts(readFileSync(file('panel-report.pdf'))), layout), []);
});

test('without Chromium the PDF is skipped with a clear message and the other formats are still written', async () => {
  const out = join(scratch, 'no-chromium-out');
  const result = await writePanelReport(store, { paths: { ...paths, out }, config }, OPTIONS, noChromium());
  const names = result.files.map((f) => f.slice(result.dir.length + 1));
  assert.ok(!names.includes('panel-report.pdf'));
  for (const name of ['panel-report.html', 'panel-report.md', 'panel-report.docx'])
    assert.ok(names.includes(name), name);
  const warning = result.problems.find((p) => p.code.startsWith('report.chromium'));
  assert.equal(warning?.severity, 'warning');
  assert.match(warning?.message ?? '', /chromium|Chromium/);
  // The same inputs give the same report, byte for byte.
  assert.equal(
    readFileSync(join(result.dir, 'panel-report.md'), 'utf8'),
    readFileSync(file('panel-report.md'), 'utf8'),
  );
});

test('invalid governance records: every problem with file, line and field, and nothing written', async () => {
  const governance = join(scratch, 'bad-governance');
  cpSync(paths.governance, governance, { recursive: true });
  const questions = join(governance, 'questions.yaml');
  const text = readFileSync(questions, 'utf8');
  writeFileSync(
    questions,
    text
      .replace('status: partly_assured', 'status: mostly_fine')
      .replace('- robbery_action_taken', '- robbery_action_tkn'),
  );
  const out = join(scratch, 'bad-out');
  await assert.rejects(
    () => writePanelReport(store, { paths: { ...paths, governance, out }, config }, OPTIONS, noChromium()),
    (error: unknown) => {
      assert.ok(error instanceof ScrutinyError);
      assert.deepEqual(
        error.problems.map((p) => [p.file, typeof p.line, p.field?.replace(/\.\d+\./, '.N.')]).sort(),
        [
          [questions, 'number', 'questions.N.measures.0'],
          [questions, 'number', 'questions.N.status'],
        ],
      );
      return true;
    },
  );
  assert.ok(!existsSync(out), 'nothing is written');
});

test('an unknown meeting date: a usage error listing the Panel meetings, and nothing written', async () => {
  const out = join(scratch, 'unknown-out');
  await assert.rejects(
    () =>
      writePanelReport(
        store,
        { paths: { ...paths, out }, config },
        { ...OPTIONS, meeting: '2024-06-21' },
        noChromium(),
      ),
    (error: unknown) => {
      assert.ok(error instanceof ScrutinyError);
      assert.equal(error.exitCode, ExitCode.usageError);
      assert.equal(error.problems[0]?.code, 'panel.unknown-meeting');
      assert.match(error.problems[0]?.expected ?? '', /2024-03-21, 2024-06-20 \(scheduled\)/);
      return true;
    },
  );
  assert.ok(!existsSync(out));
});

test('the CLI: `scrutiny report panel` with an unknown date exits 2 and names the known meetings', () => {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO, 'src', 'cli', 'main.ts'),
      '--workspace',
      paths.root,
      'report',
      'panel',
      '--meeting',
      '2024-06-27',
    ],
    { cwd: REPO, encoding: 'utf8', env: { ...process.env, TZ: 'Europe/London' } },
  );
  assert.equal(run.status, ExitCode.usageError, run.stderr);
  assert.match(run.stderr, /meetings\.yaml: --meeting: this date is not a Police and Crime Panel meeting/);
  assert.match(run.stderr, /expected one of the Panel meetings .*2024-03-21, 2024-06-20 \(scheduled\)/);
  assert.match(run.stderr, /found 2024-06-27/);
});
