/**
 * One honest verdict per measure in every output (issue #18), over the demo workspace the site
 * tests share (test/site/fixture.ts: generated and ingested once). For its quarter this writes the
 * statement, the Panel report, the board pack and the website, then checks them all against the
 * statement's figures.json:
 *   - every verdict an output shows for a measure is the verdict figures.json gives it, and each
 *     output shows one for every measure it reports;
 *   - 'better' and 'worse' are never said of a change except as such a verdict;
 *   - no percentage is printed on small numbers (either count below the setting);
 *   - every series a caption names is a layer its chart draws (read from the chart's legend).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parse } from 'yaml';
import { runBoard } from '../../src/jobs/boardPack/runBoard.js';
import { writePanelReport } from '../../src/jobs/panelReport/writePanelReport.js';
import { SiteBuilder } from '../../src/jobs/site/siteBuilder.js';
import { prepareStatement } from '../../src/jobs/statement/prepareStatement.js';
import { writeStatement } from '../../src/jobs/statement/writeStatement.js';
import type { MeasureJson, MeasuresResult } from '../../src/measures/result.js';
import { locateChromium } from '../../src/report/render/pdf/chromium.js';
import { sitePaths } from '../../src/site/render/links.js';
import { VERDICT_LABELS, type VerdictWord } from '../../src/stats/verdict.js';
import { Store } from '../../src/store/store.js';
import { loadConfig } from '../../src/workspace/loadConfig.js';
import type { WorkspacePaths } from '../../src/workspace/paths.js';
import { demoWorkspace, END_MONTH, QUARTER_PERIOD } from '../site/fixture.js';
import {
  cardVerdicts,
  htmlText,
  markdownVerdicts,
  missingLayers,
  pageFigures,
  pageVerdicts,
  plain,
  type Shown,
  tableVerdicts,
} from './readOutputs.js';

const NOW = new Date('2023-04-20T09:00:00Z');

let paths: WorkspacePaths;
let figures: MeasuresResult;
/** Each output's name and its text as a reader gets it. */
const texts = new Map<string, string>();
/** Every verdict shown, in every output. */
const shown: Shown[] = [];
/** Site measure pages: their figures' captions and legends. */
const siteFigures: { page: string; caption: string; legend: string[] }[] = [];

/** A Problem instead of Chromium: the outputs are read as Markdown and HTML, no PDF is needed. */
function noPdf() {
  const located = locateChromium({ SCRUTINY_CHROMIUM: '/nonexistent/chromium' });
  assert.ok('problem' in located);
  return located.problem;
}

