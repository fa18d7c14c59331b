/**
 * Small pieces of page HTML shared by the pages: escaped text, links, figures and tables drawn by
 * the documents' renderer (report/render/html), so a chart or a table on the site is marked up
 * exactly as in the statement: a labelled SVG, a caption, and its numbers in a table.
 */
import type { Block, Table } from '../../document/model.js';
import type { ChartResult } from '../../report/charts/chartResult.js';
import { blockHtml, tableHtml } from '../../report/render/html/blocksHtml.js';
import { escapeAttribute, escapeHtml } from '../../report/render/html/escape.js';
import { href } from './links.js';

const NO_FIGURES = new Map<string, number>();

export const esc = escapeHtml;
export const attr = escapeAttribute;

/** A link from page `from` to `to`, both site paths. */
export function a(from: string, to: string, text: string, extra = ''): string {
  return `<a href="${attr(href(from, to))}"${extra}>${esc(text)}</a>`;
}

/** A chart as a numbered figure with its text alternative and, under it, its data table. */
export function figureHtml(id: string, number: number, caption: string, chart: ChartResult): string {
  const block: Block = {
    kind: 'figure',
    id,
    number,
    caption,
    alt: chart.alt,
    svg: chart.svg,
    dataTable: chart.dataTable,
  };
  return blockHtml(block, NO_FIGURES, 0);
}

export function tableHtmlOf(table: Table, id: string): string {
  return tableHtml(table, NO_FIGURES, id);
}

/** A description list of label/value pairs, values already HTML. */
export function factsHtml(rows: readonly (readonly [string, string])[]): string {
  const items = rows.map(([label, value]) => `<dt>${esc(label)}</dt><dd>${value}</dd>`).join('\n');
  return `<dl class="facts">\n${items}\n</dl>`;
}

export function paragraphs(sentences: readonly string[]): string {
  return sentences.map((s) => `<p>${esc(s)}</p>`).join('\n');
}
