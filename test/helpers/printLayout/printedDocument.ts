/**
 * A document as a job wrote its PDF (through PdfRenderer.render): the PDF's pages read back, and
 * the HTML Chromium printed (with the charts' data tables in the annex) measured as laid out for
 * print, for the checks of printLayout.ts.
 */
import type { Document } from '../../../src/document/model.js';
import { renderHtml } from '../../../src/report/render/html/renderHtml.js';
import type { PdfRenderer } from '../../../src/report/render/pdf/renderPdf.js';
import { measurePrintLayout, type PrintLayout, pdfPageTexts } from './printLayout.js';

export interface PrintedDocument {
  readonly pages: string[];
  readonly layout: PrintLayout;
}

/** `pdfBytes`, the PDF written of `doc` in A4 portrait, with `doc` measured in `pdf`'s browser. */
export async function printedDocument(
  pdf: PdfRenderer,
  doc: Document,
  pdfBytes: Uint8Array,
): Promise<PrintedDocument> {
  const html = renderHtml(doc, { chartDataAnnex: true });
  return {
    pages: pdfPageTexts(pdfBytes),
    layout: await measurePrintLayout(pdf.session.browser, html, 'portrait'),
  };
}
