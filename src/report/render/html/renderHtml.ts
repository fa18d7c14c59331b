/**
 * Document -> one self-contained HTML page (inline CSS, inline SVG): the web version of a
 * statement and the source Chromium prints the PDF from. Semantic and accessible: lang="en-GB",
 * one h1, headings in order, captioned tables with scoped headers, figures labelled with their
 * alt text and backed by a data table. The classification is shown above and below the content
 * on screen and on every printed page.
 */
import { assertValidDocument } from '../../../document/check.js';
import { figureNumbers } from '../../../document/inline.js';
import type { Document } from '../../../document/model.js';
import { generatedByLine, metaLine } from '../documentText.js';
import { blockHtml, type HtmlOptions } from './blocksHtml.js';
import { chartDataAnnexHtml } from './chartDataAnnex.js';
import { styledHead } from './contentSecurityPolicy.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { pageShell } from './pageShell.js';
import { stylesheet } from './stylesheet.js';

/** With `chartDataAnnex` (the PDF), every chart's data table is printed in an annex at the end. */
export function renderHtml(doc: Document, options: HtmlOptions = {}): string {
  assertValidDocument(doc);
  const numbers = figureNumbers(doc);
  const blocks = doc.blocks.map((block, index) => blockHtml(block, numbers, index, options));
  if (options.chartDataAnnex) blocks.push(chartDataAnnexHtml(doc.blocks, numbers));
  return documentPage(doc, blocks.join('\n'), stylesheet(doc.classification));
}

/**
 * A document's page around its blocks' HTML: the marking above and below, one h1, the subtitle,
 * the meta line and the generated-by line. The statement, the Panel report and the board pack
 * (with its own stylesheet and tables) all sit in it.
 */
export function documentPage(doc: Document, body: string, css: string): string {
  const marking = escapeHtml(doc.classification);
  const subtitle = doc.subtitle === undefined ? '' : `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>\n`;
  const head = styledHead(css);
  return pageShell({
    policy: head.meta,
    meta: [`<meta name="generator" content="${escapeAttribute(`Scrutiny ${doc.meta.version}`)}">`],
    title: `${doc.title} – ${doc.meta.periodLabel}`,
    links: [head.style],
    body: `<header>
<p class="marking marking-top">${marking}</p>
</header>
<main>
<h1>${escapeHtml(doc.title)}</h1>
${subtitle}<p class="document-meta">${escapeHtml(metaLine(doc))}</p>
${body}
<p class="generated-by">${escapeHtml(generatedByLine(doc))}</p>
</main>
<footer>
<p class="marking marking-bottom">${marking}</p>
</footer>
`,
  });
}
