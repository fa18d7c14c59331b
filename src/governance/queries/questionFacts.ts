/**
 * The facts behind the house-style sentence on a scrutiny question, as they stood on a given day:
 * 'A question was raised in the Q2 2023/24 OPCC Performance Scrutiny report regarding <text>.
 * The force's position will continue to be monitored by the OPCC.' Data only: the narrative layer
 * writes the sentences.
 */
import type { Question } from '../records.js';
import type { QuestionStatus } from '../schemas/question.js';

export interface QuestionFacts {
  readonly id: string;
  readonly kind: 'question' | 'recommendation';
  /** 'Q2 2023/24 OPCC Performance Scrutiny report': the period, then the report. */
  readonly raisedIn: string;
  readonly report: string;
  readonly period: string;
  readonly raisedOn: string;
  /** What was asked, worded to follow 'regarding'. */
  readonly regarding: string;
  readonly measures: readonly string[];
  readonly meeting?: string;
  /** The status as it stood on `asOf` (see statusAsOf). */
  readonly status: QuestionStatus;
  /** The force's response, if it had been received by `asOf`. */
  readonly response?: { readonly text: string; readonly date: string };
  /** Follow-ups dated on or before `asOf`. */
  readonly followUps: readonly { readonly date: string; readonly text: string }[];
  /** The closing date, if it was closed on or before `asOf`. */
  readonly closed?: string;
  /** Still open (not closed) on `asOf`: the OPCC continues to monitor the force's position. */
  readonly stillMonitored: boolean;
  /** The day these facts describe; undefined: the record as it stands now. */
  readonly asOf: string | undefined;
}

/**
 * A question's status on a given day. Only the current status is recorded, so the past is
 * reconstructed from dates: before the response arrived it was open; once answered, its recorded
 * judgement applies (or 'answered' if it has since been closed); from its closing date, closed.
 */
export function statusAsOf(q: Question, asOf: string): QuestionStatus {
  if (q.closed !== undefined && q.closed <= asOf) return 'closed';
  if (q.response === undefined || q.response.date > asOf) return 'open';
  return q.status === 'closed' || q.status === 'open' ? 'answered' : q.status;
}

/** The facts of a question as recorded now, including anything dated in the future. */
export function questionAsRecorded(q: Question): QuestionFacts {
  // A day later than any record can hold: every response, follow-up and closing date counts.
  return { ...questionFacts(q, '9999-12-31'), asOf: undefined };
}

export function questionFacts(q: Question, asOf: string): QuestionFacts {
  const status = statusAsOf(q, asOf);
  const response = q.response && q.response.date <= asOf ? { ...q.response } : undefined;
  const closed = q.closed !== undefined && q.closed <= asOf ? q.closed : undefined;
  return {
    id: q.id,
    kind: q.kind,
    raisedIn: `${q.raised_in.period} ${q.raised_in.report}`,
    report: q.raised_in.report,
    period: q.raised_in.period,
    raisedOn: q.date,
    regarding: q.text,
    measures: [...q.measures],
    ...(q.meeting === undefined ? {} : { meeting: q.meeting }),
    status,
    ...(response ? { response } : {}),
    followUps: q.follow_ups.filter((f) => f.date <= asOf).map((f) => ({ ...f })),
    ...(closed ? { closed } : {}),
    stillMonitored: status !== 'closed',
    asOf,
  };
}
