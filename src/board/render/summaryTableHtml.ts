/**
 * A priority's summary table as HTML: the same cells as the document's table (summaryColumns.ts),
 * with the variation and assurance icons drawn beside their words and the sparkline drawn with its
 * text alternative. Exception rows carry class "exception" and link to their card.
 */
import type { TableBlock } from '../../document/model.js';
import { NOT_AVAILABLE } from '../../narrative/board/summaryWords.js';
import { escapeAttribute, escapeHtml } from '../../report/render/html/escape.js';
import { cardId } from '../exceptionCard.js';
import type { BoardRow, BoardValue } from '../model.js';
import { sparklineSvg } from '../sparkline.js';
import type { ColumnKey, SummaryColumn } from '../summaryColumns.js';
import { assuranceIconHtml, variationIconHtml } from './iconHtml.js';

function valueHtml(value: BoardValue): string {
  if (value.text === undefined) return `<span class="na">${NOT_AVAILABLE}</span>`;
  const note = value.note === undefined ? '' : `<span class="note">${escapeHtml(value.note)}</span>`;
  return `${escapeHtml(value.text)}${note}`;
}

function measureHtml(row: BoardRow): string {
  const title = escapeHtml(row.measure.title);
  const name =
    row.reasons.length > 0 ? `<a href="#${escapeAttribute(cardId(row.measure.id))}">${title}</a>` : title;
  const marking =
    row.measure.classification === 'OFFICIAL-SENSITIVE' ? '<span class="note">OFFICIAL-SENSITIVE</span>' : '';
  return `${name}${marking}`;
}

function cellHtml(row: BoardRow, key: ColumnKey): string {
  switch (key) {
    case 'measure':
      return measureHtml(row);
    case 'latest':
    case 'previous':
    case 'yearEarlier':
    case 'threeYearAverage':
    case 'target':
    case 'peerRank':
    case 'baseline':
    case 'national':
      return valueHtml(row[key]);
    case 'variation':
      return row.variation ? variationIconHtml(row.variation) : `<span class="na">${NOT_AVAILABLE}</span>`;
    case 'assurance':
      return row.assurance
        ? assuranceIconHtml(row.assurance)
        : `<span class="na">${escapeHtml(row.assuranceAbsent)}</span>`;
    case 'verdict':
      return row.measure.verdict
        ? `<span class="verdict verdict-${row.measure.verdict.verdict.replace(/_/g, '-')}">${escapeHtml(row.measure.verdict.label)}</span>`
        : `<span class="na">${NOT_AVAILABLE}</span>`;
    case 'sparkline':
      return sparklineSvg(row.sparkline, row.unit);
    case 'questions':
      return String(row.questions?.length ?? 0);
  }
}

export function summaryTableHtml(
  table: TableBlock,
  columns: readonly SummaryColumn[],
  rows: readonly BoardRow[],
): string {
  const cls = (c: SummaryColumn) => (c.numeric ? ' class="num"' : '');
  const head = columns
    .map((c) => {
      const sub = c.sub === undefined ? '' : `<span class="note">${escapeHtml(c.sub)}</span>`;
      // The column's key names its width in the stylesheet (boardCss.ts).
      const classes = c.numeric ? `num col-${c.key}` : `col-${c.key}`;
      return `<th scope="col" class="${classes}">${escapeHtml(c.heading)}${sub}</th>`;
    })
    .join('');
  const body = rows
    .map((row) => {
      const cells = columns.map((c) =>
        c.key === 'measure'
          ? `<th scope="row">${cellHtml(row, c.key)}</th>`
          : `<td${cls(c)}>${cellHtml(row, c.key)}</td>`,
      );
      const mark = row.reasons.length > 0 ? ' class="exception"' : '';
      return `<tr${mark}>${cells.join('')}</tr>`;
    })
    .join('\n');
  // A wide table scrolls inside its own region on a narrow screen instead of the page (WCAG 1.4.10);
  // the region is focusable so that it can be scrolled from the keyboard.
  const caption = escapeHtml(table.caption);
  return `<div class="table-scroll" role="region" aria-label="${escapeAttribute(table.caption)}" tabindex="0">\n<table class="board">\n<caption class="visually-hidden">${caption}</caption>\n<thead>\n<tr>${head}</tr>\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>\n</div>`;
}
