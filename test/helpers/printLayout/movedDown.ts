/**
 * A part of a document printed again and again, moved down the page a paragraph at a time, so that
 * the page foot falls before, inside and after what it holds (a table, most often). One document
 * prints it at one place only; a print rule that keeps rows whole or repeats a table's header only
 * shows when the foot falls across the table.
 */
import { heading, paragraph } from '../../../src/document/build.js';
import type { Block, Document } from '../../../src/document/model.js';
import type { PdfRenderer } from '../../../src/report/render/pdf/renderPdf.js';
import { pdfPageTexts } from './printLayout.js';

export interface MovedDown {
  /** How many one-line paragraphs were printed before the part. */
  readonly lines: number;
  /** The PDF's pages, as pdfPageTexts reads them. */
  readonly pages: string[];
}

/** `blocks` printed (in `doc`'s frame: marking, title) after each number of lines in `lineCounts`. */
export async function printedMovedDown(
  pdf: PdfRenderer,
  doc: Document,
  blocks: readonly Block[],
  lineCounts: readonly number[],
): Promise<MovedDown[]> {
  const printed: MovedDown[] = [];
  for (const lines of lineCounts) {
    const filler = Array.from({ length: lines }, (_, i) => paragraph(`Line ${i + 1} before the part.`));
    const moved: Document = {
      ...doc,
      blocks: [heading(1, 'before', 'Before the part'), ...filler, ...blocks],
    };
    printed.push({ lines, pages: pdfPageTexts(await pdf.render(moved)) });
  }
  return printed;
}
