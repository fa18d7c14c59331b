/**
 * The numbers behind the charts, for paper. On screen each chart has its data table in a
 * <details> element under it; a printed page cannot open one, so the PDF carries every chart's
 * table in an annex at the end (Table A1 for Figure 1, ...), and each chart says where its table
 * is. Only the HTML printed to PDF has them (renderHtml and boardHtml with `chartDataAnnex`):
 * the web page keeps its tables under the charts and does not say the same thing twice.
 */
import type { FigureNumbers } from '../../../document/inline.js';
import type { Block, FigureBlock } from '../../../document/model.js';
import { annexTableLabel, tableHtml } from './blocksHtml.js';
import { escapeHtml } from './escape.js';

/** The annex, starting on a new page; '' when the document has no charts. */
export function chartDataAnnexHtml(blocks: readonly Block[], numbers: FigureNumbers): string {
  const figures = blocks.filter((b): b is FigureBlock => b.kind === 'figure');
  if (figures.length === 0) return '';
  const tables = figures.map((figure) =>
    tableHtml(
      {
        ...figure.dataTable,
        caption: `${annexTableLabel(figure)}: the numbers behind Figure ${figure.number} – ${figure.caption}`,
      },
      numbers,
      `${figure.id}-annex`,
    ),
  );
  return [
    '<section class="chart-data-annex" aria-labelledby="chart-data-annex">',
    `<h2 id="chart-data-annex">${escapeHtml('Annex: the numbers behind the charts')}</h2>`,
    '<p>Each chart’s figures as the chart draws them, month by month.</p>',
    ...tables,
    '</section>',
  ].join('\n');
}
