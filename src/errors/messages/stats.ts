import type { Problem } from '../problem.js';

const PERIOD_FORMS =
  "a month ('2024-03' or 'March 2024'), a financial quarter ('Q4 2023/24'), a financial year ('2023/24') or a rolling year ('12 months to 2024-03')";

export const statsMessages = {
  periodUnparsable: (found: string, field: string): Problem => ({
    code: 'stats.period-unparsable',
    severity: 'error',
    message: 'this is not a period Scrutiny can read',
    field,
    expected: PERIOD_FORMS,
    found: JSON.stringify(found),
  }),
  financialYearNotConsecutive: (found: string, field: string): Problem => ({
    code: 'stats.financial-year-not-consecutive',
    severity: 'error',
    message: 'a financial year runs April to March, so its two years must follow each other',
    field,
    expected: "consecutive years such as '2023/24'",
    found: JSON.stringify(found),
  }),
};
