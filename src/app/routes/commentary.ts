/**
 * The commentary editor: for a quarter and a priority, the Markdown text beside the figures, the
 * commentary checker's findings at their lines (run on every save, the same check as
 * `scrutiny check`), and a preview. A section is marked ready only when the checker finds nothing.
 */
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { PRIORITIES } from '../../catalogue/measures/schema.js';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import type { CommentaryFinding } from '../../narrative/commentary/finding.js';
import { checkPeriodCommentary, findingProblem } from '../../narrative/commentaryFiles.js';
import { audit } from '../audit.js';
import { refused } from '../auth/middleware.js';
import { may } from '../auth/roles.js';
import type { AppContext, AppEnv, Ctx } from '../context.js';
import { figuresTable } from '../html/figuresTable.js';
import { csrfField, textArea } from '../html/forms.js';
import { type Html, page, sentence } from '../html/layout.js';
import { commentaryHtml } from '../html/markdownPreview.js';
import { priorityName } from '../html/names.js';
import {
  type CommentarySection,
  commentaryFile,
  commentaryPeriods,
  commentarySection,
  commentarySections,
  saveCommentary,
} from '../journeys/commentaryRecords.js';
import { periodOf } from '../journeys/periodParam.js';

const SECTIONS: readonly string[] = ['overview', ...PRIORITIES];

