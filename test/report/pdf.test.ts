import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Document } from '../../src/document/model.js';
import { PdfRenderer } from '../../src/report/render/pdf/renderPdf.js';
import { scratchDir } from '../helpers/scratch.js';
import { sampleDocument } from './fixtures/sampleDocument.js';
import { skipWithoutChromium } from './helpers/chromium.js';

const skip = skipWithoutChromium;
let doc: Document;
let renderer: PdfRenderer | undefined;
let dir: string;

before(async () => {
  doc = await sampleDocument();
  dir = scratchDir('scrutiny-pdf-');
  if (skip === false) {
    const opened = await PdfRenderer.open(process.env);
    assert.ok(opened instanceof PdfRenderer, 'Chromium starts');
    renderer = opened;
  }
});

after(async () => {
  await renderer?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The text of each page, as poppler's pdftotext reads it. */
function pageTexts(pdf: Uint8Array, name: string): string[] {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path, '-'], {
      encoding: 'utf8',
    }),
  );
}

test('the PDF is A4 with the marking at the top and bottom of every page and "Page N of M"', {
  skip,
}, async () => {
  const pdf = await renderer!.render(doc);
  const path = join(dir, 'a4.pdf');
  writeFileSync(path, pdf);
  assert.match(
    execFileSync('pdfinfo', [path], { encoding: 'utf8' }),
    /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/,
  );
  const pages = pageTexts(pdf, 'statement.pdf');
  assert.ok(pages.length >= 3, `the sample runs over several pages (found ${pages.length})`);
  pages.forEach((text, i) => {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    assert.equal(lines[0]?.trim(), 'OFFICIAL', `page ${i + 1} starts with the marking`);
    assert.match(lines.at(-1) ?? '', /OFFICIAL/, `page ${i + 1} ends with the marking`);
    assert.match(lines.at(-1) ?? '', new RegExp(`Page ${i + 1} of ${pages.length}`));
  });
  assert.match(pages[0]!, /Page 1 of/);
});

test('no figure is split across pages: each caption is on the page with its chart', { skip }, async () => {
  const pages = pageTexts(await renderer!.render(doc), 'figures.pdf');
  const pageOf = (text: string) => pages.findIndex((page) => page.includes(text));
  const figures: [string, string][] = [
    ['Figure 1 – Violence with Injury volumes', 'Offences recorded'],
    [
      "Figure 2 – Violence with Injury 'action taken' outcome rate",
      "3-month rolling 'action taken' outcome rate",
    ],
    ['Figure 3 – Robbery: statistical process control chart', 'Concern (higher)'],
    ['Figure 4 – Victim satisfaction against target', 'Per cent satisfied'],
  ];
  for (const [caption, inChart] of figures) {
    assert.notEqual(pageOf(caption), -1, `${caption} is printed`);
    assert.equal(pageOf(inChart), pageOf(caption), `${caption} is on the page of its chart`);
  }
  // The page break hint before 'Victim satisfaction' starts a new page.
  const victim = pages.findIndex((page) => /^\s*Victim satisfaction\s*$/m.test(page));
  assert.ok(victim > 0);
  assert.match(pages[victim]!.split('\n').filter((l) => l.trim())[1] ?? '', /Victim satisfaction/);
});

test('OFFICIAL-SENSITIVE is printed on every page of such a document', { skip }, async () => {
  const pages = pageTexts(
    await renderer!.render({ ...doc, classification: 'OFFICIAL-SENSITIVE' }),
    'sensitive.pdf',
  );
  for (const text of pages) assert.equal(text.match(/OFFICIAL-SENSITIVE/g)?.length, 2);
});

test('four documents render in one Chromium session, each its own', { skip }, async () => {
  const quarters = ['Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24', 'Q4 2023/24'];
  const docs = quarters.map((periodLabel) => ({ ...doc, meta: { ...doc.meta, periodLabel } }));
  const pdfs = await renderer!.renderAll(docs);
  assert.equal(pdfs.length, 4);
  pdfs.forEach((pdf, i) => {
    const first = pageTexts(pdf, `quarter-${i}.pdf`)[0]!;
    assert.ok(first.includes(quarters[i]!), `PDF ${i + 1} is for ${quarters[i]}`);
  });
});
