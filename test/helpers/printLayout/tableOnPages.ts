/**
 * One table as the PDF prints it, read from pdftotext's pages (printLayout.ts): whether each row
 * prints whole on one page, whether every page a row is on carries the table's header row (a row
 * on a page of its own is unreadable without it), and whether the caption's page carries the first
 * row. The print stylesheet asks for all three; this reads what Chromium actually did.
 */
import assert from 'node:assert/strict';
import type { Block, TableBlock } from '../../../src/document/model.js';
import { contentLines } from './printLayout.js';

export interface PrintedTable {
  readonly caption: string;
  /** The header row as one line of words. */
  readonly header: string;
  /**
   * Each row: `key`, text on the row's first printed line that no line between the caption and the
   * row has (its figures, side by side); `cells`, the text of its cells.
   */
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[] }[];
}

export interface TableOnPages {
  /** What the PDF shows wrongly, in words; empty when the table prints soundly. */
  readonly findings: readonly string[];
  /** The page (from 1) of the caption, then of each row; 0 when not found. */
  readonly captionPage: number;
  readonly rowPages: readonly number[];
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

export function tableOnPages(pages: readonly string[], table: PrintedTable): TableOnPages {
  const lines = pages.map(contentLines);
  const header = new Set(words(table.header));
  const isHeaderLine = (line: string) => words(line).length >= 2 && words(line).every((w) => header.has(w));
  const findings: string[] = [];
  // Where the reading has got to: a page and a line on it. The caption first, then each row in turn.
  let page = lines.findIndex((ls) => ls.includes(table.caption));
  if (page < 0)
    return { findings: [`the caption "${table.caption}" is not printed`], captionPage: 0, rowPages: [] };
  const captionPage = page + 1;
  let line = lines[page]!.indexOf(table.caption);
  const rowPages: number[] = [];
  const keyAt = (key: string, fromPage: number, fromLine: number) => {
    for (let p = fromPage; p < lines.length; p++) {
      const at = lines[p]!.findIndex((l, i) => (p > fromPage || i > fromLine) && l.includes(key));
      if (at >= 0) return { page: p, line: at };
    }
    return undefined;
  };
  table.rows.forEach((row, r) => {
    const found = keyAt(row.key, page, line);
    if (found === undefined) {
      findings.push(`the row of "${row.cells[0]}" is not printed after the caption ("${row.key}" not found)`);
      rowPages.push(0);
      return;
    }
    const onPage = lines[found.page]!;
    const next = table.rows[r + 1];
    const end = next ? onPage.findIndex((l, i) => i > found.line && l.includes(next.key)) : -1;
    const printed = new Set(onPage.slice(found.line, end < 0 ? undefined : end).flatMap(words));
    const missing = row.cells.flatMap(words).filter((w) => !printed.has(w));
    if (missing.length > 0)
      findings.push(
        `the row of "${row.cells[0]}" is split: page ${found.page + 1} prints it without "${missing.join(' ')}"`,
      );
    const headerAbove = onPage.slice(0, found.line).some(isHeaderLine);
    if (!headerAbove)
      findings.push(
        `page ${found.page + 1} prints the row of "${row.cells[0]}" without the table's header row`,
      );
    if (r === 0 && found.page + 1 !== captionPage)
      findings.push(`the caption is on page ${captionPage}, the first row on page ${found.page + 1}`);
    rowPages.push(found.page + 1);
    ({ page, line } = found);
  });
  return { findings, captionPage, rowPages };
}

/** The table with `caption` among `blocks`. */
export function tableCaptioned(blocks: readonly Block[], caption: string): TableBlock {
  const found = blocks.find((b): b is TableBlock => b.kind === 'table' && b.caption === caption);
  assert.ok(found, `the table "${caption}"`);
  return found;
}

/**
 * What the PDF must show of a table of restated figures (measure, period, previous figure, now,
 * why): each row found by its two figures, side by side.
 */
export function printedRestatedTable(table: TableBlock): PrintedTable {
  return {
    caption: table.caption,
    header: (table.header[0] ?? []).map(String).join(' '),
    rows: table.rows.map((row) => {
      const cells = row.map(String);
      return { key: `${cells[2]} ${cells[3]}`, cells };
    }),
  };
}
