/**
 * The Panel report's PDF with restated figures, laid out in real Chromium
 * (test/helpers/printLayout/): the report for the Panel of 5 February 2026 written from the real
 * restatement pair (test/statement/helpers/restatementPair.ts, where police.uk republished August
 * 2025 with three burglaries fewer), as `scrutiny report panel` writes it. Item 7's table of
 * restated figures fits the page, prints with its caption, its header and each row whole on one
 * page, and its paragraph links to Appendix A and to the statement's restated-figures annex, on the
 * pages they printed on; the annex's own table prints as soundly. Then the same item is moved down
 * the page, a paragraph at a time, so that the page foot falls before, inside and after the table:
 * it never splits a row, never leaves the caption or the header without a row, and a page that
 * takes a row over repeats the header.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Document } from '../../src/document/model.js';
import { type WrittenPanelReport, writePanelReport } from '../../src/jobs/panelReport/writePanelReport.js';
import { PdfRenderer } from '../../src/report/render/pdf/renderPdf.js';
import { Store } from '../../src/store/store.js';
import { loadConfig } from '../../src/workspace/loadConfig.js';
import { workspacePaths } from '../../src/workspace/paths.js';
import { printedMovedDown } from '../helpers/printLayout/movedDown.js';
import { pdfInternalLinks } from '../helpers/printLayout/pdfLinks.js';
import { printedDocument } from '../helpers/printLayout/printedDocument.js';
import {
  contentLines,
  orphanedAtFoot,
  type PrintLayout,
  printFindings,
} from '../helpers/printLayout/printLayout.js';
import { printedRestatedTable, tableCaptioned, tableOnPages } from '../helpers/printLayout/tableOnPages.js';
import { skipWithoutChromium } from '../report/helpers/chromium.js';
import {
  buildRestatementPair,
  PAIR_NOW,
  RESTATED_IN_ANNEX,
  skipWithoutPairData,
} from '../statement/helpers/restatementPair.js';
import { section } from './documentText.js';

const skip = skipWithoutPairData || skipWithoutChromium;
const CAPTION = 'Figures restated since the statement for Q2 2025/26';
/** The start of the paragraph that introduces the table, as pdftotext reads it. */
const INTRO = 'Restated figures. 2 figures given in the statement';

let pdf: PdfRenderer | undefined;
let written: WrittenPanelReport;
let pdfBytes: Uint8Array;
let pages: string[];
let layout: PrintLayout;

before(async () => {
  if (skip) return;
  const { workspace } = buildRestatementPair();
  const paths = workspacePaths(workspace);
  const config = loadConfig(paths.config);
  const store = await Store.open(paths.store, { readOnly: true });
  try {
    const opened = await PdfRenderer.open(process.env);
    assert.ok(opened instanceof PdfRenderer, 'Chromium starts');
    pdf = opened;
    const options = {
      meeting: '2026-02-05',
      classification: 'OFFICIAL',
      now: PAIR_NOW,
      version: '0.1.0',
    } as const;
    written = await writePanelReport(store, { paths, config }, options, pdf);
  } finally {
    store.close();
  }
  pdfBytes = new Uint8Array(readFileSync(join(written.dir, 'panel-report.pdf')));
  ({ pages, layout } = await printedDocument(pdf, written.document, pdfBytes));
});

after(async () => {
  await pdf?.close();
});

/** Item 7's table of restated figures, as the report's Document holds it. */
const restatedTable = (doc: Document) => tableCaptioned(section(doc, 'item-7'), CAPTION);

/** The page (from 1) with a line that is `title` (a heading's first line, when it wraps). */
const pageOf = (title: string) => 1 + pages.findIndex((page) => contentLines(page).includes(title));

test('the whole report fits A4 portrait: no table past the margin, no cell spilling, no heading or caption orphaned', {
  skip,
}, () => {
  assert.ok(layout.keepWithNext.includes(CAPTION), 'the restated table is laid out and measured');
  assert.ok(layout.tableHeads.includes('Measure Period Statement for Q2 2025/26 Now Why'));
  assert.deepEqual(printFindings(layout, pages), []);
});

