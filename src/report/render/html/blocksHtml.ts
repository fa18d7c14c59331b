/**
 * Each block as semantic HTML: real headings (the title is the only h1, so a level-1 section is
 * an h2), tables with a caption and scoped header cells, figures with a figcaption and their data
 * in a <details> table, notes with role="note". Classes only name what a thing is; the look is
 * in stylesheet.ts.
 */
import { cellRuns, type FigureNumbers, figureTitle } from '../../../document/inline.js';
import type { Block, ColumnAlign, FigureBlock, ListBlock, Table } from '../../../document/model.js';
import { calloutHeading } from '../documentText.js';
import { accessibleFigureSvg } from '../figureSvg.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { inlineHtml } from './inlineHtml.js';

const ALIGN_CLASS: Record<ColumnAlign, string> = { left: '', right: 'right', centre: 'centre' };

function cellClass(table: Table, column: number): string {
  const spec = table.columns[column];
  if (!spec) return '';
  const names = [spec.numeric ? 'num' : '', ALIGN_CLASS[spec.align]].filter(Boolean);
  return names.length > 0 ? ` class="${names.join(' ')}"` : '';
}

/**
 * A table in a focusable scrolling region named by its caption: on a phone a wide table scrolls
 * sideways inside the page instead of widening the page (WCAG 1.4.10), and keyboard users can
 * scroll it too.
 */
export function tableHtml(table: Table, numbers: FigureNumbers, id: string): string {
  const head = table.header
    .map(
      (row) =>
        `<tr>${row.map((cell, c) => `<th scope="col"${cellClass(table, c)}>${inlineHtml(cellRuns(cell), numbers)}</th>`).join('')}</tr>`,
    )
    .join('\n');
  const body = table.rows
    .map((row) => {
      const cells = row.map((cell, c) => {
        const content = inlineHtml(cellRuns(cell), numbers);
        return c === 0 && table.rowHeaders
          ? `<th scope="row"${cellClass(table, c)}>${content}</th>`
          : `<td${cellClass(table, c)}>${content}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const captionId = escapeAttribute(`${id}-caption`);
  return [
    `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${captionId}">`,
    `<table id="${escapeAttribute(id)}">`,
    `<caption id="${captionId}">${escapeHtml(table.caption)}</caption>`,
    `<thead>\n${head}\n</thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table>',
    '</div>',
  ].join('\n');
}

function listHtml(list: ListBlock, numbers: FigureNumbers): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const items = list.items
    .map((item) => {
      const children = item.children ? `\n${listHtml(item.children, numbers)}\n` : '';
      return `<li>${inlineHtml(item.runs, numbers)}${children}</li>`;
    })
    .join('\n');
  return `<${tag}>\n${items}\n</${tag}>`;
}

export interface HtmlOptions {
  /** The charts' data tables in an annex at the end, each chart pointing to its table: for the PDF (chartDataAnnex.ts). */
  readonly chartDataAnnex?: boolean;
}

/** 'Table A3', the annex table of Figure 3. */
export const annexTableLabel = (figure: FigureBlock) => `Table A${figure.number}`;

function figureHtml(figure: FigureBlock, numbers: FigureNumbers, options: HtmlOptions): string {
  const title = escapeHtml(figureTitle(figure));
  const pointer = options.chartDataAnnex
    ? [
        `<p class="annex-pointer">The numbers behind Figure ${figure.number} are in ${annexTableLabel(figure)} of the annex at the end.</p>`,
      ]
    : [];
  return [
    `<figure id="${escapeAttribute(figure.id)}" class="chart">`,
    accessibleFigureSvg(figure),
    `<figcaption>${title}</figcaption>`,
    ...pointer,
    `<details class="chart-data">\n<summary>The numbers behind Figure ${figure.number}</summary>`,
    tableHtml(figure.dataTable, numbers, `${figure.id}-data`),
    '</details>',
    '</figure>',
  ].join('\n');
}

/** `index` is the block's position, which names tables that have no id of their own. */
export function blockHtml(
  block: Block,
  numbers: FigureNumbers,
  index: number,
  options: HtmlOptions = {},
): string {
  switch (block.kind) {
    case 'heading': {
      const tag = `h${block.level + 1}`;
      return `<${tag} id="${escapeAttribute(block.id)}">${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${inlineHtml(block.runs, numbers)}</p>`;
    case 'list':
      return listHtml(block, numbers);
    case 'table':
      return tableHtml(block, numbers, `table-${index + 1}`);
    case 'figure':
      return figureHtml(block, numbers, options);
    case 'callout': {
      // The kind of note is written out, not only drawn as a coloured bar.
      const heading = calloutHeading(block.tone, block.title);
      const body = block.paragraphs.map((runs) => `<p>${inlineHtml(runs, numbers)}</p>`).join('\n');
      return `<div class="callout callout-${block.tone}" role="note">\n<p class="callout-title"><strong>${escapeHtml(heading)}</strong></p>\n${body}\n</div>`;
    }
    case 'pageBreak':
      return '<div class="page-break" aria-hidden="true"></div>';
  }
}
