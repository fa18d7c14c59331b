/**
 * The print layout checker (test/helpers/printLayout/) proves itself here: laid out for A4 in real
 * Chromium, an over-wide table, a cell spilling over its neighbour and text drawn over a chart are
 * each flagged, and a page ending with a heading or a table's header row is found in the PDF's
 * text. The hand-made sample statement passes, so the checks do not flag sound pages.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { columns, heading, paragraph, table } from '../../src/document/build.js';
import type { Document, FigureBlock } from '../../src/document/model.js';
import { renderHtml } from '../../src/report/render/html/renderHtml.js';
import { ChromiumSession } from '../../src/report/render/pdf/chromium.js';
import { PdfRenderer } from '../../src/report/render/pdf/renderPdf.js';
import {
  contentLines,
  measurePrintLayout,
  orphanedAtFoot,
  type PrintLayout,
  pdfPageTexts,
} from '../helpers/printLayout/printLayout.js';
import { sampleDocument } from './fixtures/sampleDocument.js';
import { chromiumPath, skipWithoutChromium } from './helpers/chromium.js';

const skip = skipWithoutChromium;
let session: ChromiumSession | undefined;
let sample: Document;

before(async () => {
  sample = await sampleDocument();
  if (skip === false) session = await ChromiumSession.launch(chromiumPath ?? '/usr/bin/chromium');
});
after(async () => {
  await session?.close();
});

/** Nine columns of figures that cannot wrap: wider than A4 portrait whatever the stylesheet does. */
function overWideTable(): Document {
  const figures = Array.from({ length: 9 }, (_, i) => `${i}1234567890123456789`);
  return {
    ...sample,
    blocks: [
      heading(1, 'wide', 'A wide table'),
      table({
        caption: 'Every month of the year in one row',
        columns: columns('lnnnnnnnnn'),
        rowHeaders: true,
        header: [['Measure', ...figures.map((_, i) => `Month ${i + 1}`)]],
        rows: [['Robbery', ...figures]],
      }),
      paragraph('After the table.'),
    ],
  };
}

test('a table wider than the printable width of A4 is flagged with its caption and overshoot', {
  skip,
}, async () => {
  const layout = await measurePrintLayout(session!.browser, renderHtml(overWideTable()), 'portrait');
  const finding = layout.findings.find((f) => f.startsWith('table "Every month of the year in one row"'));
  assert.ok(finding, `no finding for the wide table in ${JSON.stringify(layout.findings)}`);
  const [, width, past, printable] = /is (\d+) px wide, (\d+) px past .*printable width (\d+) px/.exec(
    finding,
  )!;
  assert.equal(printable, '657', 'A4 less 18 mm margins each side, at 96 px per inch');
  assert.equal(Number(width) - Number(past), Number(printable), 'the overshoot is the width less the page');
  // The same document laid out on the wider landscape page still does not fit.
  const landscape = await measurePrintLayout(session!.browser, renderHtml(overWideTable()), 'landscape');
  assert.ok(landscape.findings.some((f) => f.includes('past the right margin (printable width 986 px)')));
});

