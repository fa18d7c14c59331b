/** The overview: the quarters with commentary, and for analysts the exchange with the workspace files. */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { refused } from '../auth/middleware.js';
import { may } from '../auth/roles.js';
import type { AppContext, AppEnv } from '../context.js';
import { csrfField } from '../html/forms.js';
import { page } from '../html/layout.js';
import { commentaryPeriods } from '../journeys/commentaryRecords.js';
import { exportWorkspace, importWorkspace } from '../journeys/workspaceExchange.js';

export function homeRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/', async (c) => {
    const session = c.get('session');
    const periods = await commentaryPeriods(app.db);
    const done = c.req.query('done');
    return c.html(
      page({
        title: 'Overview',
        session,
        section: 'home',
        body: html`<h1>${app.workspace.config.force.name}: the office's scrutiny work</h1>
${done ? html`<div class="notice" role="status">${done === 'import' ? 'The workspace files were imported.' : 'The workspace files were written.'}</div>` : ''}
<h2>Commentary by quarter</h2>
${periods.length === 0 ? html`<p>No commentary yet.</p>` : html`<ul>${periods.map((p) => html`<li><a href="/commentary/${encodeURIComponent(p)}">${p}</a></li>`)}</ul>`}
<h2>Other work</h2>
<ul>
<li><a href="/questions">Scrutiny questions</a>: raise, answer and close</li>
<li><a href="/meetings">Meetings</a>: the Board, the Panel and the weekly meeting</li>
<li><a href="/decisions">Decisions</a> and <a href="/activities">key activities</a>: for the Panel report's agenda items</li>
<li><a href="/signoff">Sign-off</a>: submit the statement, approve or return it</li>
<li><a href="/audit">Audit log</a>: who changed what, and when</li>
</ul>
${
  may(session.user.role, 'exchange-files')
    ? html`<h2>Workspace files</h2>
<p>The files in the workspace (commentary and governance records) are how the app and the command line share work. Import reads them into the app; export writes the app's records back to them.</p>
<form method="post" action="/workspace/import">${csrfField(session.csrfToken)}<button type="submit" class="secondary">Import from the workspace files</button></form>
<form method="post" action="/workspace/export">${csrfField(session.csrfToken)}<button type="submit" class="secondary">Export to the workspace files</button></form>`
    : ''
}`,
      }),
    );
  });

  routes.post('/workspace/:direction{import|export}', async (c) => {
    const denied = refused(c, 'exchange-files');
    if (denied) return denied;
    const direction = c.req.param('direction');
    const username = c.get('session').user.username;
    if (direction === 'import') await importWorkspace(app.db, app.workspace, username);
    else await exportWorkspace(app.db, app.workspace, username);
    return c.redirect(`/?done=${direction}`, 303);
  });

  return routes;
}
