/**
 * The links inside a PDF, page by page, as poppler's pdftohtml reads them: for each page, the
 * pages its links go to. Chromium turns a link to an anchor of the same HTML (href="#appendix-a")
 * into a link to the page the anchor printed on; a link to an anchor that is not there prints as
 * plain text, with no link at all.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../scratch.js';

/** For each page (index 0 is page 1), the pages (from 1) its links inside the document go to. */
export function pdfInternalLinks(pdf: Uint8Array): number[][] {
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
      .map((page) => [...page.matchAll(/<a href="[^"#]*#(\d+)"/g)].map((m) => Number(m[1])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