before(async () => {
  paths = await demoWorkspace();
  const config = loadConfig(paths.config);
  const store = await Store.open(paths.store, { readOnly: true });
  try {
    // The statement, written afresh (the shared fixture's may come from older code).
    const prepared = await prepareStatement(
      store,
      { paths, config },
      { period: QUARTER_PERIOD, classification: 'OFFICIAL', now: NOW, version: 'test', strict: false },
    );
    const statement = await writeStatement(prepared, paths.out, noPdf());
    figures = JSON.parse(readFileSync(join(statement.dir, 'figures.json'), 'utf8'));
    texts.set('statement.md', readFileSync(join(statement.dir, 'statement.md'), 'utf8'));

    const meetings = parse(readFileSync(join(paths.governance, 'meetings.yaml'), 'utf8')).meetings as {
      type: string;
      date: string;
    }[];
    const meeting = meetings
      .filter((m) => m.type === 'panel' && String(m.date) > `${END_MONTH}-31`)
      .map((m) => String(m.date))
      .sort()[0];
    assert.ok(meeting, 'the demo governance records have a Panel meeting after the quarter');
    const panel = await writePanelReport(
      store,
      { paths, config },
      { meeting, period: QUARTER_PERIOD, classification: 'OFFICIAL', now: NOW, version: 'test' },
      noPdf(),
    );
    texts.set('panel-report.md', readFileSync(join(panel.dir, 'panel-report.md'), 'utf8'));

    const board = await runBoard(store, {
      paths,
      config,
      request: { period: QUARTER_PERIOD, exceptionsOnly: false },
      now: NOW,
      version: 'test',
    });
    texts.set('board.md', readFileSync(join(board.dir, 'board.md'), 'utf8'));
  } finally {
    store.close();
  }
  for (const [name, markdown] of texts) shown.push(...markdownVerdicts(name, markdown));

  const site = await new SiteBuilder(paths, { version: 'test', now: () => NOW, diskCache: false }).build();
  const cardPages = [sitePaths.home, sitePaths.priorities, ...priorityPages(site.dir)];
  for (const page of cardPages) {
    const html = readFileSync(join(site.dir, page), 'utf8');
    shown.push(...cardVerdicts(page, html), ...tableVerdicts(page, html));
    texts.set(page, htmlText(html));
  }
  for (const m of figures.measures.filter((x) => x.public)) {
    const page = sitePaths.measure(m.id);
    const html = readFileSync(join(site.dir, page), 'utf8');
    shown.push(...pageVerdicts(page, html));
    texts.set(page, htmlText(html));
    for (const f of pageFigures(html)) siteFigures.push({ page, ...f });
  }
  const csv = readFileSync(join(site.dir, sitePaths.measuresCsv), 'utf8').trim().split('\n');
  const header = csv[0]!.split(',');
  for (const line of csv.slice(1)) {
    const row = Object.fromEntries(header.map((h, i) => [h, line.split(',')[i] ?? '']));
    if (row.verdict) shown.push(...csvVerdict(row));
  }
});

function priorityPages(siteDir: string): string[] {
  return readdirSync(join(siteDir, 'priorities'))
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .map((f) => `priorities/${f}`);
}

/** The measures CSV's row as a verdict shown (its id column names the measure, not its title). */
function csvVerdict(row: Record<string, string>): Shown[] {
  const m = figures.measures.find((x) => x.id === row.measure_id);
  if (!m?.verdict) return [];
  const label = VERDICT_LABELS[row.verdict as VerdictWord] ?? row.verdict!;
  return [{ output: sitePaths.measuresCsv, title: m.title, label: label ?? row.verdict!, text: '' }];
}

function measureTitled(title: string): MeasureJson[] {
  return figures.measures.filter((m) => m.title === title);
}

