import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import type { Document } from '../../src/document/model.js';
import { messages } from '../../src/errors/messages.js';
import { locateChromium } from '../../src/report/render/pdf/chromium.js';
import { PdfRenderer } from '../../src/report/render/pdf/renderPdf.js';
import { writeDocument } from '../../src/report/writeDocument.js';
import { scratchDir } from '../helpers/scratch.js';
import { sampleDocument } from './fixtures/sampleDocument.js';
import { skipWithoutChromium } from './helpers/chromium.js';

let doc: Document;
let dir: string;
before(async () => {
  doc = await sampleDocument();
  dir = scratchDir('scrutiny-write-');
});
after(() => rmSync(dir, { recursive: true, force: true }));

function listed(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
}

test('without Chromium every other format is written and the two warnings say why', async () => {
  const noChromium = locateChromium({}, () => false);
  assert.ok('problem' in noChromium);
  const out = join(dir, 'no-chromium');
  const written = await writeDocument(doc, { dir: out, name: 'statement', pdf: noChromium.problem });
  assert.deepEqual(listed(out), [
    'figures',
    'figures/figure-1-vwi-volumes.svg',
    'figures/figure-2-vwi-action-taken.svg',
    'figures/figure-3-robbery-spc.svg',
    'figures/figure-4-satisfaction.svg',
    'statement.docx',
    'statement.html',
    'statement.md',
  ]);
  assert.deepEqual(
    written.files.map((f) => relative(out, f)),
    [
      'statement.html',
      'figures/figure-1-vwi-volumes.svg',
      'figures/figure-2-vwi-action-taken.svg',
      'figures/figure-3-robbery-spc.svg',
      'figures/figure-4-satisfaction.svg',
      'statement.md',
      'statement.docx',
    ],
  );
  assert.deepEqual(
    written.problems.map((p) => [p.code, p.severity]),
    [
      ['report.chromium-missing', 'warning'],
      ['report.docx-figures-as-tables', 'warning'],
    ],
  );
  assert.match(written.problems[1]!.message, /each of its 4 figures/);
  const md = readFileSync(join(out, 'statement.md'), 'utf8');
  assert.ok(md.includes('](figures/figure-3-robbery-spc.svg)'));
});

test('the figures-as-tables warning reads right for one figure and for several', () => {
  const one = messages.report.docxFiguresAsTables(1).message;
  assert.match(one, /shows the numbers behind its figure as a table/);
  assert.ok(!one.includes('1 figures'));
  assert.match(messages.report.docxFiguresAsTables(2).message, /behind each of its 2 figures as a table/);
});

test('with Chromium the PDF is written too, and nothing is left half-written', {
  skip: skipWithoutChromium,
}, async () => {
  const pdf = await PdfRenderer.open(process.env);
  assert.ok(pdf instanceof PdfRenderer);
  try {
    const out = join(dir, 'with-chromium');
    const written = await writeDocument(doc, { dir: out, name: 'statement', pdf });
    assert.deepEqual(written.problems, []);
    assert.ok(existsSync(join(out, 'statement.pdf')));
    assert.equal(readFileSync(join(out, 'statement.pdf')).subarray(0, 5).toString(), '%PDF-');
    assert.ok(listed(out).every((name) => !name.includes('.partial-')));
  } finally {
    await pdf.close();
  }
});
