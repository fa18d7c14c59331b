/** Field types shared by the governance record schemas. */
import { z } from 'zod';
import { isIsoDate, PERIOD_FORMS, parseReportingPeriod } from '../periods.js';

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'a real date written YYYY-MM-DD' })
  .describe('A date written YYYY-MM-DD');

export const recordId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'an id of letters, digits, "-", "_" or "." (no spaces)')
  .describe('An id unique within its file, used to refer to the record from other records');

export const measureId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'a measure id in snake_case, as in the measure catalogue')
  .describe('A measure id from the measure catalogue, e.g. robbery_total');

export const periodLabel = z
  .string()
  .refine((text) => parseReportingPeriod(text) !== undefined, { message: PERIOD_FORMS })
  .describe("A reporting period: 'Q2 2023/24', '2023/24', 'December 2023' or '2024'");

export const text = z.string().trim().min(1, 'some text').describe('Free text (Markdown allowed)');

/** A dated note, e.g. a follow-up on a question or an update on a grant. */
export const datedNote = z
  .object({
    date: isoDate.describe('When it happened'),
    text: text.describe('What happened'),
  })
  .strict();

/** A record's marking: OFFICIAL-SENSITIVE keeps it out of every OFFICIAL output (docs/security.md). */
export const recordClassification = z
  .enum(['OFFICIAL', 'OFFICIAL-SENSITIVE'])
  .optional()
  .describe(
    'OFFICIAL-SENSITIVE keeps the record out of every OFFICIAL output (statement, Panel report, board pack, site); a record naming an OFFICIAL-SENSITIVE measure is kept out without it',
  );
