/**
 * Analysts' Markdown as HTML, link-safe: read by the one Markdown reader (document/markdownBlocks.ts,
 * which keeps only http(s), mailto and relative links) and written by the documents' renderer,
 * which escapes every text. For any page that shows user Markdown (the site, the app).
 */
import { type MarkdownPlacement, markdownBlocks } from '../../../document/markdownBlocks.js';
import { blockHtml } from './blocksHtml.js';

const NO_FIGURES = new Map<string, number>();

export function markdownHtml(
  source: string,
  placement: MarkdownPlacement = { topLevel: 2, idPrefix: 'markdown' },
): string {
  return markdownBlocks(source, placement)
    .map((block, i) => blockHtml(block, NO_FIGURES, i))
    .join('\n');
}
