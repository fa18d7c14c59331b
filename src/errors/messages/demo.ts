import type { Problem } from '../problem.js';

export const demoMessages = {
  endMonthInvalid: (found: string): Problem => ({
    code: 'demo.end-month-invalid',
    severity: 'error',
    message: 'the last month of the demo data is not a month',
    field: 'endMonth',
    expected: "a month written YYYY-MM, e.g. '2024-03'",
    found: JSON.stringify(found),
  }),
  endMonthOutOfRange: (found: string, earliest: string, latest: string): Problem => ({
    code: 'demo.end-month-out-of-range',
    severity: 'error',
    message: `the demo data starts in April 2019 and its police.uk archive holds 36 months, so the last month must be from ${earliest} to ${latest}`,
    field: 'endMonth',
    expected: `a month from ${earliest} to ${latest}`,
    found: found,
  }),
  seedInvalid: (found: number): Problem => ({
    code: 'demo.seed-invalid',
    severity: 'error',
    message: 'the demo seed must be a whole number',
    field: 'seed',
    expected: 'a whole number from 0 to 4294967295',
    found: String(found),
  }),
};
