/**
 * Sign-off: an author submits a quarter's statement once every section is ready; an approver reads
 * the draft statement and approves it (publishing a new, frozen version) or returns it with comments.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { audit } from '../audit.js';
import { refused } from '../auth/middleware.js';
import { may } from '../auth/roles.js';
import type { AppContext, AppEnv, Ctx } from '../context.js';
import { csrfField, select, textArea } from '../html/forms.js';
import { page } from '../html/layout.js';
import { priorityName } from '../html/names.js';
import { commentaryPeriods, commentarySections } from '../journeys/commentaryRecords.js';
import { publishVersion } from '../journeys/publishVersion.js';
import { draftStatement, statementHtml } from '../journeys/statementDraft.js';
import {
  decideVersion,
  type StatementVersion,
  statementVersion,
  statementVersions,
  submitVersion,
} from '../journeys/statementVersions.js';

const when = (d: Date | null) => (d ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '');
const STATUS = {
  submitted: 'Waiting for approval',
  returned: 'Returned',
  approved: 'Approved and published',
};
const TAG = { submitted: 'draft', returned: 'returned', approved: '' };

/** The statement's own page, with a policy that allows its inline styles and figures and no script. */
const STATEMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'";

export function signoffRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const overview = async (c: Ctx, errors: Problem[]) => {
    const session = c.get('session');
    const versions = await statementVersions(app.db);
    const periods = await commentaryPeriods(app.db);
    return c.html(
      page({
        title: 'Sign-off',
        session,
        section: 'signoff',
        errors,
        body: html`<h1>Sign-off of the quarterly statement</h1>
<table><caption>Versions, latest first</caption>
<thead><tr><th scope="col">Statement</th><th scope="col">Submitted</th><th scope="col">Status</th></tr></thead>
<tbody>${versions.map(
          (
            v,
          ) => html`<tr><td><a href="/signoff/${v.id}">${v.period}, version ${v.version}</a></td><td>${v.submittedBy}, ${when(v.submittedAt)}</td>
<td><span class="tag ${TAG[v.status]}">${STATUS[v.status]}</span></td></tr>`,
        )}</tbody></table>
${
  may(session.user.role, 'edit') && periods.length > 0
    ? html`<h2>Submit a statement for approval</h2>
<form method="post" action="/signoff" novalidate>${csrfField(session.csrfToken)}
${select({ name: 'period', label: 'Quarter', value: periods[0], errors, choices: periods.map((p) => [p, p] as const) })}
<button type="submit">Submit for approval</button></form>`
    : ''
}`,
      }),
      errors.length > 0 ? 422 : 200,
    );
  };

  routes.get('/signoff', (c) => overview(c, []));

  routes.post('/signoff', async (c) => {
    const denied = refused(c, 'edit');
    if (denied) return denied;
    const form = await c.req.parseBody();
    const period = typeof form.period === 'string' ? form.period : '';
    const sections = await commentarySections(app.db, period);
    if (sections.length === 0) return overview(c, [messages.app.notFound()]);
    const drafts = sections.filter((s) => s.status !== 'ready').map((s) => priorityName(s.priority));
    if (drafts.length > 0) return overview(c, [messages.app.commentaryStillDraft(drafts)]);
    const user = c.get('session').user;
    const id = await app.db.transaction(async (tx) => {
      const created = await submitVersion(tx, period, user.id);
      await audit(tx, user.username, 'statement submitted', `${period}`);
      return created;
    });
    return c.redirect(`/signoff/${id}`, 303);
  });

  const show = async (c: Ctx, version: StatementVersion, errors: Problem[]) => {
    const session = c.get('session');
    const deciding = version.status === 'submitted' && may(session.user.role, 'approve');
    return c.html(
      page({
        title: `${version.period} statement, version ${version.version}`,
        session,
        section: 'signoff',
        errors,
        body: html`<p><a href="/signoff">All versions</a></p>
<h1>${version.period} statement, version ${version.version}</h1>
<dl class="summary">
<dt>Status</dt><dd>${STATUS[version.status]}</dd>
<dt>Submitted</dt><dd>${version.submittedBy}, ${when(version.submittedAt)}</dd>
${version.decidedBy ? html`<dt>Decided</dt><dd>${version.decidedBy}, ${when(version.decidedAt)}</dd>` : ''}
${version.comments ? html`<dt>Comments</dt><dd>${version.comments}</dd>` : ''}
${version.figuresSha256 ? html`<dt>figures.json SHA-256</dt><dd><code>${version.figuresSha256}</code></dd><dt>Sources SHA-256</dt><dd><code>${version.sourcesSha256}</code></dd><dt>Published in</dt><dd>${version.publishedDir}</dd>` : ''}
</dl>
<p><a href="/signoff/${version.id}/statement">Read the ${version.status === 'approved' ? 'published' : 'draft'} statement</a> (opens the statement as it is printed)</p>
${
  deciding
    ? html`<h2>Approve and publish</h2>
<p>Approving publishes this statement as version ${version.version}: the figures are frozen (their SHA-256 is recorded) and no later version changes it.</p>
<form method="post" action="/signoff/${version.id}/approve" novalidate>${csrfField(session.csrfToken)}<button type="submit">Approve and publish</button></form>
<h2>Return with comments</h2>
<form method="post" action="/signoff/${version.id}/return" novalidate>${csrfField(session.csrfToken)}
${textArea({ name: 'comments', label: 'What needs to change', rows: 4, errors })}
<button type="submit" class="warning">Return the statement</button></form>`
    : ''
}`,
      }),
      errors.length > 0 ? 422 : 200,
    );
  };

  const versionOf = async (c: Ctx) => {
    const id = Number(c.req.param('id'));
    return Number.isInteger(id) ? statementVersion(app.db, id) : undefined;
  };

  routes.get('/signoff/:id{[0-9]+}', async (c) => {
    const version = await versionOf(c);
    return version ? show(c, version, []) : c.notFound();
  });

  routes.get('/signoff/:id{[0-9]+}/statement', async (c) => {
    const version = await versionOf(c);
    if (!version) return c.notFound();
    const text =
      version.status === 'approved' && version.publishedDir
        ? readFileSync(join(app.workspace.paths.root, version.publishedDir, 'statement.html'), 'utf8')
        : await statementHtml(await draftStatement(app, version.period));
    c.header('Content-Security-Policy', STATEMENT_CSP);
    return c.html(text);
  });

  routes.post('/signoff/:id{[0-9]+}/:decision{approve|return}', async (c) => {
    const denied = refused(c, 'approve');
    if (denied) return denied;
    const version = await versionOf(c);
    if (!version) return c.notFound();
    if (version.status !== 'submitted') return show(c, version, [messages.app.notSubmitted()]);
    const user = c.get('session').user;
    if (c.req.param('decision') === 'return') {
      const form = await c.req.parseBody();
      const comments = typeof form.comments === 'string' ? form.comments.trim() : '';
      if (!comments) return show(c, version, [messages.app.returnNeedsComments()]);
      await app.db.transaction(async (tx) => {
        if (await decideVersion(tx, version.id, { status: 'returned', userId: user.id, comments }))
          await audit(
            tx,
            user.username,
            'statement returned',
            `${version.period} v${version.version}`,
            comments,
          );
      });
      return c.redirect(`/signoff/${version.id}`, 303);
    }
    const prepared = await draftStatement(app, version.period);
    const decidedAt = app.clock().toISOString();
    const published = await publishVersion(prepared, app.workspace.paths.out, version.version, {
      period: version.period,
      submittedBy: version.submittedBy,
      approvedBy: user.username,
      approvedAt: decidedAt,
    });
    const dir = relative(app.workspace.paths.root, published.dir);
    await app.db.transaction(async (tx) => {
      await decideVersion(tx, version.id, {
        status: 'approved',
        userId: user.id,
        figuresSha256: published.figuresSha256,
        sourcesSha256: published.sourcesSha256,
        publishedDir: dir,
      });
      await audit(
        tx,
        user.username,
        'statement approved and published',
        `${version.period} v${version.version}`,
        `${dir}; figures.json ${published.figuresSha256}`,
      );
    });
    return c.redirect(`/signoff/${version.id}`, 303);
  });

  return routes;
}