test('item 7’s restated table prints with its caption and header, each row whole on one page', {
  skip,
}, () => {
  const table = restatedTable(written.document);
  assert.equal(table.rows.length, 2, 'burglary and neighbourhood crime are restated');
  const printed = tableOnPages(pages, printedRestatedTable(table));
  assert.deepEqual(printed.findings, []);
  // In the body, before the statement at Appendix A (whose own annex has a table of the same rows).
  assert.ok(printed.captionPage < pageOf('Appendix A: National Crime and Policing'));
});

test('Appendix A’s list of restated figures (the period and each month) prints the same way', {
  skip,
}, () => {
  const annex = tableCaptioned(
    written.document.blocks,
    'Figures restated since the previous statement (Q2 2025/26)',
  );
  assert.deepEqual(
    annex.rows.map((row) => row.slice(0, 2).map(String)),
    RESTATED_IN_ANNEX,
  );
  const printed = tableOnPages(pages, printedRestatedTable(annex));
  assert.deepEqual(printed.findings, []);
  assert.equal(printed.captionPage, pageOf('12.5. Restated figures'));
});

test('the paragraph before the table names Appendix A and links to it and to its restated-figures annex', {
  skip,
}, () => {
  const at = pages.findIndex((page) => page.includes(INTRO));
  assert.ok(at >= 0, 'the paragraph is printed');
  const flat = pages.map((page) => contentLines(page).join(' '));
  assert.match(
    `${flat[at]} ${flat[at + 1] ?? ''}`,
    /The statement at Appendix A uses the figures now loaded and lists every restated figure in its data and methods annex\./,
  );
  const appendix = pageOf('Appendix A: National Crime and Policing');
  const annex = pageOf('12.5. Restated figures');
  assert.ok(
    appendix > at + 1 && annex > appendix,
    `Appendix A on page ${appendix}, its annex on page ${annex}`,
  );
  // The paragraph's own links: the lines ending with the words linked (the page has another link
  // to Appendix A, in the item's first paragraph).
  const lines = pdfInternalLinks(pdfBytes)[at] ?? [];
  const targetsOf = (words: string) => lines.find((line) => line.text.includes(words))?.targets ?? [];
  assert.deepEqual(targetsOf('The statement at Appendix A'), [appendix], `Appendix A is on page ${appendix}`);
  assert.deepEqual(targetsOf('its data and methods annex.'), [annex], `the annex is on page ${annex}`);
});

test('moved down the page a paragraph at a time, item 7 never splits a row or strands its caption or header', {
  skip,
}, async () => {
  const doc = written.document;
  const item = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === 'item-7');
  const blocks = [doc.blocks[item]!, ...section(doc, 'item-7')];
  const table = printedRestatedTable(restatedTable(doc));
  const startPages = new Set<number>();
  const rowsOnTwoPages: number[] = [];
  const positions = Array.from({ length: 31 }, (_, lines) => lines);
  for (const { lines, pages: printed } of await printedMovedDown(pdf!, doc, blocks, positions)) {
    const found = tableOnPages(printed, table);
    assert.deepEqual(found.findings, [], `after ${lines} paragraphs`);
    assert.deepEqual(orphanedAtFoot(printed, layout), [], `after ${lines} paragraphs`);
    // "as the table below shows": the paragraph that introduces the table is on the table's page.
    const intro = 1 + printed.findIndex((page) => page.includes(INTRO));
    assert.equal(intro, found.captionPage, `after ${lines} paragraphs, the paragraph and the table`);
    startPages.add(found.captionPage);
    if (new Set(found.rowPages).size > 1) rowsOnTwoPages.push(lines);
  }
  // The page foot did fall before, inside and after the table: the checks met every position.
  assert.deepEqual([...startPages].sort(), [1, 2], 'the table starts on page 1, then on page 2');
  assert.ok(rowsOnTwoPages.length > 0, 'at some position a row went over to page 2 under a repeated header');
});
