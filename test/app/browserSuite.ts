/**
 * The four journeys in a real browser (Debian's Chromium through playwright-core), on each store:
 * an author logs in, writes commentary with a wrong figure and sees the checker's message at its
 * line, corrects it and marks it ready, answers a question and submits the statement; an approver
 * reads the draft and approves it. axe-core checks every page on the way (WCAG 2.0-2.2 A and AA),
 * error pages included.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/report/render/pdf/chromium.js';
import { formatCount } from '../../src/stats/rounding.js';
import { chromiumPath } from '../report/helpers/chromium.js';
import { QUARTER } from '../site/fixture.js';
import { checkedFigure } from './checkedFigure.js';
import { demoPassword, startTestApp, type TestApp, type Variant } from './harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function browserSuite(variant: Variant, skip: false | string): void {
  describe(`the app in a browser on the ${variant} store`, { skip }, () => {
    let app: TestApp;
    let browser: Browser;
    const violations: string[] = [];
    const pagesChecked = new Set<string>();

    before(async () => {
      app = await startTestApp(variant);
      browser = await chromium.launch({
        executablePath: chromiumPath ?? '/usr/bin/chromium',
        args: [...CHROMIUM_ARGS],
      });
    });
    after(async () => {
      await browser?.close();
      await app?.stop();
    });

    /** axe on the page as it is now; violations are collected and asserted at the end. */
    async function axe(page: Page): Promise<void> {
      await page.addScriptTag({ content: axeSource });
      const result = (await page.evaluate(
        `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })`,
      )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
      const where = new URL(page.url()).pathname;
      pagesChecked.add(where);
      for (const v of result.violations)
        violations.push(
          `${where}: ${v.id}: ${v.help} at ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
        );
    }

    async function logIn(user: string): Promise<Page> {
      // bypassCSP: the app's policy forbids every script, axe's included.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultNavigationTimeout(240_000);
      await page.goto(`${app.base}/`);
      assert.match(page.url(), /\/login/);
      await axe(page);
      await page.getByLabel('User name').fill(user);
      await page.getByLabel('Password').fill(demoPassword(user));
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL(`${app.base}/`);
      await axe(page);
      return page;
    }

    test('an author writes commentary, answers a question and submits; an approver approves', {
      timeout: 10 * 60_000,
    }, async () => {
      const { right, text } = await checkedFigure(app);

      const page = await logIn('author');
      await page.getByRole('link', { name: 'Commentary', exact: true }).click();
      await axe(page);
      await page.getByRole('link', { name: QUARTER }).click();
      await axe(page);
      await page.getByRole('link', { name: 'Reduce neighbourhood crime' }).click();
      await axe(page);
      await page.getByLabel('Commentary (Markdown)').fill(text(right + 7));
      await page.getByLabel(/Ready for the statement/).check();
      await page.getByRole('button', { name: 'Save and check' }).click();
      const checker = page.locator('#checker');
      assert.match((await checker.textContent()) ?? '', new RegExp(`Line 3: .*${formatCount(right)}`));
      assert.match(
        (await page.locator('.error-summary').first().textContent()) ?? '',
        /cannot be marked ready/,
      );
      await axe(page);
      await page.getByLabel('Commentary (Markdown)').fill(text(right));
      await page.getByLabel(/Ready for the statement/).check();
      await page.getByRole('button', { name: 'Save and check' }).click();
      assert.match((await page.getByRole('status').textContent()) ?? '', /Saved and marked ready/);
      assert.match((await checker.textContent()) ?? '', /finds no figure/);

      await page.getByRole('link', { name: 'Questions', exact: true }).click();
      await axe(page);
      await page.locator('a[href^="/questions/"]').first().click();
      await axe(page);
      await page.getByLabel("The force's response").fill('The force has a new plan for this.');
      await page.getByLabel("The office's judgement").selectOption('answered');
      await page.getByRole('button', { name: 'Save the response' }).click();
      assert.match(
        (await page.locator('dl.summary').textContent()) ?? '',
        /The force has a new plan for this\./,
      );

      await page.getByRole('link', { name: 'Meetings', exact: true }).click();
      await axe(page);
      await page.getByRole('button', { name: 'Record the meeting' }).click();
      assert.match((await page.locator('.error-summary').textContent()) ?? '', /There is a problem/);
      await axe(page);

      await page.getByRole('link', { name: 'Sign-off', exact: true }).click();
      await axe(page);
      await page.getByRole('button', { name: 'Submit for approval' }).click();
      assert.match((await page.locator('dl.summary').textContent()) ?? '', /Waiting for approval/);
      await axe(page);
      const version = page.url();
      await page.getByRole('link', { name: 'Audit log', exact: true }).click();
      await axe(page);
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.waitForURL(/\/login/);

      const approver = await logIn('approver');
      await approver.goto(version);
      await approver.getByRole('link', { name: /Read the draft statement/ }).click();
      assert.match(
        (await approver.locator('h1').textContent()) ?? '',
        /National Crime and Policing Measures/,
      );
      await approver.goBack();
      await axe(approver);
      // Publishing writes every format, the PDF through Chromium: slow on a loaded machine.
      await approver.getByRole('button', { name: 'Approve and publish' }).click({ timeout: 240_000 });
      assert.match(
        (await approver.locator('dl.summary').textContent()) ?? '',
        /Approved and published[\s\S]*figures\.json SHA-256/,
      );
      await axe(approver);

      assert.deepEqual(violations, []);
      assert.ok(pagesChecked.size >= 10, `axe ran on ${[...pagesChecked].join(', ')}`);
      assert.deepEqual(app.errors, []);
    });
  });
}