const RAW = (body: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><title>t</title></head><body><main>${body}</main></body></html>`;

test('a cell whose text spills over its neighbour, and text drawn over a drawing, are flagged', {
  skip,
}, async () => {
  const spill = await measurePrintLayout(
    session!.browser,
    RAW(
      '<table style="table-layout:fixed;width:300px"><caption>Peers</caption><tr>' +
        '<td style="width:60px;white-space:nowrap">2nd highest rate of 8</td>' +
        '<td style="width:240px"><svg width="100" height="20"></svg></td></tr></table>',
    ),
    'portrait',
  );
  assert.deepEqual(spill.findings, [
    'in table "Peers", 1 cell spill over a neighbour or the table edge: "2nd highest rate of 8"',
    '"2nd highest rate of 8" is drawn over a drawing',
  ]);
  const fits = await measurePrintLayout(
    session!.browser,
    RAW(
      '<table style="table-layout:fixed;width:300px"><caption>Peers</caption><tr>' +
        '<td style="width:160px">2nd highest rate of 8</td>' +
        '<td style="width:140px"><svg width="100" height="20"></svg></td></tr></table>',
    ),
    'portrait',
  );
  assert.deepEqual(fits.findings, []);
});

test('the hand-made sample statement prints without a finding, and no page ends with a heading', {
  skip,
}, async () => {
  const html = renderHtml(sample);
  const layout = await measurePrintLayout(session!.browser, html, 'portrait');
  assert.deepEqual(layout.findings, []);
  assert.ok(layout.keepWithNext.includes('Robbery'), 'headings are collected');
  const pages = pdfPageTexts(await session!.printPdf(html));
  assert.deepEqual(orphanedAtFoot(pages, layout), []);
});

test('a page ending with a heading, a wrapped heading or a header row is found; a page ending with text is not', () => {
  const layout: PrintLayout = {
    findings: [],
    keepWithNext: ['Robbery: the parts', 'Offences involving a knife or sharp instrument'],
    tableHeads: ['Part Q2 2026/27 Q2 2025/26 Change Verdict'],
  };
  const page = (last: string) => `OFFICIAL\n\nSome text.\n${last}\n\n   OFFICIAL   Page 1 of 9\n`;
  const pages = [
    page('Robbery: the parts'),
    page('   or sharp instrument'),
    page(' Part      Q2 2026/27    Q2 2025/26     Change   Verdict'),
    page('The force’s position will continue to be monitored.'),
    page('Robbery'),
    'OFFICIAL\nlast page\n',
  ];
  assert.deepEqual(orphanedAtFoot(pages, layout), [
    'page 1 ends with "Robbery: the parts"',
    'page 2 ends with "or sharp instrument"',
    'page 3 ends with "Part Q2 2026/27 Q2 2025/26 Change Verdict"',
  ]);
});

test('the PDF carries every chart’s data table in an annex, and each chart says which table is its own', {
  skip,
}, async () => {
  const pages = pdfPageTexts(await new PdfRenderer(session!).render(sample));
  const figures = sample.blocks.filter((b): b is FigureBlock => b.kind === 'figure');
  const annexStart = pages.findIndex((page) => page.includes('Annex: the numbers behind the charts'));
  assert.ok(annexStart > 0, 'the annex is printed');
  assert.equal(
    contentLines(pages[annexStart]!)[0],
    'Annex: the numbers behind the charts',
    'on a page of its own',
  );
  const annex = pages.slice(annexStart).join('\n');
  for (const figure of figures) {
    const n = figure.number;
    const chartPage = pages.findIndex((page) => page.includes(`Figure ${n} – `));
    assert.match(
      pages[chartPage]!,
      new RegExp(`The numbers behind Figure ${n} are in Table A${n} of the annex`),
    );
    assert.ok(annex.includes(`Table A${n}: the numbers behind Figure ${n}`), `Table A${n} is in the annex`);
    // Every row of the chart's table is printed: its first cell with the row's other cells after it.
    for (const row of figure.dataTable.rows) {
      const cells = row.map(String).filter((c) => c !== '');
      const line = contentLines(annex).find(
        (l) => l.startsWith(`${cells[0]} `) && cells.every((c) => l.includes(c)),
      );
      assert.ok(line, `Table A${n} prints the row ${cells.join(' | ')}`);
    }
  }
  assert.ok(
    !renderHtml(sample).includes('Annex: the numbers'),
    'the web page keeps its tables under the charts',
  );
});

test('the annex tables fit the page too', { skip }, async () => {
  const layout = await measurePrintLayout(
    session!.browser,
    renderHtml(sample, { chartDataAnnex: true }),
    'portrait',
  );
  assert.deepEqual(layout.findings, []);
  assert.ok(layout.keepWithNext.some((t) => t.startsWith('Table A1: ')));
});