export function commentaryRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const findingsOf = async (period: string, priority: string, body: string) => {
    const prepared = await app.figures.prepared(period);
    return checkPeriodCommentary(
      [commentaryFile({ period, priority, body })],
      prepared.input.result,
      prepared.period,
    );
  };

  routes.get('/commentary', async (c) => {
    const periods = await commentaryPeriods(app.db);
    return c.html(
      page({
        title: 'Commentary',
        session: c.get('session'),
        section: 'commentary',
        body: html`<h1>Commentary</h1>
${periods.length === 0 ? html`<p>No commentary yet: an analyst can import it from the workspace files on the overview page.</p>` : html`<ul>${periods.map((p) => html`<li><a href="/commentary/${encodeURIComponent(p)}">${p}</a></li>`)}</ul>`}`,
      }),
    );
  });

  routes.get('/commentary/:period', async (c) => {
    const period = periodOf(c.req.param('period'));
    if (!period) return c.notFound();
    const sections = new Map((await commentarySections(app.db, period)).map((s) => [s.priority, s]));
    return c.html(
      page({
        title: `Commentary for ${period}`,
        session: c.get('session'),
        section: 'commentary',
        body: html`<h1>Commentary for ${period}</h1>
<table><caption>Sections</caption>
<thead><tr><th scope="col">Section</th><th scope="col">Status</th><th scope="col">Last saved</th></tr></thead>
<tbody>${SECTIONS.map((priority) => {
          const s = sections.get(priority);
          return html`<tr><th scope="row"><a href="/commentary/${encodeURIComponent(period)}/${priority}">${priorityName(priority)}</a></th>
<td>${s ? html`<span class="tag ${s.status}">${s.status === 'ready' ? 'Ready' : 'Draft'}</span>` : 'Not started'}</td>
<td>${s?.updatedBy ? `${s.updatedBy}, ${s.updatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}</td></tr>`;
        })}</tbody></table>`,
      }),
    );
  });

  const editor = async (
    c: Ctx,
    period: string,
    priority: string,
    shown: Pick<CommentarySection, 'body' | 'status' | 'revision'>,
    findings: readonly CommentaryFinding[],
    errors: readonly Problem[],
    status: 200 | 409 | 422,
    saved = false,
  ) => {
    const session = c.get('session');
    const prepared = await app.figures.prepared(period);
    const measures = prepared.input.result.measures.filter((m) => m.priority === priority);
    const editable = may(session.user.role, 'edit');
    return c.html(
      page({
        title: `${priorityName(priority)}, ${period}`,
        session,
        section: 'commentary',
        errors,
        body: html`<p><a href="/commentary/${encodeURIComponent(period)}">All sections for ${period}</a></p>
<h1>${priorityName(priority)}: commentary for ${period}</h1>
${saved ? html`<div class="notice" role="status">Saved${shown.status === 'ready' ? ' and marked ready' : ' as a draft'}.</div>` : ''}
<div class="columns">
<div>
${checkerPanel(findings)}
${
  editable
    ? html`<form method="post" action="/commentary/${encodeURIComponent(period)}/${priority}" novalidate>
${csrfField(session.csrfToken)}
<input type="hidden" name="revision" value="${shown.revision}">
${textArea({ name: 'body', label: 'Commentary (Markdown)', hint: 'A heading (## Robbery) starts the section of one measure. The checker compares every figure with the data when you save.', value: shown.body, rows: 18, errors })}
<fieldset><legend>Status</legend>
<div class="radio"><input type="radio" id="status-draft" name="status" value="draft"${shown.status === 'draft' ? raw(' checked') : ''}><label for="status-draft">Draft</label></div>
<div class="radio"><input type="radio" id="status-ready" name="status" value="ready"${shown.status === 'ready' ? raw(' checked') : ''}><label for="status-ready">Ready for the statement (only when the checker finds nothing)</label></div>
</fieldset>
<button type="submit">Save and check</button>
</form>`
    : html`<p>Your role can read the commentary but not change it.</p>`
}
<h2>Preview</h2>
<div class="preview">${raw(commentaryHtml(shown.body))}</div>
</div>
<div>${figuresTable(measures, period)}</div>
</div>`,
      }),
      status,
    );
  };

  routes.get('/commentary/:period/:priority', async (c) => {
    const period = periodOf(c.req.param('period'));
    const priority = c.req.param('priority');
    if (!period || !SECTIONS.includes(priority)) return c.notFound();
    const section = await commentarySection(app.db, period, priority);
    const shown = section ?? { body: '', status: 'draft' as const, revision: 0 };
    return editor(
      c,
      period,
      priority,
      shown,
      await findingsOf(period, priority, shown.body),
      [],
      200,
      c.req.query('saved') === '1',
    );
  });

  routes.post('/commentary/:period/:priority', async (c) => {
    const denied = refused(c, 'edit');
    if (denied) return denied;
    const period = periodOf(c.req.param('period'));
    const priority = c.req.param('priority');
    if (!period || !SECTIONS.includes(priority)) return c.notFound();
    const form = await c.req.parseBody();
    const body = typeof form.body === 'string' ? form.body.replace(/\r\n/g, '\n') : '';
    const wantsReady = form.status === 'ready';
    const revision = Number(form.revision ?? 0);
    const findings = await findingsOf(period, priority, body);
    const status = wantsReady && findings.length === 0 ? 'ready' : 'draft';
    const user = c.get('session').user;
    const saved = await app.db.transaction(async (tx) => {
      const ok = await saveCommentary(tx, { period, priority, body, status, revision, userId: user.id });
      if (ok)
        await audit(
          tx,
          user.username,
          'commentary saved',
          `${period} ${priority}`,
          `${status}, ${findings.length} checker finding(s)`,
        );
      return ok;
    });
    if (!saved)
      return editor(
        c,
        period,
        priority,
        { body, status, revision },
        findings,
        [messages.app.staleEdit()],
        409,
      );
    if (wantsReady && findings.length > 0) {
      const current = await commentarySection(app.db, period, priority);
      return editor(
        c,
        period,
        priority,
        current!,
        findings,
        [messages.app.commentaryNotReady(findings.length)],
        422,
      );
    }
    return c.redirect(`/commentary/${encodeURIComponent(period)}/${priority}?saved=1`, 303);
  });

  return routes;
}

/** The checker's findings, each at its line, with what the figures say. */
function checkerPanel(findings: readonly CommentaryFinding[]): Html {
  if (findings.length === 0)
    return html`<div class="notice" id="checker"><h2>Checker</h2><p>The checker finds no figure, measure or period that disagrees with the data.</p></div>`;
  return html`<div class="error-summary" id="checker"><h2>Checker: ${findings.length} place${findings.length === 1 ? '' : 's'} disagree${findings.length === 1 ? 's' : ''} with the data</h2>
<ul class="findings">${findings.map((f) => html`<li>Line ${f.line}: ${sentence(findingProblem(f, true))}</li>`)}</ul></div>`;
}
