/** The Commissioner's decisions: the list, and recording one under its Panel report agenda item. */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { messages } from '../../errors/messages.js';
import type { Problem } from '../../errors/problem.js';
import { refused } from '../auth/middleware.js';
import { may } from '../auth/roles.js';
import type { AppContext, AppEnv, Ctx } from '../context.js';
import { csrfField, select, textArea, textInput } from '../html/forms.js';
import { page } from '../html/layout.js';
import { defined, field, saveRecord } from '../journeys/governanceEdit.js';
import { recordsOf } from '../journeys/governanceRecords.js';
import { AGENDA_ITEM_CHOICES, agendaItemTitle, meetingChoices, objectiveChoices } from './agendaChoices.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** '£12,500.00' or '12500' as a number; anything else is left as text for the schema to name. */
function amountOf(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  const plain = text.replace(/^£/, '').replace(/,/g, '');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : text;
}

export function decisionRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const list = async (c: Ctx, form: Record<string, unknown>, errors: Problem[]) => {
    const session = c.get('session');
    const decisions = [...(await recordsOf(app.db, 'decisions'))].sort((a, b) =>
      str(b.date).localeCompare(str(a.date)),
    );
    return c.html(
      page({
        title: 'Decisions',
        session,
        section: 'decisions',
        errors,
        body: html`<h1>Decisions</h1>
<table><caption>The Commissioner's decisions, latest first</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Reference</th><th scope="col">Decision</th><th scope="col">Agenda item</th><th scope="col">Amount</th></tr></thead>
<tbody>${decisions.map(
          (d) =>
            html`<tr><td>${str(d.date)}</td><td>${d.id}</td><td>${str(d.title)}</td><td>${agendaItemTitle(d.agenda_item)}</td><td>${typeof d.amount === 'number' ? pounds.format(d.amount) : ''}</td></tr>`,
        )}</tbody></table>
${
  may(session.user.role, 'edit')
    ? html`<h2>Record a decision</h2>
<form method="post" action="/decisions" novalidate>${csrfField(session.csrfToken)}
${textInput({ name: 'id', label: 'Decision reference', hint: 'As on the signed decision, e.g. PCC-D-2024-012', value: str(form.id), errors })}
${textInput({ name: 'date', label: 'Date signed', hint: 'YYYY-MM-DD', value: str(form.date), errors })}
${select({ name: 'agenda_item', label: 'Panel report agenda item', value: str(form.agenda_item ?? 'key_activities_and_decisions'), errors, choices: AGENDA_ITEM_CHOICES })}
${textInput({ name: 'title', label: 'Title', value: str(form.title), errors })}
${textArea({ name: 'text', label: 'What was decided and why', value: str(form.text), rows: 4, errors })}
${textInput({ name: 'amount', label: 'Money committed, in pounds (optional)', hint: 'e.g. 12500', value: str(form.amount), errors })}
${select({ name: 'objective', label: 'Police and Crime Plan objective (optional)', value: str(form.objective), errors, choices: await objectiveChoices(app.db) })}
${select({ name: 'meeting', label: 'Meeting where it was taken (optional)', value: str(form.meeting), errors, choices: await meetingChoices(app.db) })}
<button type="submit">Record the decision</button></form>`
    : ''
}`,
      }),
      errors.length > 0 ? 422 : 200,
    );
  };

  routes.get('/decisions', (c) => list(c, {}, []));

  routes.post('/decisions', async (c) => {
    const denied = refused(c, 'edit');
    if (denied) return denied;
    const form = await c.req.parseBody();
    const id = field(form, 'id') ?? '';
    // A new reference only: the form records decisions, it does not silently replace one.
    if (id !== '' && (await recordsOf(app.db, 'decisions')).some((d) => d.id === id)) {
      const { file: _file, ...duplicate } = messages.governance.duplicateId(
        { file: 'decisions.yaml', field: 'id' },
        id,
        undefined,
      );
      return list(c, form, [duplicate]);
    }
    const body = defined({
      id,
      date: field(form, 'date') ?? '',
      agenda_item: field(form, 'agenda_item'),
      title: field(form, 'title') ?? '',
      text: field(form, 'text') ?? '',
      amount: amountOf(field(form, 'amount')),
      objective: field(form, 'objective'),
      meeting: field(form, 'meeting'),
    });
    const errors = await saveRecord(app, c.get('session').user, 'decisions', body, 'decision recorded');
    if (errors.length > 0) return list(c, form, errors);
    return c.redirect('/decisions', 303);
  });

  return routes;
}
