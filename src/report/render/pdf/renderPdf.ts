/**
 * Documents -> PDF through Chromium. The PDF is Chromium's print of the document's HTML, so the
 * two cannot drift apart: A4, the classification at the top and bottom of every page, 'Page N of
 * M', no figure split across pages (all in the HTML's print stylesheet). Paper cannot open the
 * charts' data tables, so the printed HTML carries them in an annex (chartDataAnnex.ts). Tagged
 * and with an outline, so the PDF keeps its headings for screen readers and navigation.
 *
 * A PdfRenderer holds one Chromium session for as many documents as the caller has (four
 * quarters, or a statement and a board pack), because starting Chromium is the slow part.
 */
import type { Document } from '../../../document/model.js';
import type { Problem } from '../../../errors/problem.js';
import { renderHtml } from '../html/renderHtml.js';
import { type ChromiumSession, openChromium } from './chromium.js';

export class PdfRenderer {
  constructor(readonly session: ChromiumSession) {}

  /** Starts Chromium, or explains (as a warning Problem) why there will be no PDF. */
  static async open(env: Readonly<Record<string, string | undefined>>): Promise<PdfRenderer | Problem> {
    const opened = await openChromium(env);
    return 'session' in opened ? new PdfRenderer(opened.session) : opened.problem;
  }

  async render(doc: Document): Promise<Uint8Array> {
    return this.session.printPdf(renderHtml(doc, { chartDataAnnex: true }));
  }

  /** Several documents, one after another in the same session (a page each, closed when done). */
  async renderAll(docs: readonly Document[]): Promise<Uint8Array[]> {
    const out: Uint8Array[] = [];
    for (const doc of docs) out.push(await this.render(doc));
    return out;
  }

  async close(): Promise<void> {
    await this.session.close();
  }
}
