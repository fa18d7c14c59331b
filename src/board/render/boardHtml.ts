/**
 * The board pack as one self-contained HTML page, and the source Chromium prints the PDF from.
 * The page is the statement's (documentPage in src/report/render/html/renderHtml.ts: marking above
 * and below, one h1, the generated-by line) with the board's wider, landscape stylesheet; every block is
 * written by the report's blockHtml except the key and the summary tables, which the board draws
 * with their icons and sparklines (same words as the document's tables).
 */
import { assertValidDocument } from '../../document/check.js';
import { figureNumbers } from '../../document/inline.js';
import type { TableBlock } from '../../document/model.js';
import { blockHtml, type HtmlOptions } from '../../report/render/html/blocksHtml.js';
import { chartDataAnnexHtml } from '../../report/render/html/chartDataAnnex.js';
import { escapeAttribute } from '../../report/render/html/escape.js';
import { documentPage } from '../../report/render/html/renderHtml.js';
import { stylesheet } from '../../report/render/html/stylesheet.js';
import type { BoardDocument } from '../boardDocument.js';
import type { BoardPack } from '../model.js';
import { summaryColumns } from '../summaryColumns.js';
import { BOARD_CSS } from './boardCss.js';
import { keyTableHtml } from './keyHtml.js';
import { summaryTableHtml } from './summaryTableHtml.js';

/** With `chartDataAnnex` (the PDF), the exception charts' data tables are printed in an annex at the end. */
export function boardHtml(pack: BoardPack, board: BoardDocument, options: HtmlOptions = {}): string {
  const doc = board.document;
  assertValidDocument(doc);
  const numbers = figureNumbers(doc);
  const columns = summaryColumns(pack.columns, pack.hasQuestions);
  const parts: string[] = [];
  let cardEnd = -1;
  doc.blocks.forEach((block, i) => {
    const rich = board.rich.get(block);
    if (rich?.kind === 'card') {
      // A card is a section, so its chart can sit beside its words and it prints on one page.
      parts.push(`<section class="card" aria-labelledby="${escapeAttribute(rich.card.id)}">`);
      cardEnd = i + rich.blocks - 1;
    }
    if (rich?.kind === 'key') parts.push(keyTableHtml(block as TableBlock));
    else if (rich?.kind === 'summary')
      parts.push(summaryTableHtml(block as TableBlock, columns, rich.group.rows));
    else parts.push(blockHtml(block, numbers, i, options));
    if (i === cardEnd) parts.push('</section>');
  });
  if (options.chartDataAnnex) parts.push(chartDataAnnexHtml(doc.blocks, numbers));
  return documentPage(doc, parts.join('\n'), `${stylesheet(doc.classification)}\n${BOARD_CSS}`);
}
