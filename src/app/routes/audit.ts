/** The audit log: the latest entries on a page, and every entry as CSV. */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { csv } from '../../site/downloads/csv.js';
import { auditEntries } from '../audit.js';
import type { AppContext, AppEnv } from '../context.js';
import { page } from '../html/layout.js';

const SHOWN = 200;

export function auditRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/audit', async (c) => {
    const entries = await auditEntries(app.db, SHOWN);
    return c.html(
      page({
        title: 'Audit log',
        session: c.get('session'),
        section: 'audit',
        body: html`<h1>Audit log</h1>
<p>Every change made in the app, newest first. The log can only be added to: the database refuses to change or delete an entry.</p>
<p><a href="/audit.csv" download>Download the whole log (CSV)</a></p>
<table><caption>The latest ${SHOWN} entries</caption>
<thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Record</th></tr></thead>
<tbody>${entries.map(
          (e) =>
            html`<tr><td>${e.at.toISOString().slice(0, 19).replace('T', ' ')}</td><td>${e.username}</td><td>${e.action}</td><td>${e.subject}</td></tr>`,
        )}</tbody></table>`,
      }),
    );
  });

  routes.get('/audit.csv', async (c) => {
    const entries = await auditEntries(app.db);
    const rows = entries.map((e) => [e.id, e.at.toISOString(), e.username, e.action, e.subject, e.detail]);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="scrutiny-audit-log.csv"');
    return c.body(csv(['id', 'at', 'user', 'action', 'record', 'detail'], rows));
  });

  return routes;
}
