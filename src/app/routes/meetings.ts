/** Meetings: the list, and recording one (the Board, the Panel, the weekly meeting and others). */
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Problem } from '../../errors/problem.js';
import { MEETING_TYPE_NAMES } from '../../governance/index.js';
import { MEETING_STATUSES, MEETING_TYPES } from '../../governance/schemas/meeting.js';
import { refused } from '../auth/middleware.js';
import { may } from '../auth/roles.js';
import type { AppContext, AppEnv, Ctx } from '../context.js';
import { csrfField, select, textArea, textInput } from '../html/forms.js';
import { page } from '../html/layout.js';
import { defined, field, saveRecord } from '../journeys/governanceEdit.js';
import { recordsOf } from '../journeys/governanceRecords.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const typeName = (t: unknown) => (MEETING_TYPE_NAMES as Record<string, string>)[str(t)] ?? str(t);

export function meetingRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const list = async (c: Ctx, form: Record<string, unknown>, errors: Problem[]) => {
    const session = c.get('session');
    const meetings = [...(await recordsOf(app.db, 'meetings'))].sort((a, b) =>
      str(b.date).localeCompare(str(a.date)),
    );
    return c.html(
      page({
        title: 'Meetings',
        session,
        section: 'meetings',
        errors,
        body: html`<h1>Meetings</h1>
<table><caption>Meetings, latest first</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Meeting</th><th scope="col">Status</th><th scope="col">Focus or notes</th></tr></thead>
<tbody>${meetings.map(
          (m) =>
            html`<tr><td>${str(m.date)}</td><td>${str(m.title) || typeName(m.type)}</td><td>${str(m.status)}</td><td>${str(m.focus_topic) || str(m.notes)}</td></tr>`,
        )}</tbody></table>
${
  may(session.user.role, 'edit')
    ? html`<h2>Record a meeting</h2>
<form method="post" action="/meetings" novalidate>${csrfField(session.csrfToken)}
${select({ name: 'type', label: 'Meeting', value: str(form.type ?? 'gpb'), errors, choices: MEETING_TYPES.map((t) => [t, MEETING_TYPE_NAMES[t]] as const) })}
${textInput({ name: 'date', label: 'Date', hint: 'YYYY-MM-DD', value: str(form.date), errors })}
${select({ name: 'status', label: 'Status', value: str(form.status ?? 'held'), errors, choices: MEETING_STATUSES.map((s) => [s, s[0]!.toUpperCase() + s.slice(1)] as const) })}
${textInput({ name: 'focus_topic', label: 'Focus topic (Governance and Performance Board only)', value: str(form.focus_topic), errors })}
${textInput({ name: 'reason', label: 'Reason (when postponed or cancelled)', value: str(form.reason), errors })}
${textArea({ name: 'notes', label: 'Notes (optional)', hint: 'What was discussed or agreed, for the Panel report', value: str(form.notes), rows: 4, errors })}
<button type="submit">Record the meeting</button></form>`
    : ''
}`,
      }),
      errors.length > 0 ? 422 : 200,
    );
  };

  routes.get('/meetings', (c) => list(c, {}, []));

  routes.post('/meetings', async (c) => {
    const denied = refused(c, 'edit');
    if (denied) return denied;
    const form = await c.req.parseBody();
    const type = field(form, 'type') ?? '';
    const date = field(form, 'date') ?? '';
    const body = defined({
      id: `${type}-${date}`.replace(/[^A-Za-z0-9_.-]/g, '') || 'meeting',
      type,
      date,
      status: field(form, 'status'),
      focus_topic: field(form, 'focus_topic'),
      reason: field(form, 'reason'),
      notes: field(form, 'notes'),
    });
    const errors = await saveRecord(app, c.get('session').user, 'meetings', body, 'meeting recorded');
    if (errors.length > 0) return list(c, form, errors);
    return c.redirect('/meetings', 303);
  });

  return routes;
}
