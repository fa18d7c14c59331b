/**
 * The links inside a PDF, line by line, as poppler's pdftohtml reads them: each line of text with
 * the pages its links go to. Chromium turns a link to an anchor of the same HTML
 * (href="#appendix-a") into a link to the page the anchor printed on; a link to an anchor that is
 * not there prints as plain text, with no link at all. pdftohtml gives a link the text its area
 * covers, which can start early in the line: a line is matched by words at the link's end.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../scratch.js';

export interface LinkedLine {
  /** The line's text, tags taken out (pdftohtml writes the ligature "ﬁ" for "fi"). */
  readonly text: string;
  /** The pages (from 1) the line's links inside the document go to. */
  readonly targets: readonly number[];
}

/** For each page (index 0 is page 1), its lines that hold a link inside the document. */
export function pdfInternalLinks(pdf: Uint8Array): LinkedLine[][] {
  const dir = scratchDir('scrutiny-links-');
  try {
    const path = join(dir, 'print.pdf');
    writeFileSync(path, pdf);
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', path], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return xml
      .split(/<page number="\d+"/)
      .slice(1)
      .map((page) =>
        [...page.matchAll(/<text [^>]*>(.*?)<\/text>/g)].flatMap(([, inner = '']) => {
          const targets = [...inner.matchAll(/<a href="[^"#]*#(\d+)"/g)].map((m) => Number(m[1]));
          return targets.length === 0 ? [] : [{ text: inner.replace(/<[^>]+>/g, ''), targets }];
        }),
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
