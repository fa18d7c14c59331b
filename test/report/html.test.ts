import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, test } from 'node:test';
import { heading, paragraph } from '../../src/document/build.js';
import type { Document } from '../../src/document/model.js';
import { ScrutinyError } from '../../src/errors/problem.js';
import { renderHtml } from '../../src/report/render/html/renderHtml.js';
import { sampleDocument } from './fixtures/sampleDocument.js';
import { assertGolden } from './helpers/golden.js';
import { byTag, childElements, findAll, type HtmlElement, parseHtml, textOf } from './helpers/htmlCheck.js';

let doc: Document;
let html: string;
let root: HtmlElement;

before(async () => {
  doc = await sampleDocument();
  html = renderHtml(doc);
  root = parseHtml(html);
});

test('the page is well nested, in British English, with one h1 and headings that never skip a level', () => {
  const [htmlElement] = byTag(root, 'html');
  assert.equal(htmlElement?.attributes.lang, 'en-GB');
  const headings = findAll(root, (e) => /^h[1-6]$/.test(e.tag));
  assert.equal(headings.filter((h) => h.tag === 'h1').length, 1);
  assert.equal(headings[0]?.tag, 'h1');
  let previous = 1;
  for (const h of headings) {
    const level = Number(h.tag[1]);
    assert.ok(level <= previous + 1, `<${h.tag}> "${textOf(h)}" follows an h${previous}`);
    previous = level;
  }
  assert.deepEqual(
    headings.map((h) => `${h.tag} ${textOf(h)}`),
    [
      'h1 National Crime and Policing Measures statement',
      'h2 Introduction',
      'h2 Reduce serious violence',
      'h3 Force data',
      'h4 Violence with Injury',
      'h4 Robbery',
      'h2 Victim satisfaction',
      'h2 Data and methods',
    ],
  );
});

test('every table has a caption and scoped header cells, numeric columns marked', () => {
  const tables = byTag(root, 'table');
  assert.equal(tables.length, 5, 'one table in the text and one behind each of the four figures');
  for (const table of tables) {
    const caption = childElements(table, 'caption')[0];
    assert.ok(caption && textOf(caption).trim() !== '', 'a caption');
    const headerCells = byTag(table, 'th');
    assert.ok(headerCells.length > 0);
    for (const th of headerCells)
      assert.ok(['col', 'row'].includes(th.attributes.scope ?? ''), 'th has a scope');
  }
  const satisfaction = tables[3]!;
  assert.equal(
    textOf(childElements(satisfaction, 'caption')[0]!),
    "Rolling 6-month 'whole experience' satisfaction, March 2024",
  );
  const firstRow = byTag(satisfaction, 'tbody')[0]!.children.find(
    (c) => typeof c !== 'string',
  ) as HtmlElement;
  assert.deepEqual(
    childElements(firstRow).map((c) => [
      c.tag,
      c.attributes.scope ?? '',
      c.attributes.class ?? '',
      textOf(c),
    ]),
    [
      ['th', 'row', '', 'Domestic Abuse'],
      ['td', '', 'num right', '75%'],
      ['td', '', 'num right', '80%'],
      ['td', '', '', 'below target'],
    ],
  );
});

test('every figure has its chart as a labelled image, a figcaption, and its numbers in a details table', () => {
  const figures = byTag(root, 'figure');
  assert.equal(figures.length, 4);
  figures.forEach((figure, i) => {
    const svg = childElements(figure, 'svg')[0]!;
    assert.equal(svg.attributes.role, 'img');
    const [titleId, descId] = (svg.attributes['aria-labelledby'] ?? '').split(' ');
    const title = childElements(svg, 'title')[0]!;
    const desc = childElements(svg, 'desc')[0]!;
    assert.equal(title.attributes.id, titleId);
    assert.equal(desc.attributes.id, descId);
    assert.equal(textOf(childElements(figure, 'figcaption')[0]!), textOf(title));
    assert.match(textOf(title), new RegExp(`^Figure ${i + 1} – `));
    assert.ok(textOf(desc).length > 80, 'the description says what the chart shows');
    const details = childElements(figure, 'details')[0]!;
    assert.equal(textOf(childElements(details, 'summary')[0]!), `The numbers behind Figure ${i + 1}`);
    assert.equal(byTag(details, 'table').length, 1);
  });
  const desc = textOf(byTag(figures[0]!, 'desc')[0]!);
  assert.match(desc, /In March 2024 there were 369, against a 3-year average of 366\.0/);
});

test('ids are unique across the page, even with four charts inlined', () => {
  const ids = findAll(root, (e) => e.attributes.id !== undefined).map((e) => e.attributes.id!);
  assert.equal(new Set(ids).size, ids.length);
});

test('figure references link to the figure, numbered from it', () => {
  const links = byTag(root, 'a').filter((a) => a.attributes.href?.startsWith('#'));
  assert.deepEqual(
    links.map((a) => [a.attributes.href, textOf(a)]),
    [
      ['#vwi-volumes', 'Figure 1'],
      ['#vwi-action-taken', 'Figure 2'],
      ['#robbery-spc', 'Figure 3'],
      ['#vwi-volumes', 'Figure 1'],
    ],
  );
});

test('the classification is printed above and below, and on every printed page by the stylesheet', () => {
  const markings = findAll(root, (e) => (e.attributes.class ?? '').split(' ').includes('marking'));
  assert.deepEqual(markings.map(textOf), ['OFFICIAL', 'OFFICIAL']);
  assert.match(html, /@top-center \{ content: "OFFICIAL";/);
  assert.match(html, /@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\);/);
  assert.match(html, /size: A4;/);
  assert.match(html, /figure\.chart, \.callout, tr \{ break-inside: avoid;/);
});

test('an OFFICIAL-SENSITIVE document is marked so everywhere', () => {
  const sensitive = renderHtml({ ...doc, classification: 'OFFICIAL-SENSITIVE' });
  assert.match(sensitive, /@top-center \{ content: "OFFICIAL-SENSITIVE";/);
  assert.equal(sensitive.match(/<p class="marking[^"]*">OFFICIAL-SENSITIVE<\/p>/g)?.length, 2);
});

test('the generation time is the model’s, shown in London time', () => {
  // SAMPLE_META.generatedAt is 08:30 UTC on 20 June 2024: 09:30 British Summer Time.
  assert.match(html, /Generated on 20 June 2024 at 09:30 by Scrutiny 0\.1\.0\./);
});

test('text from the model is escaped, never taken as markup', () => {
  const hostile: Document = {
    ...doc,
    title: 'A <script>alert(1)</script> & "quotes"',
    blocks: [heading(1, 'x', '<b>not bold</b>'), paragraph('1 < 2 & 3 > 2')],
  };
  const out = renderHtml(hostile);
  assert.ok(!out.includes('<script>'));
  assert.ok(out.includes('<h1>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"</h1>'));
  assert.ok(out.includes('<p>1 &lt; 2 &amp; 3 &gt; 2</p>'));
});

test('a document that fails its checks is not rendered', () => {
  assert.throws(() => renderHtml({ ...doc, blocks: [heading(2, 'x', 'Skipped a level')] }), ScrutinyError);
});

test('the sample document renders to its golden HTML (each chart shown by its hash; the charts have goldens of their own)', () => {
  const normalised = html.replace(
    /(<svg\b[^>]*>)([\s\S]*?)<\/svg>(?=\n<figcaption>)/g,
    (_m, open: string, body: string) => {
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
      return `${open}<!-- ${body.length} characters, sha256 ${hash} --></svg>`;
    },
  );
  assertGolden('sample.html', normalised);
});
