import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Document } from '../../src/document/model.js';
import type { FigureImage } from '../../src/report/render/docx/docxBlocks.js';
import { figureImages } from '../../src/report/render/docx/figureImages.js';
import { renderDocx } from '../../src/report/render/docx/renderDocx.js';
import { ChromiumSession } from '../../src/report/render/pdf/chromium.js';
import { sampleDocument } from './fixtures/sampleDocument.js';
import { chromiumPath, skipWithoutChromium } from './helpers/chromium.js';

let doc: Document;
before(async () => {
  doc = await sampleDocument();
});

function parts(docx: Uint8Array): Record<string, string | Uint8Array> {
  const entries = unzipSync(docx);
  return Object.fromEntries(
    Object.entries(entries).map(([name, data]) => [
      name,
      name.endsWith('.xml') || name.endsWith('.rels') ? strFromU8(data) : data,
    ]),
  );
}

const decode = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** [style, text] of each styled paragraph in document order. */
function styledParagraphs(xml: string): [string, string][] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].flatMap((m) => {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(m[1]!)?.[1];
    if (style === undefined) return [];
    const text = [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return [[style, decode(text)] as [string, string]];
  });
}

test('headings use Word heading styles, one level below the Title', async () => {
  const files = parts(await renderDocx(doc, new Map()));
  const styled = styledParagraphs(files['word/document.xml'] as string).filter(([style]) =>
    /^(Title|Heading\d)$/.test(style),
  );
  assert.deepEqual(styled, [
    ['Title', 'National Crime and Policing Measures statement'],
    ['Heading1', 'Introduction'],
    ['Heading1', 'Reduce serious violence'],
    ['Heading2', 'Force data'],
    ['Heading3', 'Violence with Injury'],
    ['Heading3', 'Robbery'],
    ['Heading1', 'Victim satisfaction'],
    ['Heading1', 'Data and methods'],
  ]);
});

test('tables are real Word tables with a repeating header row and a caption', async () => {
  const xml = parts(await renderDocx(doc, new Map()))['word/document.xml'] as string;
  const captions = styledParagraphs(xml)
    .filter(([style]) => style === 'Caption')
    .map(([, text]) => text);
  assert.ok(captions.includes("Rolling 6-month 'whole experience' satisfaction, March 2024"));
  const satisfaction = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
    .map((m) => m[1]!)
    .find((t) => t.includes('Hate Crime'))!;
  assert.ok(satisfaction.includes('<w:tblHeader/>'));
  const cells = [...satisfaction.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
    [...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  assert.deepEqual(cells.slice(0, 8), [
    'Group',
    'Satisfied',
    'Target',
    'Against target',
    'Domestic Abuse',
    '75%',
    '80%',
    'below target',
  ]);
});

test('without chart images each figure shows its data table instead, under its caption', async () => {
  const xml = parts(await renderDocx(doc, new Map()))['word/document.xml'] as string;
  assert.equal(xml.match(/<w:tbl>/g)?.length, 5, 'the text table and one per figure');
  assert.ok(!xml.includes('<w:drawing>'));
  const captions = styledParagraphs(xml)
    .filter(([style]) => style === 'Caption')
    .map(([, text]) => text);
  assert.ok(captions.includes('Figure 3 – Robbery: statistical process control chart'));
});

test('every page carries the classification in header and footer, and the footer numbers the pages', async () => {
  const files = parts(await renderDocx({ ...doc, classification: 'OFFICIAL-SENSITIVE' }, new Map()));
  const header = files['word/header1.xml'] as string;
  const footer = files['word/footer1.xml'] as string;
  assert.match(header, /<w:t[^>]*>OFFICIAL-SENSITIVE<\/w:t>/);
  assert.match(footer, /<w:t[^>]*>OFFICIAL-SENSITIVE<\/w:t>/);
  assert.match(footer, /<w:instrText[^>]*>PAGE<\/w:instrText>/);
  assert.match(footer, /<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  const settings = files['word/document.xml'] as string;
  assert.match(settings, /<w:pgSz w:w="11906" w:h="16838"/, 'A4');
});

test('the same model gives the same bytes: the creation time is the model’s, not the clock’s', async () => {
  const first = await renderDocx(doc, new Map());
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const second = await renderDocx(doc, new Map());
  assert.deepEqual(first, second);
  const core = parts(first)['docProps/core.xml'] as string;
  assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">2024-06-20T08:30:00Z<\/dcterms:created>/);
  assert.ok(Object.keys(unzipSync(first))[0] === '[Content_Types].xml');
});

let session: ChromiumSession | undefined;
after(async () => {
  await session?.close();
});

test('with Chromium each figure is a PNG image carrying its alt text', {
  skip: skipWithoutChromium,
}, async () => {
  session = await ChromiumSession.launch(chromiumPath ?? '/usr/bin/chromium');
  const images: Map<string, FigureImage> = await figureImages(doc, session);
  assert.equal(images.size, 4);
  const files = parts(await renderDocx(doc, images));
  const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
  assert.equal(media.length, 4);
  for (const name of media) {
    const png = files[name] as Uint8Array;
    assert.deepEqual([...png.slice(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], `${name} is a PNG`);
  }
  const xml = files['word/document.xml'] as string;
  assert.equal(xml.match(/<w:drawing>/g)?.length, 4);
  assert.equal(xml.match(/<w:tbl>/g)?.length, 1, 'figures are pictures now, not tables');
  assert.match(
    xml,
    /descr="Line chart of monthly recorded Violence with Injury volumes from March 2022 to March 2024/,
  );
  // Drawn at twice the chart's size for print; shown at the chart's size (EMU = px × 9525), within the A4 column.
  const volumes = images.get('vwi-volumes')!;
  const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!;
  assert.equal(Number(extent[1]), Math.round(volumes.width) * 9525);
});
