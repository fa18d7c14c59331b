import type { Problem } from '../problem.js';

/** Texts of the board pack (src/board) and `scrutiny board`. */
export const boardMessages = {
  periodMissing: (): Problem => ({
    code: 'board.period-missing',
    severity: 'error',
    message: 'say which month the board pack is for',
    field: '--month',
    expected: "--month YYYY-MM (e.g. --month 2024-03), or --period 'Q4 2023/24'",
    found: 'neither option',
  }),
  periodTwice: (month: string, period: string): Problem => ({
    code: 'board.period-twice',
    severity: 'error',
    message: 'give the month or the period, not both: they could disagree',
    field: '--month',
    expected: 'only one of --month and --period',
    found: `--month "${month}" and --period "${period}"`,
  }),
  badMonth: (found: string): Problem => ({
    code: 'board.bad-month',
    severity: 'error',
    message: 'the board pack is for one month (use --period for a quarter or a year)',
    field: '--month',
    expected: "a month such as 2024-03 or 'March 2024'",
    found: `"${found}"`,
  }),
  badClassification: (found: string): Problem => ({
    code: 'board.bad-classification',
    severity: 'error',
    message:
      'the classification marks every page and decides whether OFFICIAL-SENSITIVE measures are included',
    field: '--classification',
    expected: 'official or official-sensitive',
    found: `"${found}"`,
  }),
};
