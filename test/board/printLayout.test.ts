/**
 * The board pack printed to A4 landscape in real Chromium (test/helpers/printLayout/): every
 * summary table fits the page with no cell spilling over its neighbour (the peer rate once ran
 * over the sparkline), no page ends with a heading or a table's header row, and page 1 shows
 * measures: the first priority's table with its first row, the key to the icons at the end.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { boardHtml } from '../../src/board/render/boardHtml.js';
import { ChromiumSession } from '../../src/report/render/pdf/chromium.js';
import {
  contentLines,
  measurePrintLayout,
  orphanedAtFoot,
  pdfPageTexts,
} from '../helpers/printLayout/printLayout.js';
import { chromiumPath, skipWithoutChromium } from '../report/helpers/chromium.js';
import { type BoardCase, documentOf, pack } from './helpers/fixture.js';

const skip = skipWithoutChromium;
let session: ChromiumSession | undefined;

before(async () => {
  if (skip === false) session = await ChromiumSession.launch(chromiumPath ?? '/usr/bin/chromium');
});
after(async () => {
  await session?.close();
});

async function printed(board: BoardCase) {
  const p = pack(board);
  const doc = await documentOf(p);
  // The HTML as writeBoard prints it to board.pdf: with the charts' data tables in the annex.
  const html = boardHtml(p, doc, { chartDataAnnex: true });
  const layout = await measurePrintLayout(session!.browser, html, 'landscape');
  const pages = pdfPageTexts(await session!.printPdf(html));
  return { pack: p, doc, layout, pages };
}

const CASES: [string, BoardCase][] = [
  ['with open questions (twelve columns)', {}],
  ['without governance records', { governance: false }],
  ['OFFICIAL-SENSITIVE, exceptions only', { classification: 'OFFICIAL-SENSITIVE', exceptionsOnly: true }],
  ['with figures restated since the last statement', { restated: true }],
];

for (const [name, board] of CASES) {
  test(`board pack ${name}: fits A4 landscape, no cell spills, no text over a sparkline or icon, no orphaned heading`, {
    skip,
  }, async () => {
    const { layout, pages } = await printed(board);
    assert.deepEqual(layout.findings, []);
    assert.deepEqual(orphanedAtFoot(pages, layout), []);
  });
}

test('page 1 shows measures: the first priority’s table and its first row; the key to the icons and the chart data come last', {
  skip,
}, async () => {
  const { pack: p, pages } = await printed({});
  const first = p.groups[0]!;
  const row = first.rows[0]!;
  const page1 = contentLines(pages[0]!);
  assert.ok(page1.includes(first.title), `page 1 has the heading ${first.title}`);
  const rowLine = page1.find((line) => line.startsWith(`${row.measure.title} ${row.latest.text}`));
  assert.ok(rowLine, `page 1 has the row of ${row.measure.title}:\n${page1.join('\n')}`);
  assert.ok(!page1.some((line) => line.includes('Key to the')), 'the key is not on page 1');
  const keyPage = pages.findIndex((page) => page.includes('Key to the Making Data Count icons'));
  const lastSection = pages.findIndex((page) => page.includes('Measures without figures for this period'));
  const annex = pages.findIndex((page) => page.includes('Annex: the numbers behind the charts'));
  assert.ok(lastSection > 0 && keyPage >= lastSection, 'the key comes after the sections of the pack');
  assert.ok(annex > keyPage, 'the annex of chart data closes the printed pack');
});

test('each exception card prints on one page, its chart beside its words', { skip }, async () => {
  const { doc, pages } = await printed({});
  const lines = pages.map(contentLines);
  const exceptions = lines.findIndex((page) => page.includes('Exceptions'));
  const charted = doc.cards.filter((card) => card.chart !== undefined);
  assert.ok(charted.length > 0);
  charted.forEach((card, i) => {
    const title = card.row.measure.title;
    const headingPage = lines.findIndex((page, p) => p >= exceptions && page.includes(title));
    const caption = `Figure ${i + 1} – ${title}`;
    const captionPage = pages.findIndex((page) => page.includes(caption));
    assert.equal(captionPage, headingPage, `the card of ${title} and its chart are on one page`);
    // Beside the words: the caption under the chart starts right of the middle of the page.
    const line = pages[captionPage]!.split('\n').find((l) => l.includes(caption))!;
    const width = Math.max(...pages[captionPage]!.split('\n').map((l) => l.trimEnd().length));
    assert.ok(line.indexOf(caption) > width / 3, `the chart of ${title} floats beside the words`);
  });
});
