/**
 * Golden files for the Panel report, in test/panel/golden/ (the same rules as the renderers'
 * goldens): a missing golden is written only with UPDATE_GOLDEN=1 and never in CI (CI=true), where
 * it fails; with UPDATE_GOLDEN=1 a changed golden is rewritten, so an intended change is one
 * command and a reviewable diff.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

export function assertGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, `${name}.golden`);
  const inCi = process.env.CI === 'true';
  const update = process.env.UPDATE_GOLDEN === '1' && !inCi;
  if (!existsSync(path)) {
    if (!update)
      assert.fail(
        `golden file ${path} is missing${inCi ? ' (CI never writes goldens)' : '; run the tests with UPDATE_GOLDEN=1 to write it, then review it'}`,
      );
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (update && expected !== actual) {
    writeFileSync(path, actual);
    return;
  }
  assert.equal(actual, expected, `output differs from ${path} (UPDATE_GOLDEN=1 rewrites it after review)`);
}

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