test('every verdict an output shows is the one figures.json gives the measure', () => {
  assert.ok(shown.length > 100, `only ${shown.length} verdicts found`);
  const wrong: string[] = [];
  for (const s of shown) {
    const measures = measureTitled(s.title);
    if (measures.length === 0) {
      wrong.push(`${s.output}: a verdict under '${s.title}', which is no measure's title`);
      continue;
    }
    const expected = measures.map((m) => m.verdict?.label);
    if (!expected.includes(s.label))
      wrong.push(
        `${s.output}: ${s.title} shows '${s.label}', figures.json says '${expected.join("' or '")}'`,
      );
    if (s.style !== undefined) {
      const word = measures.find((m) => m.verdict?.label === s.label)?.verdict?.verdict.replace(/_/g, '-');
      if (!s.style.split(' ').includes(`status-${word}`))
        wrong.push(`${s.output}: ${s.title}'s badge is styled '${s.style}', not as '${s.label}'`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('each output shows a verdict for every measure it reports', () => {
  const withVerdict = figures.measures.filter((m) => m.verdict !== undefined);
  assert.ok(withVerdict.length > 20);
  const missing: string[] = [];
  // A document reports a measure when it names it (the statement leaves out police.uk proxies where
  // the force's own data covers the priority, and gives parts' rates only as a table column).
  // The annex's table of measures not shown ('not shown because ...') names them without reporting them.
  const reported = (output: string) =>
    plain(
      (texts.get(output) ?? '')
        .split('\n')
        .filter((line) => !line.includes('not shown because'))
        .join('\n'),
    );
  const names = (output: string) => (m: MeasureJson) => reported(output).includes(m.title);
  const outputs: [string, (m: MeasureJson) => boolean][] = [
    ['statement.md', names('statement.md')],
    ['panel-report.md', names('panel-report.md')],
    ['board.md', () => true],
    [sitePaths.measuresCsv, (m) => m.public],
  ];
  for (const [output, reported] of outputs)
    for (const m of withVerdict.filter(reported))
      if (!shown.some((s) => s.output === output && s.title === m.title))
        missing.push(`${output}: no verdict for ${m.title}`);
  for (const m of withVerdict.filter((x) => x.public))
    if (!shown.some((s) => s.output === sitePaths.measure(m.id)))
      missing.push(`${sitePaths.measure(m.id)}: no verdict`);
  assert.deepEqual(missing, []);
});

/** Where 'better' or 'worse' may be written without being a measure's verdict. */
const GENERAL = [
  /Higher is better/g,
  /Lower is better/g,
  /Neither higher nor lower is better/g,
  /better or worse only when a test finds a real change/g,
];

test("'better' and 'worse' are said only as a measure's verdict", () => {
  const found: string[] = [];
  for (const [output, text] of texts) {
    let rest = text;
    for (const phrase of GENERAL) rest = rest.replace(phrase, '');
    // A verdict, already checked against figures.json: 'Verdict: Better.', a table cell, a badge.
    rest = rest
      .replace(/Verdict: (Better|Worse)\./g, '')
      .replace(/\| (Better|Worse)(, small numbers)? \|/g, '');
    for (const s of shown.filter((x) => x.output === output && (x.style !== undefined || x.inTable)))
      rest = rest.replace(`${s.label} `, '');
    for (const m of rest.matchAll(/.{0,60}\b(better|worse)\b.{0,60}/gi)) found.push(`${output}: …${m[0]}…`);
  }
  assert.deepEqual(found, []);
});

test('no percentage on small numbers in any output', () => {
  const found: string[] = [];
  const count = (s: string) => Number(s.replace(/,/g, ''));
  for (const m of figures.measures) {
    const v = m.verdict;
    if (!v?.smallNumbers || m.figures?.kind !== 'count') continue;
    // Where an output speaks of this measure's change on a year earlier: no percentage.
    for (const s of shown.filter((x) => measureTitled(x.title).includes(m) && x.text !== ''))
      if (/\d%/.test(s.text.replace(/\([^)]*\d+(\.\d+)?% interval\)/g, '')))
        found.push(
          `${s.output}: ${m.title} (${v.periodTest?.previous} to ${v.periodTest?.current}): ${s.text}`,
        );
  }
  const below = figures.settings.smallNumbersBelow ?? 10;
  for (const [output, text] of texts) {
    // 'volumes (n=6) increased by +100% on the previous month (3 to 6)': the sentences of counts.
    for (const s of text.matchAll(
      /volumes \(n=([\d,]+)\)[^.;]*? by [+-][\d.]+%[^.;(]*(\(([\d,]+) to ([\d,]+)\))?/g,
    )) {
      const numbers = [s[1], s[3], s[4]].filter((x): x is string => x !== undefined).map(count);
      if (Math.min(...numbers) < below) found.push(`${output}: ${s[0]}`);
    }
  }
  assert.deepEqual(found, []);
});

test('every series a caption names is a layer its chart draws', () => {
  assert.ok(siteFigures.length > 20, `only ${siteFigures.length} captions found`);
  const wrong = siteFigures.flatMap(({ page, caption, legend }) =>
    missingLayers(caption, legend).map((layer) => `${page}: '${caption}' names ${layer}, not drawn`),
  );
  assert.deepEqual(wrong, []);
  // The check can fail: a caption naming a layer the chart lost is caught.
  const drawn = siteFigures.find((f) => /forecast/i.test(f.caption));
  assert.ok(drawn, 'some chart is drawn with its forecast');
  assert.deepEqual(
    missingLayers(
      drawn.caption,
      drawn.legend.filter((l) => !l.startsWith('Forecast')),
    ),
    ['Forecast'],
  );
});
