/** Messages of the published-table loaders: the workforce open data table and wide ONS/Home Office tables. */
import type { Problem } from '../problem.js';
import type { At } from './ingest.js';

const at = (where: At) => ({ file: where.file, ...(where.line === undefined ? {} : { line: where.line }) });

export const publishedTableMessages = {
  badWorkforceYear: (where: At, field: string, found: string): Problem => ({
    code: 'ingest.bad-workforce-year',
    severity: 'error',
    message: 'the year is not valid',
    ...at(where),
    field,
    expected: 'a year such as 2023 (the table counts the workforce as at 31 March of it)',
    found,
  }),
  notAWorkforceNumber: (where: At, field: string, found: string): Problem => ({
    code: 'ingest.not-a-workforce-number',
    severity: 'error',
    message: 'the value is not a headcount or full-time equivalent',
    ...at(where),
    field,
    expected: 'a number 0 or more (1101.8), or N/A',
    found,
  }),
  noPublishedTable: (file: string, searched: string): Problem => ({
    code: 'ingest.no-published-table',
    severity: 'error',
    message: `no sheet holds a table of police force areas (searched ${searched}); nothing was loaded from this file`,
    file,
    expected:
      "a sheet titled 'Table P1: ...' (or C2, 1, ...) whose rows name police force areas and hold numbers",
    found: 'no such sheet',
  }),
  partsDoNotAddUp: (where: At, force: string, column: string, total: number, parts: number): Problem => ({
    code: 'ingest.parts-do-not-add-up',
    severity: 'warning',
    message: `${force}'s force row does not equal its partnership, district and unassigned rows added up (a difference of ${Math.abs(total - parts).toLocaleString('en-GB')}); both are kept as published: check the table before relying on its district figures`,
    ...at(where),
    field: column,
    expected: `${total.toLocaleString('en-GB')} (the force row)`,
    found: `${parts.toLocaleString('en-GB')} (its rows added up)`,
  }),
  noTablePeriod: (where: At, found: string): Problem => ({
    code: 'ingest.no-table-period',
    severity: 'error',
    message: 'the table title does not say the period it covers',
    ...at(where),
    field: 'title',
    expected: "a title naming the period, such as 'year ending March 2018' or '30 September 2019'",
    found,
  }),
};
