/**
 * Carry-forward of scrutiny questions: a question appears in the statement and Panel report for every
 * period from the one it was raised for until the one in which it is closed, under each measure it
 * concerns, with its answer once the answer has arrived.
 *
 * For a period (e.g. 'Q3 2023/24'): a question is listed when it was raised for that period or an
 * earlier one (or dated by its end), and was not closed before the period began. It is seen as it
 * stood on the last day of the period, so a question closed during the period is listed once more,
 * as closed, and never after.
 * For a date: a question is listed when raised on or before that day and not closed by then.
 */

import { messages } from '../../errors/messages.js';
import { ScrutinyError } from '../../errors/problem.js';
import { isIsoDate, PERIOD_FORMS, parseReportingPeriod } from '../periods.js';
import type { GovernanceRecords, Question } from '../records.js';
import { type QuestionFacts, questionFacts } from './questionFacts.js';

export interface MeasureQuestions {
  readonly measure: string;
  readonly questions: readonly QuestionFacts[];
}

export interface CarriedQuestions {
  /** The period label, or the date, asked for. */
  readonly asOf: string;
  /** The day the questions are seen as of: the date, or the last day of the period. */
  readonly seenOn: string;
  /** Every listed question once, oldest first. */
  readonly questions: readonly QuestionFacts[];
  /** Listed questions under each measure they concern (a question may appear under several). */
  readonly byMeasure: readonly MeasureQuestions[];
  /** Listed questions that name no measure. */
  readonly general: readonly QuestionFacts[];
}

export interface CarryForwardOptions {
  /** Measure ids in the order the statement prints them; others follow alphabetically. */
  readonly measureOrder?: readonly string[];
}

function isListed(q: Question, asOf: string): boolean {
  if (isIsoDate(asOf)) return q.date <= asOf && (q.closed === undefined || q.closed > asOf);
  const period = parseReportingPeriod(asOf);
  if (!period)
    throw new ScrutinyError(messages.governance.badOption('period', PERIOD_FORMS, JSON.stringify(asOf)));
  const raisedFor = parseReportingPeriod(q.raised_in.period);
  const raisedBy = (raisedFor !== undefined && raisedFor.to <= period.to) || q.date <= period.to;
  return raisedBy && (q.closed === undefined || q.closed >= period.from);
}

/** The questions carried into the statement or report for `asOf` (a period label or a YYYY-MM-DD date). */
export function carriedQuestions(
  records: Pick<GovernanceRecords, 'questions'>,
  asOf: string,
  options: CarryForwardOptions = {},
): CarriedQuestions {
  const seenOn = isIsoDate(asOf) ? asOf : (parseReportingPeriod(asOf)?.to ?? asOf);
  const listed = records.questions
    .filter((q) => isListed(q, asOf))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((q) => questionFacts(q, seenOn));
  const order = options.measureOrder ?? [];
  const rank = (m: string) => {
    const i = order.indexOf(m);
    return i < 0 ? order.length : i;
  };
  const measures = [...new Set(listed.flatMap((q) => q.measures))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  return {
    asOf,
    seenOn,
    questions: listed,
    byMeasure: measures.map((measure) => ({
      measure,
      questions: listed.filter((q) => q.measures.includes(measure)),
    })),
    general: listed.filter((q) => q.measures.length === 0),
  };
}
