/**
 * The demo site in a real browser (Debian's Chromium through playwright-core), served on 127.0.0.1
 * by the preview server. Starting from the home page, every page is reached by following links,
 * and on every page:
 *   - no console error and no uncaught exception;
 *   - every internal link and download answers 200 (no broken link), and no page is left unlinked;
 *   - axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation (with every data table opened);
 * plus keyboard basics (the skip link comes first and moves focus to the content) and the phone
 * layout (nothing wider than a 390-pixel screen). Screenshots of the home page and a measure page
 * at 1280 and 390 pixels are kept in test-artifacts/.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { serveStatic } from '../../src/jobs/site/serve/staticServer.js';
import { SiteBuilder } from '../../src/jobs/site/siteBuilder.js';
import { CHROMIUM_ARGS } from '../../src/report/render/pdf/chromium.js';
import { chromiumPath, skipWithoutChromium } from '../report/helpers/chromium.js';
import { demoWorkspace } from './fixture.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-artifacts');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser | undefined;
let server: Server | undefined;
let base = '';
let siteDir = '';

before(async () => {
  if (skipWithoutChromium !== false) return;
  const paths = await demoWorkspace();
  const build = await new SiteBuilder(paths, {
    version: 'test',
    now: () => new Date('2023-04-21T10:00:00Z'),
    diskCache: false,
  }).build();
  siteDir = build.dir;
  server = await serveStatic(siteDir, 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await chromium.launch({
    executablePath: chromiumPath ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
});

after(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

interface Visit {
  readonly consoleErrors: string[];
  readonly links: string[];
  readonly violations: string[];
}

async function visit(url: string): Promise<Visit> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, url);
    // Expressions evaluated in the page (this project's TypeScript has no DOM types).
    const links = (await page.evaluate(
      "[...document.querySelectorAll('a[href], link[href]')].map((a) => a.href)",
    )) as string[];
    await page.evaluate("for (const d of document.querySelectorAll('details')) d.open = true");
    // Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses a script tag.
    await page.evaluate(axeSource);
    const result = (await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })`,
    )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const violations = result.violations.map(
      (v) =>
        `${v.id}: ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
    return { consoleErrors, links, violations };
  } finally {
    await page.close();
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

test('every page: no console error, no broken link, no WCAG 2.2 AA violation, none left unlinked', {
  skip: skipWithoutChromium,
  timeout: 30 * 60_000,
}, async () => {
  const queue = [base];
  const seen = new Set(queue);
  const checkedDownloads = new Set<string>();
  const problems: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const result = await visit(url);
    for (const e of result.consoleErrors) problems.push(`${url}: console error ${e}`);
    for (const v of result.violations) problems.push(`${url}: ${v}`);
    for (const link of result.links) {
      const target = new URL(link);
      if (target.origin !== new URL(base).origin) continue;
      target.hash = '';
      const clean = target.href;
      if (clean.endsWith('.html') || clean.endsWith('/')) {
        if (!seen.has(clean)) {
          seen.add(clean);
          queue.push(clean);
        }
      } else if (!checkedDownloads.has(clean)) {
        checkedDownloads.add(clean);
        const response = await fetch(clean, { method: 'HEAD' });
        if (response.status !== 200) problems.push(`${url}: broken link ${clean} (${response.status})`);
      }
    }
  }
  assert.deepEqual(problems, []);
  const reached = new Set([...seen].map((u) => new URL(u).pathname.replace(/\/$/, '/index.html')));
  const unlinked = htmlFiles(siteDir)
    .map((f) => `/${relative(siteDir, f).split('\\').join('/')}`)
    .filter((p) => !reached.has(p));
  assert.deepEqual(unlinked, [], 'pages no link leads to');
  assert.ok(seen.size > 100, `${seen.size} pages visited`);
  assert.ok(checkedDownloads.size > 50, `${checkedDownloads.size} downloads checked`);
});

test('keyboard: the skip link is the first stop and takes focus to the main content', {
  skip: skipWithoutChromium,
}, async () => {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${base}measures/residential-burglary.html`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Skip to main content');
    // The focused skip link is visible (it sits off-screen until focused).
    const top = (await page.evaluate('document.activeElement.getBoundingClientRect().top')) as number;
    assert.ok(top >= 0, `the focused skip link is on screen (top ${top})`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate('location.hash'), '#main');
  } finally {
    await page.close();
  }
});

test('phone and desktop: nothing wider than the screen; screenshots kept', {
  skip: skipWithoutChromium,
}, async () => {
  mkdirSync(artifacts, { recursive: true });
  for (const [name, path] of [
    ['home', ''],
    ['measure', 'measures/residential-burglary.html'],
    ['district', 'districts/northwold/residential-burglary.html'],
  ] as const) {
    for (const width of [1280, 390]) {
      const page = await browser!.newPage({ viewport: { width, height: 900 } });
      try {
        await page.goto(`${base}${path}`);
        const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        assert.ok(scrollWidth <= width, `${name} at ${width}px scrolls sideways (${scrollWidth}px)`);
        await page.screenshot({ path: join(artifacts, `site-${name}-${width}.png`), fullPage: true });
      } finally {
        await page.close();
      }
    }
  }
});

test('a javascript: link injected in commentary, or into the page, runs no script when clicked', {
  skip: skipWithoutChromium,
}, async () => {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  try {
    await page.goto(`${base}priorities/neighbourhood-crime.html`);
    const title = await page.title();
    // The commentary's javascript: and data: links are plain words; its https link is a link.
    const hostile = "a[href^='javascript:' i], a[href^='data:' i], a[href^='vbscript:' i]";
    assert.equal(await page.evaluate(`document.querySelectorAll("${hostile}").length`), 0);
    assert.equal(
      await page.evaluate(`document.querySelector("a[href='https://www.gov.uk/']")?.textContent`),
      'the national guidance',
    );
    // Their words are kept, outside any link.
    for (const words of ["the force's burglary page", 'the leaflet']) {
      const main = (await page.evaluate('document.querySelector("main").textContent')) as string;
      assert.ok(main.includes(words), words);
      assert.equal(
        await page.evaluate(
          `[...document.querySelectorAll('a')].some((a) => a.textContent.includes(${JSON.stringify(words)}))`,
        ),
        false,
        `${words} is not a link`,
      );
    }
    // A link that reached the page by another road: the Content-Security-Policy refuses to run it.
    await page.evaluate(`(() => {
      const a = document.createElement('a');
      a.id = 'injected';
      a.href = "javascript:document.title='INJECTED'";
      a.textContent = 'injected';
      document.querySelector('main').append(a);
    })()`);
    await page.click('#injected');
    await page.waitForTimeout(300);
    assert.equal(await page.title(), title);
    assert.equal(page.url(), `${base}priorities/neighbourhood-crime.html`);
    assert.ok(
      messages.some((m) => /Content Security Policy/i.test(m)),
      `the policy reported the refusal: ${messages.join(' | ')}`,
    );
  } finally {
    await page.close();
  }
});
