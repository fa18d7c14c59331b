/**
 * questions.yaml: scrutiny questions and recommendations the OPCC put to the force, their answers and
 * their status. A question stays open, and is carried into every later statement and Panel report
 * under its measures, until it is closed.
 */
import { z } from 'zod';
import { QUESTION_STATUSES, type QuestionStatus } from '../questionStatuses.js';
import {
  datedNote,
  isoDate,
  measureId,
  periodLabel,
  recordClassification,
  recordId,
  text,
} from './common.js';

export { QUESTION_STATUSES, type QuestionStatus } from '../questionStatuses.js';

/** Statuses that say the force has responded, so a `response` must be recorded. */
export const STATUSES_NEEDING_RESPONSE: readonly QuestionStatus[] = [
  'answered',
  'assured',
  'partly_assured',
  'not_assured',
];

export const questionSchema = z
  .object({
    id: recordId.describe('Question id, e.g. SQ-007 (`scrutiny governance add` assigns the next one)'),
    kind: z
      .enum(['question', 'recommendation'])
      .default('question')
      .describe('A question to the force, or a recommendation made to it'),
    raised_in: z
      .object({
        report: text.describe("The report it was raised in, e.g. 'OPCC Performance Scrutiny report'"),
        period: periodLabel.describe("The period that report covers, e.g. 'Q2 2023/24'"),
      })
      .strict()
      .describe('Where the question was raised'),
    date: isoDate.describe('The date it was raised (not before the start of raised_in.period)'),
    meeting: recordId.optional().describe('The id of the meeting (meetings.yaml) where it was raised'),
    measures: z
      .array(measureId)
      .default([])
      .describe('The measures it concerns; it is carried forward under each of them'),
    text: text.describe(
      "What was asked, worded to follow 'A question was raised ... regarding', e.g. 'the specific measures the force were taking to improve the action taken rates for robbery'",
    ),
    response: z
      .object({
        text: text.describe("The force's response"),
        date: isoDate.describe('When the response was received'),
      })
      .strict()
      .optional()
      .describe("The force's response; required once the status is answered or an assurance level"),
    status: z
      .enum(QUESTION_STATUSES)
      .default('open')
      .describe(
        'open; answered (a response, not yet judged); assured, partly_assured, not_assured (the OPCC judgement of the response); closed (needs `closed`)',
      ),
    classification: recordClassification,
    follow_ups: z.array(datedNote).default([]).describe('Later notes on the question, each with a date'),
    closed: isoDate.optional().describe('The date it was closed; required when status is closed'),
  })
  .strict();

export type Question = z.infer<typeof questionSchema>;
