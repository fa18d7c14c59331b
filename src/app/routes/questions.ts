/** Scrutiny questions: the list, raising one, and on its page answering and closing it. */
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Problem } from '../../errors/problem.js';
import { nextQuestionId } from '../../governance/edit/questionDocument.js';
import { QUESTION_STATUSES } from '../../governance/index.js';
import { refused } from '../auth/middleware.js';
import { may } from '../auth/roles.js';
import type { AppContext, AppEnv, Ctx } from '../context.js';
import { csrfField, select, textArea, textInput } from '../html/forms.js';
import { page } from '../html/layout.js';
import { defined, field, saveRecord } from '../journeys/governanceEdit.js';
import { type RecordBody, recordsOf } from '../journeys/governanceRecords.js';

type Form = Record<string, unknown>;
const STATUS_WORDS: Readonly<Record<string, string>> = {
  open: 'Open',
  answered: 'Answered',
  assured: 'Assured',
  partly_assured: 'Partly assured',
  not_assured: 'Not assured',
  closed: 'Closed',
};
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function questionRoutes(app: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const today = () => app.clock().toISOString().slice(0, 10);

  const list = async (c: Ctx, form: Form, errors: Problem[]) => {
    const session = c.get('session');
    const questions = await recordsOf(app.db, 'questions');
    return c.html(
      page({
        title: 'Scrutiny questions',
        session,
        section: 'questions',
        errors,
        body: html`<h1>Scrutiny questions</h1>
<table><caption>Questions and recommendations put to the force</caption>
<thead><tr><th scope="col">Question</th><th scope="col">Raised</th><th scope="col">Status</th></tr></thead>
<tbody>${questions.map(
          (
            q,
          ) => html`<tr><td><a href="/questions/${encodeURIComponent(q.id)}">${q.id}</a>: ${str(q.text)}</td><td>${str(q.date)}</td>
<td><span class="tag ${str(q.status)}">${STATUS_WORDS[str(q.status)] ?? str(q.status)}</span></td></tr>`,
        )}</tbody></table>
${
  may(session.user.role, 'edit')
    ? html`<h2>Raise a question</h2>
<form method="post" action="/questions" novalidate>${csrfField(session.csrfToken)}
${textArea({ name: 'text', label: 'The question', hint: "Worded to follow 'A question was raised regarding', e.g. 'the steps the force is taking to improve the action taken rate for robbery'", value: str(form.text), rows: 3, errors })}
${textInput({ name: 'measures', label: 'Measures it concerns (optional)', hint: 'Measure ids from the catalogue, separated by commas, e.g. robbery_total, robbery_action_taken', value: str(form.measures), errors })}
${textInput({ name: 'raised_in.period', label: 'Period of the report it was raised in', hint: "e.g. 'Q2 2026/27'", value: str(form['raised_in.period']), errors })}
${textInput({ name: 'raised_in.report', label: 'Report it was raised in', value: str(form['raised_in.report'] ?? 'OPCC Performance Scrutiny report'), errors })}
${textInput({ name: 'date', label: 'Date raised', hint: 'YYYY-MM-DD', value: str(form.date ?? today()), errors })}
<button type="submit">Raise the question</button></form>`
    : ''
}`,
      }),
      errors.length > 0 ? 422 : 200,
    );
  };

  routes.get('/questions', (c) => list(c, {}, []));

  routes.post('/questions', async (c) => {
    const denied = refused(c, 'edit');
    if (denied) return denied;
    const form = await c.req.parseBody();
    const ids = (await recordsOf(app.db, 'questions')).map((q) => q.id);
    const body: RecordBody = defined({
      id: nextQuestionId(ids),
      raised_in: {
        report: field(form, 'raised_in.report') ?? '',
        period: field(form, 'raised_in.period') ?? '',
      },
      date: field(form, 'date') ?? '',
      measures: (field(form, 'measures') ?? '').split(/[,\s]+/).filter(Boolean),
      text: field(form, 'text') ?? '',
      status: 'open',
    });
    const errors = await saveRecord(app, c.get('session').user, 'questions', body, 'question raised');
    if (errors.length > 0) return list(c, form, errors);
    return c.redirect(`/questions/${encodeURIComponent(body.id)}`, 303);
  });

  const show = async (c: Ctx, id: string, form: Form, errors: Problem[]) => {
    const session = c.get('session');
    const question = (await recordsOf(app.db, 'questions')).find((q) => q.id === id);
    if (!question) return c.notFound();
    const response = question.response as { text?: string; date?: string } | undefined;
    const editable = may(session.user.role, 'edit') && question.status !== 'closed';
    return c.html(
      page({
        title: `Question ${id}`,
        session,
        section: 'questions',
        errors,
        body: html`<p><a href="/questions">All questions</a></p>
<h1>Question ${id}</h1>
<dl class="summary">
<dt>Question</dt><dd>${str(question.text)}</dd>
<dt>Raised</dt><dd>${str(question.date)}</dd>
<dt>Measures</dt><dd>${((question.measures as string[] | undefined) ?? []).join(', ') || 'none named'}</dd>
<dt>Status</dt><dd><span class="tag ${str(question.status)}">${STATUS_WORDS[str(question.status)] ?? ''}</span></dd>
<dt>Response</dt><dd>${response ? `${response.text ?? ''} (${response.date ?? ''})` : 'none yet'}</dd>
${question.closed ? html`<dt>Closed</dt><dd>${str(question.closed)}</dd>` : ''}
</dl>
${
  editable
    ? html`<h2>Record the force's response</h2>
<form method="post" action="/questions/${encodeURIComponent(id)}/answer" novalidate>${csrfField(session.csrfToken)}
${textArea({ name: 'response.text', label: "The force's response", value: str(form['response.text'] ?? response?.text), rows: 4, errors })}
${textInput({ name: 'response.date', label: 'Date received', hint: 'YYYY-MM-DD', value: str(form['response.date'] ?? response?.date ?? today()), errors })}
${select({ name: 'status', label: "The office's judgement", value: str(form.status ?? 'answered'), errors, choices: QUESTION_STATUSES.filter((s) => s !== 'open' && s !== 'closed').map((s) => [s, STATUS_WORDS[s] ?? s] as const) })}
<button type="submit">Save the response</button></form>
<h2>Close the question</h2>
<form method="post" action="/questions/${encodeURIComponent(id)}/close" novalidate>${csrfField(session.csrfToken)}
${textInput({ name: 'closed', label: 'Date closed', hint: 'YYYY-MM-DD', value: str(form.closed ?? today()), errors })}
<button type="submit" class="secondary">Close the question</button></form>`
    : ''
}`,
      }),
      errors.length > 0 ? 422 : 200,
    );
  };

  routes.get('/questions/:id', (c) => show(c, c.req.param('id'), {}, []));

  routes.post('/questions/:id/:change{answer|close}', async (c) => {
    const denied = refused(c, 'edit');
    if (denied) return denied;
    const id = c.req.param('id');
    const question = (await recordsOf(app.db, 'questions')).find((q) => q.id === id);
    if (!question) return c.notFound();
    const form = await c.req.parseBody();
    const answering = c.req.param('change') === 'answer';
    const body: RecordBody = answering
      ? {
          ...question,
          response: { text: field(form, 'response.text') ?? '', date: field(form, 'response.date') ?? '' },
          status: field(form, 'status') ?? '',
        }
      : { ...question, status: 'closed', closed: field(form, 'closed') ?? '' };
    const user = c.get('session').user;
    const errors = await saveRecord(
      app,
      user,
      'questions',
      body,
      answering ? 'question answered' : 'question closed',
    );
    if (errors.length > 0) return show(c, id, form, errors);
    return c.redirect(`/questions/${encodeURIComponent(id)}`, 303);
  });

  return routes;
}
