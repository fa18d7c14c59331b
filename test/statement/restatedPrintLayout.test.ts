/**
 * Statement 2's PDF with restated figures, laid out in real Chromium (test/helpers/printLayout/):
 * the statement for Q3 2025/26 written from the real restatement pair (helpers/restatementPair.ts,
 * where police.uk republished August 2025 with three burglaries fewer) as `scrutiny statement`
 * writes it. The whole statement fits A4 with no heading or caption left at a page foot; the
 * annex's table of restated figures prints each row whole on one page under its header; the
 * sentences under burglary and neighbourhood crime that say what was restated are printed. Then
 * the annex's part is moved down the page, so that the page foot falls before, inside and after its
 * table: no row is split, and a page that takes rows over repeats the header.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Block, Document } from '../../src/document/model.js';
import { prepareStatement } from '../../src/jobs/statement/prepareStatement.js';
import { type WrittenStatement, writeStatement } from '../../src/jobs/statement/writeStatement.js';
import { RESTATED_FIGURES_ANCHOR } from '../../src/narrative/statement/restatementBlocks.js';
import { PdfRenderer } from '../../src/report/render/pdf/renderPdf.js';
import { parsePeriod } from '../../src/stats/calendar.js';
import { Store } from '../../src/store/store.js';
import { loadConfig } from '../../src/workspace/loadConfig.js';
import { workspacePaths } from '../../src/workspace/paths.js';
import { printedMovedDown } from '../helpers/printLayout/movedDown.js';
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
  REMOVED,
  RESTATED_IN_ANNEX,
  skipWithoutPairData,
} from './helpers/restatementPair.js';

const skip = skipWithoutPairData || skipWithoutChromium;
/**
 * Lines before the part: with 7 the page foot falls just after its table, with 8 to 14 between its
 * rows, with 15 before its caption (measured); a few more each side, should fonts differ a little.
 */
const POSITIONS = Array.from({ length: 15 }, (_, i) => 4 + i);
const CAPTION = 'Figures restated since the previous statement (Q2 2025/26)';

let pdf: PdfRenderer | undefined;
let written: WrittenStatement;
let q2Burglaries = 0;
let pages: string[];
let layout: PrintLayout;

before(async () => {
  if (skip) return;
  const pair = buildRestatementPair();
  q2Burglaries = pair.q2Burglaries;
  const paths = workspacePaths(pair.workspace);
  const config = loadConfig(paths.config);
  const store = await Store.open(paths.store, { readOnly: true });
  let prepared: Awaited<ReturnType<typeof prepareStatement>>;
  try {
    const options = {
      period: parsePeriod('Q3 2025/26'),
      classification: 'OFFICIAL',
      now: PAIR_NOW,
      version: '0.1.0',
      strict: false,
    } as const;
    prepared = await prepareStatement(store, { paths, config }, options);
  } finally {
    store.close();
  }
  const opened = await PdfRenderer.open(process.env);
  assert.ok(opened instanceof PdfRenderer, 'Chromium starts');
  pdf = opened;
  // As `scrutiny statement` writes it: over statement 2, against statement 1's figures.json.
  written = await writeStatement(prepared, paths.out, pdf);
  const bytes = new Uint8Array(readFileSync(join(written.dir, 'statement.pdf')));
  ({ pages, layout } = await printedDocument(pdf, written.document, bytes));
});

after(async () => {
  await pdf?.close();
});

/** The text of every paragraph of the Document (the restatement sentences have no figure references). */
const paragraphs = (doc: Document) =>
  doc.blocks.flatMap((b: Block) =>
    b.kind === 'paragraph' ? [b.runs.map((run) => ('text' in run ? run.text : '')).join('')] : [],
  );

test('the whole statement fits A4 portrait: no table past the margin, no cell spilling, no heading or caption orphaned', {
  skip,
}, () => {
  assert.ok(layout.keepWithNext.includes(CAPTION), 'the restated table is laid out and measured');
  assert.ok(layout.tableHeads.includes('Measure Period Previous statement Now Why'));
  assert.deepEqual(printFindings(layout, pages), []);
});

test('the annex’s table of restated figures prints with its caption and header, each row whole on one page', {
  skip,
}, () => {
  const table = tableCaptioned(written.document.blocks, CAPTION);
  assert.deepEqual(
    table.rows.map((row) => row.slice(0, 2).map(String)),
    RESTATED_IN_ANNEX,
  );
  const printed = tableOnPages(pages, printedRestatedTable(table));
  assert.deepEqual(printed.findings, []);
  const annex =
    1 + pages.findIndex((page) => /^\d+\.\d+\. Restated figures$/m.test(contentLines(page).join('\n')));
  assert.ok(annex > 0, 'the annex’s part on restated figures is printed');
  assert.equal(printed.captionPage, annex, 'the table is on the page of its heading');
});

test('the sentences that say what was restated are printed, burglary’s with both figures', { skip }, () => {
  const sentences = paragraphs(written.document).filter((t) =>
    t.startsWith('Restated: the previous statement (Q2 2025/26) gave '),
  );
  assert.equal(sentences.length, 2, 'burglary and neighbourhood crime');
  const before = q2Burglaries.toLocaleString('en-GB');
  const now = (q2Burglaries - REMOVED).toLocaleString('en-GB');
  assert.ok(
    sentences.some((s) => s.includes(`gave ${before} for Q2 2025/26; with the data now loaded it is ${now}`)),
    sentences.join('\n'),
  );
  // The PDF's text as one run of words: a sentence may wrap over lines, or over a page foot.
  const text = pages.map((page) => contentLines(page).join(' ')).join(' ');
  for (const sentence of sentences) assert.ok(text.includes(sentence), `printed: ${sentence}`);
});

test('moved down the page a paragraph at a time, the restated-figures part never splits a row or strands its caption or header', {
  skip,
}, async () => {
  const doc = written.document;
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === RESTATED_FIGURES_ANCHOR);
  // The part: its heading, the paragraph that introduces the table, the table.
  const part = doc.blocks.slice(at, at + 3);
  assert.equal(part[2]?.kind, 'table');
  const table = printedRestatedTable(tableCaptioned(part, CAPTION));
  const rowsOnTwoPages: number[] = [];
  for (const { lines, pages: printed } of await printedMovedDown(pdf!, doc, part, POSITIONS)) {
    const found = tableOnPages(printed, table);
    assert.deepEqual(found.findings, [], `after ${lines} paragraphs`);
    assert.deepEqual(orphanedAtFoot(printed, layout), [], `after ${lines} paragraphs`);
    if (new Set(found.rowPages).size > 1) rowsOnTwoPages.push(lines);
  }
  // The page foot did fall inside the table: the checks met the positions that matter.
  assert.ok(rowsOnTwoPages.length > 0, 'at some position a row went over to page 2 under a repeated header');
});
