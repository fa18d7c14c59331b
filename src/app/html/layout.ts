/** The page every app screen sits in (the one page shell, src/report/render/html/pageShell.ts): skip link, header with the service name and menu, main, errors. */
import { html, raw } from 'hono/html';
import type { Problem } from '../../errors/problem.js';
import { pageShell } from '../../report/render/html/pageShell.js';
import { ROLE_NAMES } from '../auth/roles.js';
import type { Session } from '../auth/sessions.js';
import { APP_CSS } from './styles.js';

export type Html = ReturnType<typeof html>;

export interface PageOptions {
  readonly title: string;
  readonly session?: Session | undefined;
  /** The menu item to mark as the current page. */
  readonly section?:
    | 'home'
    | 'commentary'
    | 'questions'
    | 'meetings'
    | 'decisions'
    | 'activities'
    | 'signoff'
    | 'audit'
    | undefined;
  readonly errors?: readonly Problem[] | undefined;
  readonly body: Html | string;
}

const MENU = [
  ['home', '/', 'Overview'],
  ['commentary', '/commentary', 'Commentary'],
  ['questions', '/questions', 'Questions'],
  ['meetings', '/meetings', 'Meetings'],
  ['decisions', '/decisions', 'Decisions'],
  ['activities', '/activities', 'Activities'],
  ['signoff', '/signoff', 'Sign-off'],
  ['audit', '/audit', 'Audit log'],
] as const;

export function page(options: PageOptions): Html {
  const { session, errors = [] } = options;
  const title = `${errors.length > 0 ? 'Error: ' : ''}${options.title} – Scrutiny`;
  const inner = html`<a class="skip" href="#main">Skip to main content</a>
<header class="app">
<div class="bar">
<a href="/">Scrutiny for the office</a>
${
  session
    ? html`<nav aria-label="Menu"><ul>${MENU.map(
        ([id, href, label]) =>
          html`<li><a href="${href}"${id === options.section ? raw(' aria-current="page"') : ''}>${label}</a></li>`,
      )}</ul></nav>
<div class="who">${session.user.displayName} (${ROLE_NAMES[session.user.role]})
<form method="post" action="/logout"><input type="hidden" name="csrf" value="${session.csrfToken}"><button class="link-button" type="submit">Log out</button></form></div>`
    : ''
}
</div>
</header>
<main id="main" tabindex="-1">
${errorSummary(errors)}
${options.body}
</main>
`;
  // The one page shell of every HTML page; the app's policy is a response header, not a <meta>.
  const shell = (body: string) => raw(pageShell({ title, links: [`<style>${APP_CSS}</style>`], body }));
  return inner instanceof Promise ? inner.then((body) => shell(String(body))) : shell(String(inner));
}

/** The GOV.UK error summary: every problem, linking to its field. */
export function errorSummary(errors: readonly Problem[]): Html | string {
  if (errors.length === 0) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">There is a problem</h2>
<ul>${errors.map((e) => html`<li>${e.field ? html`<a href="#${fieldId(e.field)}">${sentence(e)}</a>` : sentence(e)}</li>`)}</ul>
</div>`;
}

/** A problem as a sentence a colleague can act on. */
export function sentence(problem: Problem): string {
  const parts = [problem.message];
  if (problem.expected)
    parts.push(`Expected ${problem.expected}${problem.found ? `; found ${problem.found}` : ''}.`);
  return parts.join(' ');
}

/** The id of the input a field name belongs to ('raised_in.period' -> 'f-raised_in-period'). */
export function fieldId(field: string): string {
  return `f-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
