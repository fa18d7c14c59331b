/**
 * The statuses a scrutiny question can have. Its own module, free of the schema library, so that
 * `scrutiny --help` can list them without loading the record schemas.
 */
export const QUESTION_STATUSES = [
  'open',
  'answered',
  'assured',
  'partly_assured',
  'not_assured',
  'closed',
] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
