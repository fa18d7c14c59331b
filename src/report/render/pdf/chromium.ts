/**
 * Finding and driving Chromium, the one external program the renderers use: for the PDF (Chromium
 * prints the statement's own HTML, so the PDF is the HTML's print layout) and for the PNG images
 * of charts in Word documents. playwright-core drives the system's Chromium; Playwright's own
 * browser download is not used (it cannot work offline, and Debian's package is maintained).
 *
 * One ChromiumSession serves many documents: starting Chromium costs most of a second, printing
 * one more document a fraction of that.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { messages } from '../../../errors/messages.js';
import type { Problem } from '../../../errors/problem.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Headless, no sandbox (CI runs as root), and nothing that reaches the network: statements can
 * be OFFICIAL-SENSITIVE, and the machine may have no network at all.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export type ChromiumLocation = { readonly path: string } | { readonly problem: Problem };

/** SCRUTINY_CHROMIUM if set, else /usr/bin/chromium; a Problem saying how to install it if absent. */
export function locateChromium(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean = existsSync,
): ChromiumLocation {
  const configured = env.SCRUTINY_CHROMIUM;
  if (configured !== undefined && configured !== '') {
    return exists(configured)
      ? { path: configured }
      : { problem: messages.report.chromiumEnvMissing(configured) };
  }
  return exists(DEFAULT_CHROMIUM)
    ? { path: DEFAULT_CHROMIUM }
    : { problem: messages.report.chromiumMissing(DEFAULT_CHROMIUM) };
}

const TIMEOUT_MS = 60_000;

/** Chart PNGs are drawn at twice their CSS size: about 190 dpi across an A4 text column. */
export const PNG_SCALE = 2;

export class ChromiumSession {
  private pngContext: BrowserContext | undefined;

  private constructor(
    /** Open to the print layout tests, which measure pages laid out for print. */
    readonly browser: Browser,
    readonly executablePath: string,
  ) {}

  static async launch(executablePath: string): Promise<ChromiumSession> {
    const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], timeout: TIMEOUT_MS });
    return new ChromiumSession(browser, executablePath);
  }

  /** Prints a self-contained HTML page to PDF with the page's own print stylesheet (@page size and margins). */
  async printPdf(html: string): Promise<Uint8Array> {
    const page = await this.browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: TIMEOUT_MS });
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await page.close();
    }
  }

  /**
   * PNGs of standalone SVGs at PNG_SCALE times their size. All are laid out on one page, loaded once.
   */
  async svgsToPng(svgs: readonly string[]): Promise<Uint8Array[]> {
    if (svgs.length === 0) return [];
    if (this.pngContext === undefined) {
      this.pngContext = await this.browser.newContext({ deviceScaleFactor: PNG_SCALE });
    }
    const page = await this.pngContext.newPage();
    try {
      const body = svgs.map((svg) => `<div class="png-source">${svg}</div>`).join('');
      const html = `<!DOCTYPE html><html><body style="margin:0;background:#fff">${body}</body></html>`;
      await page.setContent(html, { waitUntil: 'load', timeout: TIMEOUT_MS });
      // One full-page screenshot clipped to each chart: about twice as fast as a screenshot per
      // element, which scrolls and waits for stability each time. (A string expression, as this
      // project's TypeScript has no DOM types.)
      const boxes = (await page.evaluate(
        "[...document.querySelectorAll('.png-source > svg')].map((e) => { const r = e.getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; })",
      )) as { x: number; y: number; width: number; height: number }[];
      const out: Uint8Array[] = [];
      for (const clip of boxes) {
        out.push(
          new Uint8Array(await page.screenshot({ type: 'png', clip, fullPage: true, timeout: TIMEOUT_MS })),
        );
      }
      return out;
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export type ChromiumOpening = { readonly session: ChromiumSession } | { readonly problem: Problem };

/** Locates and starts Chromium; any failure is a warning Problem, so the caller writes the other formats. */
export async function openChromium(
  env: Readonly<Record<string, string | undefined>>,
): Promise<ChromiumOpening> {
  const location = locateChromium(env);
  if ('problem' in location) return location;
  try {
    return { session: await ChromiumSession.launch(location.path) };
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return { problem: messages.report.chromiumFailed(location.path, detail) };
  }
}
