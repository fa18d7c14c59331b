/**
 * How the Commissioner holds the force to account, as published: the monthly Governance and
 * Performance Board's focus topics for the year, and the scrutiny questions put to the force with
 * their answers (questions about OFFICIAL-SENSITIVE measures, or marked so, are never published: src/publication).
 */
import { columns } from '../../document/build.js';
import type { Table } from '../../document/model.js';
import { a, esc, tableHtmlOf } from '../render/html.js';
import type { Page } from '../render/layout.js';
import { sitePaths } from '../render/links.js';
import type { SiteContext } from './context.js';
import { questionsHtml } from './parts/questions.js';

const STATUS: Readonly<Record<string, string>> = {
  held: 'Held',
  scheduled: 'Scheduled',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
  none: 'No meeting recorded',
};

function focusTable(ctx: SiteContext): Table {
  const { focusTopics, focusYear } = ctx.model.governance;
  return {
    caption: `Governance and Performance Board focus topics, ${focusYear}`,
    columns: columns('lll'),
    rowHeaders: true,
    header: [['Month', 'Focus topic', 'Meeting']],
    rows: focusTopics.map((t) => [
      `${t.monthName} ${t.month.slice(0, 4)}`,
      t.topic ?? 'N/A',
      `${STATUS[t.status] ?? t.status}${t.reason ? `: ${t.reason}` : ''}`,
    ]),
  };
}

export function governancePage(ctx: SiteContext): Page {
  const path = sitePaths.governance;
  const { governance } = ctx.model;
  const answered = governance.questions.filter((q) => q.response !== undefined || q.status === 'closed');
  const open = governance.questions.filter((q) => !(q.response !== undefined || q.status === 'closed'));
  const body = [
    `<p class="lead">${esc(`The Commissioner holds the Chief Constable to account at a monthly Governance and Performance Board. Each month the Board looks in depth at one focus topic, and the Commissioner's office puts scrutiny questions to the force and publishes the answers.`)}</p>`,
    '<h2 id="focus-topics">Focus topics</h2>',
    governance.focusTopics.length > 0
      ? tableHtmlOf(focusTable(ctx), 'focus-topics-table')
      : `<p>${esc('No Board meetings have been published.')}</p>`,
    '<h2 id="answered">Answered questions</h2>',
    questionsHtml(answered, 3, 'No question has been answered yet.'),
    '<h2 id="open">Questions waiting for an answer</h2>',
    questionsHtml(open, 3, 'No question is waiting for an answer.'),
    `<p>${a(path, sitePaths.questionsCsv, 'Download every question and answer (CSV)')}</p>`,
  ];
  return {
    path,
    title: 'Governance',
    section: 'governance',
    breadcrumbs: [{ label: 'Home', path: sitePaths.home }],
    description: `How the ${ctx.model.commissioner.title} for ${ctx.model.force.area} holds the force to account.`,
    body: body.join('\n'),
  };
}
