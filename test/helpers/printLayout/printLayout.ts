/**
 * Print layout checks in real Chromium, for the statement, the Panel report and the board pack.
 *
 * Two views of the same HTML:
 *   - the page laid out for print (print media, the viewport exactly the printable width of the
 *     A4 page the stylesheet asks for) and measured in the page (inPage.ts): tables wider than the
 *     page, cells whose content spills over a neighbour, text drawn over a drawing;
 *   - the PDF Chromium prints, read page by page with poppler's pdftotext: a page that ends with a
 *     heading, a table caption or a table's header row has orphaned it from what it introduces.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { scratchDir } from '../scratch.js';
import { MEASURE_PRINT_LAYOUT } from './inPage.js';

export type Orientation = 'portrait' | 'landscape';

/** A4 less the stylesheet's 18 mm left and right margins (src/report/render/html/stylesheet.ts). */
const PRINTABLE_MM: Record<Orientation, number> = { portrait: 210 - 36, landscape: 297 - 36 };
const PX_PER_MM = 96 / 25.4;

export interface PrintLayout {
  /** What the PDF would show wrongly, in words; empty when the layout is sound. */
  readonly findings: readonly string[];
  /** Headings and table captions: a page must not end with one. */
  readonly keepWithNext: readonly string[];
  /** Each table's header row as one line of words. */
  readonly tableHeads: readonly string[];
}

export async function measurePrintLayout(
  browser: Browser,
  html: string,
  orientation: Orientation,
): Promise<PrintLayout> {
  const width = Math.floor(PRINTABLE_MM[orientation] * PX_PER_MM);
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  try {
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    return (await page.evaluate(MEASURE_PRINT_LAYOUT)) as PrintLayout;
  } finally {
    await page.close();
  }
}

/** The text of each page of a PDF, as pdftotext -layout reads it. */
export function pdfPageTexts(pdf: Uint8Array): string[] {
  const dir = scratchDir('scrutiny-print-');
  try {
    const path = join(dir, 'print.pdf');
    writeFileSync(path, pdf);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    return Array.from({ length: pages }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path, '-'], {
        encoding: 'utf8',
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
const clean = (text: string) => words(text).join(' ');

/** A page's lines of content: without the marking at the top and the marking and page number at the foot. */
export function contentLines(page: string): string[] {
  const lines = page
    .split('\n')
    .map(clean)
    .filter((line) => line !== '');
  const body = lines.slice(1);
  if (/Page \d+ of \d+$/.test(body.at(-1) ?? '')) body.pop();
  return body;
}

/**
 * Pages whose last line is a heading, a caption (or a heading's last line, when it wraps) or a
 * table's header row: what it introduces went over to the next page.
 */
export function orphanedAtFoot(pages: readonly string[], layout: PrintLayout): string[] {
  const heads = layout.tableHeads.map((h) => new Set(words(h)));
  const found: string[] = [];
  pages.slice(0, -1).forEach((page, i) => {
    const last = contentLines(page).at(-1);
    if (last === undefined) return;
    const isTitle = layout.keepWithNext.some((t) => t === last || (last.length >= 12 && t.endsWith(last)));
    const lastWords = words(last);
    const isHeadRow = lastWords.length >= 2 && heads.some((h) => lastWords.every((w) => h.has(w)));
    if (isTitle || isHeadRow) found.push(`page ${i + 1} ends with "${last}"`);
  });
  return found;
}

/** All a print shows wrongly: the layout's findings, then the pages that end with a heading, caption or header row. */
export function printFindings(layout: PrintLayout, pages: readonly string[]): string[] {
  return [...layout.findings, ...orphanedAtFoot(pages, layout)];
}
