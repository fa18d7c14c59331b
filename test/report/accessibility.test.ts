/**
 * The statement's HTML checked by axe-core in Chromium against WCAG 2.2 A and AA (the standard
 * a public body's website must meet), with every figure's data table opened so it is checked too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { renderHtml } from '../../src/report/render/html/renderHtml.js';
import { CHROMIUM_ARGS } from '../../src/report/render/pdf/chromium.js';
import { sampleDocument } from './fixtures/sampleDocument.js';
import { chromiumPath, skipWithoutChromium } from './helpers/chromium.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser | undefined;

before(async () => {
  if (skipWithoutChromium === false) {
    browser = await chromium.launch({
      executablePath: chromiumPath ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS],
    });
  }
});
after(async () => {
  await browser?.close();
});

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

async function axeViolations(html: string, width: number): Promise<AxeResult['violations']> {
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
    )) as AxeResult;
    return result.violations;
  } finally {
    await page.close();
  }
}

test('the statement has no WCAG 2.2 AA violations on a desktop or a phone', {
  skip: skipWithoutChromium,
}, async () => {
  const html = renderHtml(await sampleDocument());
  for (const width of [1280, 375]) {
    const violations = await axeViolations(html, width);
    assert.deepEqual(
      violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
      [],
      `at ${width}px`,
    );
  }
});
