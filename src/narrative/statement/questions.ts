/**
 * Scrutiny questions in the house style, carried forward under their measure until closed:
 *   "A question was raised in the Q2 2023/24 OPCC Performance Scrutiny report regarding the specific
 *    measures the force were taking to improve the 'action taken' rates for robbery. The force's
 *    position will continue to be monitored by the OPCC."
 * with the force's response once it has arrived, and the OPCC's assessment of it.
 */
import { paragraph } from '../../document/build.js';
import type { Block } from '../../document/model.js';
import type { QuestionFacts } from '../../governance/index.js';
import { longDate } from './dates.js';

const ASSESSMENT: Readonly<Record<string, string>> = {
  answered: 'The OPCC is considering the response.',
  assured: 'The OPCC is assured by the response.',
  partly_assured: 'The OPCC is partly assured by the response.',
  not_assured: 'The OPCC is not assured by the response.',
};

export function questionParagraphs(q: QuestionFacts, forceName: string): Block[] {
  const what = q.kind === 'recommendation' ? 'A recommendation was made' : 'A question was raised';
  const regarding = q.regarding.replace(/\.\s*$/, '');
  const sentences = [`${what} in the ${q.raisedIn} regarding ${regarding}.`];
  if (q.response)
    sentences.push(
      `The response provided by ${forceName} on ${longDate(q.response.date)} was: ${q.response.text.replace(/\s+$/, '')}`,
    );
  for (const f of q.followUps) sentences.push(`On ${longDate(f.date)}: ${f.text}`);
  const assessment = ASSESSMENT[q.status];
  if (assessment) sentences.push(assessment);
  if (q.closed) sentences.push(`The ${q.kind} was closed on ${longDate(q.closed)}.`);
  else if (q.stillMonitored)
    sentences.push("The force's position will continue to be monitored by the OPCC.");
  return [paragraph(sentences.map((s) => (/[.!?]$/.test(s) ? s : `${s}.`)).join(' '))];
}
