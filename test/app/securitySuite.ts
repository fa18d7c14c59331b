/**
 * The app's security and journeys over HTTP, run by app-embedded.test.ts and app-postgresql.test.ts
 * against each store: nothing without login but /health, a CSRF token on every form, roles enforced,
 * commentary checked on save and neutralised in the preview, the audit log append-only.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { catalogueMeasureIds, loadGovernance } from '../../src/governance/index.js';
import { formatCount } from '../../src/stats/rounding.js';
import { loadConfig } from '../../src/workspace/loadConfig.js';
import { QUARTER } from '../site/fixture.js';
import { checkedFigure } from './checkedFigure.js';
import { Client, startTestApp, type TestApp, type Variant } from './harness.js';

const PAGES = [
  '/',
  '/commentary',
  `/commentary/${encodeURIComponent(QUARTER)}`,
  '/questions',
  '/meetings',
  '/signoff',
  '/audit',
  '/audit.csv',
];
const editorPath = (priority: string) => `/commentary/${encodeURIComponent(QUARTER)}/${priority}`;

export function securitySuite(variant: Variant, skip: false | string): void {
  describe(`the app over HTTP on the ${variant} store`, { skip }, () => {
    let app: TestApp;
    let author: Client;
    let viewer: Client;
    let approver: Client;

    before(async () => {
      app = await startTestApp(variant);
      author = await Client.login(app.base, 'author');
      viewer = await Client.login(app.base, 'viewer');
      approver = await Client.login(app.base, 'approver');
    });
    after(async () => {
      await app?.stop();
    });

    const commentaryRow = async (priority: string) =>
      (
        await app.opened.context.db.query<{ body: string; status: string }>(
          'SELECT body, status FROM commentary WHERE period = $1 AND priority = $2',
          [QUARTER, priority],
        )
      )[0];

    test('nothing is served without a login except /health, and a POST changes nothing', async () => {
      const anonymous = new Client(app.base);
      assert.equal(await (await anonymous.get('/health')).text(), 'ok');
      for (const path of [...PAGES, `${editorPath('homicide')}`, '/nowhere']) {
        const response = await anonymous.get(path);
        assert.equal(response.status, 303, path);
        assert.match(response.headers.get('location') ?? '', /^\/login/, path);
      }
      const posted = await anonymous.post(editorPath('homicide'), {
        body: 'changed',
        status: 'draft',
        revision: '0',
      });
      assert.equal(posted.status, 303);
      assert.equal(await commentaryRow('homicide'), undefined);
    });

    test('the session cookie is HTTP-only, Secure and SameSite=Strict; a wrong password is refused', async () => {
      const client = new Client(app.base);
      const ok = await client.attemptLogin('analyst', 'midshire-analyst');
      const cookie = ok.headers.getSetCookie().find((c) => c.startsWith('scrutiny_session='));
      assert.ok(cookie);
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /Secure/i);
      assert.match(cookie, /SameSite=Strict/i);
      const wrong = await client.attemptLogin('analyst', 'not-the-password');
      assert.equal(wrong.status, 401);
      assert.match(await wrong.text(), /The user name or password is not right/);
    });

    test('every page answers a logged-in colleague, with no script allowed', async () => {
      for (const path of PAGES) {
        const response = await viewer.get(path);
        assert.equal(response.status, 200, path);
        assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/, path);
      }
    });

    test('a form without the CSRF token, or with another session’s, is refused and changes nothing', async () => {
      const form = { body: 'Text', status: 'draft', revision: '0' };
      assert.equal((await author.post(editorPath('homicide'), { ...form, csrf: undefined })).status, 403);
      assert.equal((await author.post(editorPath('homicide'), { ...form, csrf: viewer.csrf })).status, 403);
      assert.equal(await commentaryRow('homicide'), undefined);
      const login = await fetch(`${app.base}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'author', password: 'midshire-author' }),
        redirect: 'manual',
      });
      assert.equal(login.status, 403);
    });

    test('a viewer cannot edit: no form on the page, and a POST is refused', async () => {
      const page = await (await viewer.get(editorPath('homicide'))).text();
      assert.doesNotMatch(page, /<textarea/);
      const response = await viewer.post(editorPath('homicide'), {
        body: 'Viewer text',
        status: 'draft',
        revision: '0',
      });
      assert.equal(response.status, 403);
      assert.equal(await commentaryRow('homicide'), undefined);
      const raise = await viewer.post('/questions', {
        text: 'a question',
        'raised_in.period': QUARTER,
        date: '2023-04-01',
      });
      assert.equal(raise.status, 403);
    });

    test('the checker shows a wrong figure with the one the data give, and a section with one cannot be ready', async () => {
      const { right, text } = await checkedFigure(app);
      const wrong = await author.post(editorPath('neighbourhood_crime'), {
        body: text(right + 7),
        status: 'ready',
        revision: '1',
      });
      assert.equal(wrong.status, 422);
      const page = await wrong.text();
      assert.match(page, /cannot be marked ready while the checker finds 1 place/);
      assert.match(page, new RegExp(`Line 3: .*${formatCount(right).replace(/,/g, ',')}`));
      assert.equal((await commentaryRow('neighbourhood_crime'))?.status, 'draft');
      const fixed = await author.post(editorPath('neighbourhood_crime'), {
        body: text(right),
        status: 'ready',
        revision: '2',
      });
      assert.equal(fixed.status, 303);
      assert.equal((await commentaryRow('neighbourhood_crime'))?.status, 'ready');
      // Saving over a revision someone else has replaced is refused, and the text is kept on the page.
      const stale = await author.post(editorPath('neighbourhood_crime'), {
        body: 'Late text',
        status: 'draft',
        revision: '2',
      });
      assert.equal(stale.status, 409);
      assert.match(await stale.text(), /Late text/);
    });

    test('HTML and javascript: links in commentary are shown as text, never run', async () => {
      const body =
        'Intro <script>alert(1)</script> and <img src=x onerror=alert(2)>.\n\n[Click me](javascript:alert(3)) and [ok](https://www.gov.uk/).\n';
      assert.equal(
        (await author.post(editorPath('cyber_crime'), { body, status: 'draft', revision: '0' })).status,
        303,
      );
      const page = await (await viewer.get(editorPath('cyber_crime'))).text();
      assert.doesNotMatch(page, /<script/i);
      assert.doesNotMatch(page, /<img/i);
      assert.doesNotMatch(page, /href="javascript:/i);
      assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.match(page, /<a href="https:\/\/www\.gov\.uk\/">ok<\/a>/);
    });

    test('questions: raised with a field in plain words when wrong, answered and closed', async () => {
      const bad = await author.post('/questions', {
        text: '',
        'raised_in.period': 'last spring',
        'raised_in.report': 'Report',
        date: '2023-02-30',
      });
      assert.equal(bad.status, 422);
      const page = await bad.text();
      assert.match(page, /href="#f-text"/);
      assert.match(page, /href="#f-date"/);
      assert.match(page, /a real date written YYYY-MM-DD/);
      const raised = await author.post('/questions', {
        text: 'the burglary rate',
        'raised_in.period': QUARTER,
        'raised_in.report': 'OPCC Performance Scrutiny report',
        date: '2023-04-05',
        measures: '',
      });
      assert.equal(raised.status, 303);
      const path = raised.headers.get('location') ?? '';
      const answered = await author.post(`${path}/answer`, {
        'response.text': 'A plan is in place.',
        'response.date': '2023-04-20',
        status: 'assured',
      });
      assert.equal(answered.status, 303);
      assert.equal((await author.post(`${path}/close`, { closed: '2023-04-21' })).status, 303);
      assert.match(await (await viewer.get(path)).text(), /Closed<\/span>[\s\S]*A plan is in place/);
    });

    test('an author cannot approve; an approver approves once, publishing a frozen version', async () => {
      const [{ n: drafts }] = (await app.opened.context.db.query<{ n: number }>(
        "SELECT count(*)::integer AS n FROM commentary WHERE period = $1 AND status <> 'ready'",
        [QUARTER],
      )) as [{ n: number }];
      // Every section must be ready first: mark the drafts ready (they have no figures to check).
      await app.opened.context.db.query(
        "UPDATE commentary SET status = 'ready' WHERE period = $1 AND body NOT LIKE '%<script>%'",
        [QUARTER],
      );
      await app.opened.context.db.query(
        "DELETE FROM commentary WHERE period = $1 AND body LIKE '%<script>%'",
        [QUARTER],
      );
      assert.ok(drafts >= 1);
      const submitted = await author.post('/signoff', { period: QUARTER });
      assert.equal(submitted.status, 303);
      const version = submitted.headers.get('location') ?? '';
      assert.equal((await author.post(`${version}/approve`, {})).status, 403);
      assert.equal((await viewer.post(`${version}/approve`, {})).status, 403);
      const draft = await approver.get(`${version}/statement`);
      assert.equal(draft.status, 200);
      assert.match(await draft.text(), /National Crime and Policing Measures/);
      assert.equal((await approver.post(`${version}/approve`, {})).status, 303);
      const shown = await (await approver.get(version)).text();
      assert.match(shown, /Approved and published/);
      const [row] = await app.opened.context.db.query<{ figures_sha256: string; published_dir: string }>(
        'SELECT figures_sha256, published_dir FROM statement_version WHERE id = $1',
        [Number(version.split('/').pop())],
      );
      assert.match(row?.figures_sha256 ?? '', /^[0-9a-f]{64}$/);
      assert.match(row?.published_dir ?? '', /^out\/published\/2022-23-q4\/v1$/);
      // A decision is final: approving again is refused and the database refuses to change it.
      assert.equal((await approver.post(`${version}/approve`, {})).status, 422);
      await assert.rejects(app.opened.context.db.query("UPDATE statement_version SET status = 'returned'"));
    });

    test('a statement returned needs comments, and the return is recorded as its own version', async () => {
      const submitted = await author.post('/signoff', { period: QUARTER });
      assert.equal(submitted.status, 303);
      const version = submitted.headers.get('location') ?? '';
      const bare = await approver.post(`${version}/return`, { comments: ' ' });
      assert.equal(bare.status, 422);
      assert.match(await bare.text(), /Say what needs to change/);
      assert.equal(
        (await approver.post(`${version}/return`, { comments: 'The robbery paragraph needs the rate.' }))
          .status,
        303,
      );
      const page = await (await author.get(version)).text();
      assert.match(page, /version 2/);
      assert.match(page, /Returned[\s\S]*The robbery paragraph needs the rate\./);
    });

    test('the audit log records every change, exports as CSV, and cannot be changed', async () => {
      const csv = await (await viewer.get('/audit.csv')).text();
      assert.match(csv, /^id,at,user,action,record,detail\r\n/);
      assert.match(csv, /author,commentary saved,Q4 2022\/23 neighbourhood_crime/);
      assert.match(csv, /author,question answered/);
      assert.match(csv, /approver,statement approved and published/);
      await assert.rejects(app.opened.context.db.query("UPDATE audit_log SET username = 'someone'"));
      await assert.rejects(app.opened.context.db.query('DELETE FROM audit_log'));
    });

    test('export writes the workspace files the command line reads; import reads them back', async () => {
      assert.equal((await author.post('/workspace/export', {})).status, 403);
      const analyst = await Client.login(app.base, 'analyst');
      assert.equal((await analyst.post('/workspace/export', {})).status, 303);
      const { paths } = app;
      const governance = loadGovernance(paths.governance, {
        knownMeasures: catalogueMeasureIds(paths.root, loadConfig(paths.config).satisfaction.cohorts),
      });
      const answered = governance.questions.find((q) => q.response?.text === 'A plan is in place.');
      assert.equal(answered?.status, 'closed');
      const file = join(paths.commentary, '2022-23-Q4', 'neighbourhood_crime.md');
      assert.match(readFileSync(file, 'utf8'), /volumes \(n=/);
      writeFileSync(file, 'Edited in git.\n');
      assert.equal((await analyst.post('/workspace/import', {})).status, 303);
      assert.equal((await commentaryRow('neighbourhood_crime'))?.body, 'Edited in git.\n');
    });

    test('logins are throttled after five failures for one name', async () => {
      const client = new Client(app.base);
      for (let i = 0; i < 5; i++)
        assert.equal((await client.attemptLogin('viewer', 'wrong password')).status, 401);
      const blocked = await client.attemptLogin('viewer', 'midshire-viewer');
      assert.equal(blocked.status, 429);
      assert.match(await blocked.text(), /Too many attempts to log in/);
      assert.deepEqual(app.errors, []);
    });
  });
}
