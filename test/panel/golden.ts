/** Golden files of the Panel report tests, in test/panel/golden/ (rules in test/helpers/golden.ts). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenAsserter } from '../helpers/golden.js';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

export const assertGolden = goldenAsserter(GOLDEN_DIR);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The text of an HTML page as a reader sees it, one block per line: styles and inline SVG charts
 * are left out (the charts have their own tests), so the golden shows the words and numbers.
 */
export function htmlText(html: string): string {
  return `${html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '[chart]')
    // Cells first: once rows become line breaks, a row's last cell would join the next row's first.
    .replace(/<\/t[dh]>\s*<t[dh][^>]*>/g, ' | ')
    .replace(
      /<(\/?)(p|h[1-6]|li|tr|caption|figcaption|header|footer|table|ul|ol|div|section|figure|details|summary|title)\b[^>]*>/g,
      '\n',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')}\n`;
}
