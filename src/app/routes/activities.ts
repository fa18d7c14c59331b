/** The office's key activities: the list, and recording one under its Panel report agenda item. */
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Problem } from '../../errors/problem.js';
import { refused } from '../auth/middleware.js';
import { may } from '../auth/roles.js';
import type { AppContext, AppEnv, Ctx } from '../context.js';
import { csrfField, select, textArea, textInput } from '../html/forms.js';
import { page } from '../html/layout.js';
import { defined, field, saveRecord } from '../journeys/governanceEdit.js';
import { type RecordBody, recordsOf } from '../journeys/governanceRecords.js';
import { AGENDA_ITEM_CHOICES, agendaItemTitle, objectiveChoices, themeChoices } from './agendaChoices.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** An id no activity has yet ('activity-2024-05-02', then '-2', '-3'): activities are not referred to. */
function newId(existing: readonly RecordBody[], date: string): string {
  const base = `activity-${date}`.replace(/[^A-Za-z0-9_.-]/g, '');
  const taken = new Set(existing.map((a) => a.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function activityRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const list = async (c: Ctx, form: Record<string, unknown>, errors: Problem[]) => {
    const session = c.get('session');
    const activities = [...(await recordsOf(app.db, 'activities'))].sort((a, b) =>
      str(b.date).localeCompare(str(a.date)),
    );
    return c.html(
      page({
        title: 'Key activities',
        session,
        section: 'activities',
        errors,
        body: html`<h1>Key activities</h1>
<table><caption>The office's key activities, latest first</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Activity</th><th scope="col">Agenda item</th></tr></thead>
<tbody>${activities.map(
          (a) =>
            html`<tr><td>${str(a.date)}</td><td>${str(a.title)}</td><td>${agendaItemTitle(a.agenda_item)}</td></tr>`,
        )}</tbody></table>
${
  may(session.user.role, 'edit')
    ? html`<h2>Record an activity</h2>
<form method="post" action="/activities" novalidate>${csrfField(session.csrfToken)}
${textInput({ name: 'date', label: 'Date', hint: 'YYYY-MM-DD (its start, for a continuing one)', value: str(form.date), errors })}
${select({ name: 'agenda_item', label: 'Panel report agenda item', value: str(form.agenda_item ?? 'key_activities_and_decisions'), errors, choices: AGENDA_ITEM_CHOICES })}
${textInput({ name: 'title', label: 'Heading', hint: 'e.g. Serious Violence Duty', value: str(form.title), errors })}
${textArea({ name: 'text', label: 'What the office did', hint: 'In the words of the Panel report', value: str(form.text), rows: 4, errors })}
${select({ name: 'objective', label: 'Police and Crime Plan objective (optional)', value: str(form.objective), errors, choices: await objectiveChoices(app.db) })}
${select({ name: 'theme', label: 'Theme of that objective (optional)', value: str(form.theme), errors, choices: await themeChoices(app.db) })}
${textInput({ name: 'measures', label: 'Measures it bears on (optional)', hint: 'Measure ids from the catalogue, separated by commas, e.g. robbery_total', value: str(form.measures), errors })}
<button type="submit">Record the activity</button></form>`
    : ''
}`,
      }),
      errors.length > 0 ? 422 : 200,
    );
  };

  routes.get('/activities', (c) => list(c, {}, []));

  routes.post('/activities', async (c) => {
    const denied = refused(c, 'edit');
    if (denied) return denied;
    const form = await c.req.parseBody();
    const date = field(form, 'date') ?? '';
    const body = defined({
      id: newId(await recordsOf(app.db, 'activities'), date),
      date,
      agenda_item: field(form, 'agenda_item'),
      title: field(form, 'title') ?? '',
      text: field(form, 'text') ?? '',
      objective: field(form, 'objective'),
      theme: field(form, 'theme'),
      measures: (field(form, 'measures') ?? '').split(/[,\s]+/).filter(Boolean),
    });
    const errors = await saveRecord(app, c.get('session').user, 'activities', body, 'activity recorded');
    // A wrong measure is named 'measures.1' by the checker: the form has one field for them all.
    const onForm = errors.map((p) => (p.field?.startsWith('measures.') ? { ...p, field: 'measures' } : p));
    if (errors.length > 0) return list(c, form, onForm);
    return c.redirect('/activities', 303);
  });

  return routes;
}
