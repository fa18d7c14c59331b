/**
 * Scrutiny questions as the public reads them: what the Commissioner's office asked the force, when
 * and where, the force's answer when it has come, and how the office judged it.
 */

import type { QuestionFacts } from '../../../governance/index.js';
import { formatCount } from '../../../stats/rounding.js';
import { esc } from '../../render/html.js';

const STATUS_WORDS: Readonly<Record<string, string>> = {
  open: "Open: waiting for the force's answer",
  answered: 'Answered: the office is considering the answer',
  assured: 'Answered: the office is assured by the answer',
  partly_assured: 'Answered: the office is partly assured and keeps it under review',
  not_assured: 'Answered: the office is not assured and keeps pressing the force',
  closed: 'Closed',
};

export function statusWords(status: string): string {
  return STATUS_WORDS[status] ?? status;
}

/** 'Tuesday 14 November 2023' -> '14 November 2023' from 'YYYY-MM-DD', with no time zone involved. */
export function dayText(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${d} ${month} ${y}`;
}

function questionHtml(q: QuestionFacts, headingLevel: number): string {
  const h = `h${headingLevel}`;
  const what = q.kind === 'recommendation' ? 'Recommendation' : 'Question';
  const parts = [
    `<${h}>${esc(`${what} ${q.id}`)}</${h}>`,
    `<p>Raised on ${esc(dayText(q.raisedOn))} in the ${esc(q.raisedIn)}, regarding ${esc(q.regarding)}.</p>`,
    `<p><strong>Status:</strong> ${esc(statusWords(q.status))}.</p>`,
  ];
  if (q.response)
    parts.push(
      `<p><strong>The force's answer (${esc(dayText(q.response.date))}):</strong> ${esc(q.response.text)}</p>`,
    );
  for (const f of q.followUps)
    parts.push(`<p><strong>Follow-up (${esc(dayText(f.date))}):</strong> ${esc(f.text)}</p>`);
  if (q.closed) parts.push(`<p>Closed on ${esc(dayText(q.closed))}.</p>`);
  return `<article class="question">\n${parts.join('\n')}\n</article>`;
}

/** The questions, or a sentence saying there are none. */
export function questionsHtml(
  questions: readonly QuestionFacts[],
  headingLevel: number,
  none: string,
): string {
  if (questions.length === 0) return `<p>${esc(none)}</p>`;
  const open = questions.filter((q) => q.status !== 'closed').length;
  const intro = `<p>${esc(`${formatCount(questions.length)} ${questions.length === 1 ? 'question' : 'questions'}, ${formatCount(open)} still open.`)}</p>`;
  return `${intro}\n${questions.map((q) => questionHtml(q, headingLevel)).join('\n')}`;
}
