/**
 * The board pack's HTML checked by axe-core in Debian's Chromium against WCAG 2.2 A and AA, on a
 * desktop and a phone, with every chart's data table opened so that it is checked too. Without
 * Chromium (a user's clone) the test is skipped with the reason; in CI (CI=true) it always runs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { boardHtml } from '../../src/board/render/boardHtml.js';
import { CHROMIUM_ARGS, locateChromium } from '../../src/report/render/pdf/chromium.js';
import { documentOf, pack } from './helpers/fixture.js';

const location = locateChromium(process.env);
const chromiumPath = 'path' in location ? location.path : undefined;
const skip: false | string =
  chromiumPath !== undefined || process.env.CI === 'true'
    ? false
    : 'Chromium is absent (apt-get install chromium, or set SCRUTINY_CHROMIUM): accessibility test not run';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser | undefined;

before(async () => {
  if (skip === false)
    browser = await chromium.launch({
      executablePath: chromiumPath ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS],
    });
});
after(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(html: string, width: number): Promise<string[]> {
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    // Expressions evaluated in the page (this project's TypeScript has no DOM types).
    await page.evaluate("for (const details of document.querySelectorAll('details')) details.open = true");
    // Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses a script tag.
    await page.evaluate(axeSource);
    const tags = JSON.stringify(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
    const result = (await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ${tags} } })`,
    )) as {
      violations: Violation[];
    };
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  } finally {
    await page.close();
  }
}

test('the board pack has no WCAG 2.2 AA violations on a desktop or a phone', { skip }, async () => {
  const board = pack({ classification: 'OFFICIAL-SENSITIVE' });
  const html = boardHtml(board, await documentOf(board));
  for (const width of [1400, 375]) assert.deepEqual(await violations(html, width), [], `at ${width}px`);
});
