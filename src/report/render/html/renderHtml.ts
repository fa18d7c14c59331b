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
import { stylesheet } from './stylesheet.js';

/** With `chartDataAnnex` (the PDF), every chart's data table is printed in an annex at the end. */
export function renderHtml(doc: Document, options: HtmlOptions = {}): string {
  assertValidDocument(doc);
  const numbers = figureNumbers(doc);
  const marking = escapeHtml(doc.classification);
  const subtitle = doc.subtitle === undefined ? '' : `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>\n`;
  const meta = escapeHtml(metaLine(doc));
  const blocks = doc.blocks.map((block, index) => blockHtml(block, numbers, index, options));
  if (options.chartDataAnnex) blocks.push(chartDataAnnexHtml(doc.blocks, numbers));
  const body = blocks.join('\n');
  const head = styledHead(stylesheet(doc.classification));
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
${head.meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeAttribute(`Scrutiny ${doc.meta.version}`)}">
<title>${escapeHtml(`${doc.title} – ${doc.meta.periodLabel}`)}</title>
${head.style}
</head>
<body>
<header>
<p class="marking marking-top">${marking}</p>
</header>
<main>
<h1>${escapeHtml(doc.title)}</h1>
${subtitle}<p class="document-meta">${meta}</p>
${body}
<p class="generated-by">${escapeHtml(generatedByLine(doc))}</p>
</main>
<footer>
<p class="marking marking-bottom">${marking}</p>
</footer>
</body>
</html>
`;
}
