import type { Problem } from '../problem.js';

/** Texts for the document model (src/document), the charts and the renderers (src/report). */
export const reportMessages = {
  headingOutOfOrder: (field: string, previous: number, found: number): Problem => ({
    code: 'document.heading-order',
    severity: 'error',
    message: `a heading skips a level (after a level-${previous} heading the next may be at most level ${previous + 1}), which breaks the outline screen readers and Word's navigation pane rely on`,
    field,
    expected: `level 1 to ${previous + 1}`,
    found: `level ${found}`,
  }),
  duplicateId: (field: string, id: string, firstField: string): Problem => ({
    code: 'document.duplicate-id',
    severity: 'error',
    message: `the anchor is already used by ${firstField}; links and figure references would be ambiguous`,
    field,
    expected: 'an id used once in the document',
    found: `"${id}"`,
  }),
  badId: (field: string, id: string): Problem => ({
    code: 'document.bad-id',
    severity: 'error',
    message: 'an anchor must be usable in a URL and as a file name',
    field,
    expected: 'lower-case letters, digits and hyphens, starting with a letter',
    found: `"${id}"`,
  }),
  figureNumber: (field: string, expected: number, found: number): Problem => ({
    code: 'document.figure-number',
    severity: 'error',
    message: 'figures must be numbered 1, 2, 3, ... in the order they appear',
    field,
    expected: String(expected),
    found: String(found),
  }),
  unresolvedFigureRef: (field: string, figureId: string): Problem => ({
    code: 'document.unresolved-figure-ref',
    severity: 'error',
    message: 'the text refers to a figure that is not in the document',
    field,
    expected: 'the id of a figure in this document',
    found: `"${figureId}"`,
  }),
  tableWidth: (field: string, expected: number, found: number): Problem => ({
    code: 'document.table-width',
    severity: 'error',
    message: 'a table row must have one cell per column',
    field,
    expected: `${expected} cells`,
    found: `${found} cells`,
  }),
  badInstant: (field: string, found: string): Problem => ({
    code: 'document.bad-generated-at',
    severity: 'error',
    message: 'the generation time must name one moment, so it needs an offset or Z',
    field,
    expected: 'ISO 8601 with offset, e.g. 2024-06-20T09:30:00+01:00',
    found: `"${found}"`,
  }),
  emptyText: (field: string): Problem => ({
    code: 'document.empty-text',
    severity: 'error',
    message: 'this text must not be empty (a title, caption or alt text says what the reader is looking at)',
    field,
    expected: 'some text',
    found: '(empty)',
  }),

  chartBadMonth: (chart: string, field: string, found: string): Problem => ({
    code: 'chart.bad-month',
    severity: 'error',
    message: `the ${chart} chart was given a month it cannot place on its time axis`,
    field,
    expected: 'YYYY-MM, e.g. 2024-03',
    found: `"${found}"`,
  }),
  chartBadValue: (chart: string, field: string, found: number): Problem => ({
    code: 'chart.bad-value',
    severity: 'error',
    message: `the ${chart} chart was given a value that is not a finite number`,
    field,
    expected: 'a finite number',
    found: String(found),
  }),
  chartTooFewPoints: (chart: string, field: string, minimum: number, found: number): Problem => ({
    code: 'chart.too-few-points',
    severity: 'error',
    message: `the ${chart} chart needs more data to be meaningful`,
    field,
    expected: `at least ${minimum}`,
    found: String(found),
  }),
  chartMonthsOutOfOrder: (chart: string, field: string, previous: string, found: string): Problem => ({
    code: 'chart.months-out-of-order',
    severity: 'error',
    message: `the ${chart} chart's months must be in order, each once`,
    field,
    expected: `a month after ${previous}`,
    found,
  }),
  chartSpec: (chart: string, detail: string): Problem => ({
    code: 'chart.spec',
    severity: 'error',
    message: `the ${chart} chart's Vega-Lite specification is not right (a bug in Scrutiny, please report it): ${detail}`,
  }),

  chromiumMissing: (path: string): Problem => ({
    code: 'report.chromium-missing',
    severity: 'warning',
    message:
      'the PDF was not written because Chromium is not installed (the other formats were): install it with `apt-get install chromium`, or set SCRUTINY_CHROMIUM to the path of a Chromium or Chrome executable',
    expected: 'a Chromium executable',
    found: `nothing at ${path}`,
  }),
  chromiumEnvMissing: (path: string): Problem => ({
    code: 'report.chromium-env-missing',
    severity: 'warning',
    message:
      'SCRUTINY_CHROMIUM names a file that does not exist, so the PDF was not written (the other formats were): correct the path, or unset it to use /usr/bin/chromium',
    field: 'SCRUTINY_CHROMIUM',
    expected: 'the path of a Chromium executable',
    found: `"${path}"`,
  }),
  chromiumFailed: (path: string, detail: string): Problem => ({
    code: 'report.chromium-failed',
    severity: 'warning',
    message: `Chromium at ${path} could not render the PDF (the other formats were written): ${detail}`,
  }),
  docxFiguresAsTables: (count: number): Problem => ({
    code: 'report.docx-figures-as-tables',
    severity: 'warning',
    message: `without Chromium the Word document shows the numbers behind ${
      count === 1 ? 'its figure' : `each of its ${count} figures`
    } as a table instead of the chart image: install Chromium (\`apt-get install chromium\`) for chart images`,
  }),
};
