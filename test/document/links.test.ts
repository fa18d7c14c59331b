/**
 * The link policy (document/links.ts) and the Content-Security-Policy: from analysts' Markdown to
 * every renderer, only http(s), mailto and relative links survive; javascript:, data:, vbscript:
 * and file: keep their words and lose their target, however the scheme is disguised. Every HTML
 * page carries a policy that runs no script and allows exactly its own inline stylesheet.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { paragraph } from '../../src/document/build.js';
import { safeHref } from '../../src/document/links.js';
import { markdownBlocks } from '../../src/document/markdownBlocks.js';
import type { Document, Inline } from '../../src/document/model.js';
import { renderDocx } from '../../src/report/render/docx/renderDocx.js';
import { renderHtml } from '../../src/report/render/html/renderHtml.js';
import { renderMarkdown } from '../../src/report/render/markdown/renderMarkdown.js';

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];
const ALLOWED = [
  'https://www.gov.uk/',
  'http://example.org/a?b=c',
  'mailto:opcc@example.org',
  '#item-6-3',
  'data/index.html',
  '../methods.html',
  '/measures/robbery.html',
  'page.html?x=javascript:alert(1)',
];

test('the policy: http(s), mailto and relative links only', () => {
  for (const href of HOSTILE) assert.equal(safeHref(href), undefined, JSON.stringify(href));
  for (const href of ALLOWED) assert.equal(safeHref(href), href, href);
});

test('Markdown: a refused link keeps its words and loses its target', () => {
  const [block] = markdownBlocks(
    'See [the plan](javascript:alert(1)), [a picture](data:text/html,x) and [the Home Office](https://www.gov.uk/).',
    { topLevel: 2, idPrefix: 'c' },
  );
  assert.ok(block?.kind === 'paragraph');
  const runs = block.runs as readonly Inline[];
  const links = runs.filter((r) => r.kind === 'link');
  assert.deepEqual(links, [{ kind: 'link', text: 'the Home Office', href: 'https://www.gov.uk/' }]);
  assert.match(runs.map((r) => ('text' in r ? r.text : '')).join(''), /See the plan.*a picture and/);
});

function documentWith(runs: Inline[]): Document {
  return {
    title: 'Links',
    classification: 'OFFICIAL',
    meta: {
      organisation: 'Office',
      periodLabel: 'Q4 2023/24',
      generatedAt: '2024-06-03T08:30:00+01:00',
      version: 'test',
    },
    blocks: [paragraph(...runs)],
  };
}

test('every renderer drops a hostile link that reaches it by another road than Markdown', async () => {
  const runs: Inline[] = [
    ...HOSTILE.map((href, i): Inline => ({ kind: 'link', text: `hostile ${i}`, href })),
    { kind: 'link', text: 'fine', href: 'https://www.gov.uk/' },
  ];
  const doc = documentWith(runs);
  const html = renderHtml(doc);
  assert.doesNotMatch(html, /href="\s*(javascript|data|vbscript|file)/i);
  assert.match(html, /hostile 0/);
  assert.match(html, /<a href="https:\/\/www.gov.uk\/">fine<\/a>/);
  const md = renderMarkdown(doc).markdown;
  assert.doesNotMatch(md, /\]\(\s*(javascript|data|vbscript|file)/i);
  assert.match(md, /\[fine\]\(https:\/\/www.gov.uk\/\)/);
  const docx = unzipSync(await renderDocx(doc, new Map()));
  const rels = strFromU8(docx['word/_rels/document.xml.rels']!);
  assert.doesNotMatch(rels, /javascript|data:|vbscript|file:/i);
  assert.match(rels, /https:\/\/www.gov.uk\//);
});

test('HTML carries a Content-Security-Policy: no script, only its own inline stylesheet', () => {
  const html = renderHtml(documentWith([{ kind: 'text', text: 'x' }]));
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(policy, 'a CSP meta tag');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'none'/);
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const hash = createHash('sha256').update(css).digest('base64');
  assert.ok(policy.includes(`'sha256-${hash}'`), 'the policy names the hash of the page stylesheet');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'), 'the policy comes first');
});
