import type { Problem } from '../problem.js';

/** Where a problem is: the file as the user knows it (a spreadsheet adds `!Sheet`), and the line. */
export interface At {
  readonly file: string;
  readonly line?: number;
}

const at = (where: At) => ({ file: where.file, ...(where.line === undefined ? {} : { line: where.line }) });
const list = (names: readonly string[]) => (names.length === 0 ? '(none)' : names.join(', '));

/**
 * What is wrong with a header, in words: the columns missing, unexpected and repeated, or, when
 * every column is there once, the first one out of its place.
 */
function headerDifference(
  expected: readonly string[],
  found: readonly string[],
  missing: readonly string[],
  unexpected: readonly string[],
): string {
  const repeated = [...new Set(found.filter((name, i) => found.indexOf(name) !== i))];
  // A second copy of an expected column is said once, as repeated, not also as unexpected.
  const strange = [...new Set(unexpected)].filter(
    (name) => !(repeated.includes(name) && expected.includes(name)),
  );
  const parts = [
    ...(missing.length > 0 ? [`missing: ${list(missing)}`] : []),
    ...(strange.length > 0 ? [`unexpected: ${list(strange)}`] : []),
    ...(repeated.length > 0 ? [`repeated: ${list(repeated)}`] : []),
  ];
  if (parts.length > 0) return parts.join('; ');
  const at = expected.findIndex((name, i) => found[i] !== name);
  if (at === -1) return 'the columns differ';
  return `every column is there but in another order: column ${at + 1} is ${found[at] ?? '(none)'} where ${expected[at]} belongs`;
}

export const ingestMessages = {
  // --- Reading tables (CSV, .xlsx, .ods): shared by every tabular format ---
  emptyFile: (where: At, expectedHeader: readonly string[]): Problem => ({
    code: 'ingest.empty-file',
    severity: 'error',
    message: 'the file is empty',
    ...at(where),
    expected: `a header line: ${list(expectedHeader)}`,
    found: 'nothing',
  }),
  headerMismatch: (
    where: At,
    expected: readonly string[],
    found: readonly string[],
    missing: readonly string[],
    unexpected: readonly string[],
  ): Problem => ({
    code: 'ingest.header-mismatch',
    severity: 'error',
    message: `the header does not match the format (${headerDifference(expected, found, missing, unexpected)}); nothing was loaded from this file`,
    ...at(where),
    expected: list(expected),
    found: list(found),
  }),
  headerNotFound: (file: string, expected: readonly string[], searched: string): Problem => ({
    code: 'ingest.header-not-found',
    severity: 'error',
    message: `no sheet holds the table's header row (searched ${searched}); nothing was loaded from this file`,
    file,
    expected: `a row with the columns ${list(expected)}`,
    found: 'no such row',
  }),
  unreadableWorkbook: (file: string, kind: string, detail: string): Problem => ({
    code: 'ingest.unreadable-workbook',
    severity: 'error',
    message: `the file cannot be read as ${kind} (${detail}); nothing was loaded from this file`,
    file,
  }),
  columnCount: (where: At, expected: number, found: number): Problem => ({
    code: 'ingest.column-count',
    severity: 'error',
    message: 'the row has the wrong number of columns',
    ...at(where),
    expected: `${expected} columns, as in the header`,
    found: `${found}`,
  }),
  unterminatedQuote: (where: At, field: string | undefined): Problem => ({
    code: 'ingest.unterminated-quote',
    severity: 'error',
    message: 'a quoted value is never closed, so the rest of the file is swallowed by it',
    ...at(where),
    ...(field === undefined ? {} : { field }),
    expected: 'a closing double quote (")',
    found: 'the end of the file',
  }),
  strayQuote: (where: At, field: string | undefined, found: string): Problem => ({
    code: 'ingest.stray-quote',
    severity: 'error',
    message: 'text follows the closing quote of a quoted value',
    ...at(where),
    ...(field === undefined ? {} : { field }),
    expected: 'a comma or the end of the line after a closing quote',
    found,
  }),
  csvReaderFailed: (file: string, detail: string): Problem => ({
    code: 'ingest.csv-unreadable',
    severity: 'error',
    message: `the CSV reader cannot read this file at all (${detail}); nothing was ingested and the store is unchanged`,
    file,
  }),
  mixedLineEnds: (where: At): Problem => ({
    code: 'ingest.mixed-line-ends',
    severity: 'error',
    message:
      "this line ends otherwise than the file's first line (LF, CRLF or a carriage return alone inside a line); the CSV reader cannot read a file whose lines end differently, so nothing was loaded from it",
    ...at(where),
    expected: 'every line ending as the first one does (LF, or CRLF)',
    found: 'another line ending',
  }),
  swallowedByQuote: (where: At, openedOn: number): Problem => ({
    code: 'ingest.swallowed-by-quote',
    severity: 'error',
    message: `the row cannot be read: it lies inside the quoted value opened on line ${openedOn} and never closed`,
    ...at(where),
    expected: `a closing double quote (") before this line`,
    found: 'none',
  }),
  otherMonth: (where: At, fileMonth: string, found: string): Problem => ({
    code: 'ingest.other-month',
    severity: 'error',
    message:
      "the row's month is not the month in the file's name (a file replaces its month's rows, so a row from another month would replace that month's rows)",
    ...at(where),
    field: 'Month',
    expected: fileMonth,
    found,
  }),
  moreProblems: (file: string, shown: number, badRows: number): Problem => ({
    code: 'ingest.more-problems',
    severity: 'error',
    message: `${badRows} rows are bad in all; only the first ${shown} problems are listed`,
    file,
  }),
  noDataRows: (file: string): Problem => ({
    code: 'ingest.no-data-rows',
    severity: 'warning',
    message: 'the file has a header but no data rows; it adds nothing to the store',
    file,
  }),

  // --- Field values: `found` is already quoted with quoteFound() ---
  missingValue: (where: At, field: string, expected: string): Problem => ({
    code: 'ingest.missing-value',
    severity: 'error',
    message: 'a required value is empty',
    ...at(where),
    field,
    expected,
    found: '(empty)',
  }),
  badValue: (
    where: At,
    field: string,
    expected: string,
    found: string,
    code = 'ingest.bad-value',
  ): Problem => ({
    code,
    severity: 'error',
    message: 'the value is not valid here',
    ...at(where),
    field,
    expected,
    found,
  }),
  badDate: (where: At, field: string, expected: string, found: string): Problem => ({
    code: 'ingest.bad-date',
    severity: 'error',
    message: 'the value is not a valid date',
    ...at(where),
    field,
    expected,
    found,
  }),
  unknownOffenceCode: (where: At, field: string, found: string): Problem => ({
    code: 'ingest.unknown-offence-code',
    severity: 'error',
    message: 'the offence code is not in the Home Office code list Scrutiny knows',
    ...at(where),
    field,
    expected: 'a Home Office offence code such as 8N, 28E or 4.1 (4/1)',
    found,
  }),
  unknownOutcomeCode: (where: At, field: string, found: string, emptyAllowed: boolean): Problem => ({
    code: 'ingest.unknown-outcome-code',
    severity: 'error',
    message: 'the outcome is not a Home Office outcome type',
    ...at(where),
    field,
    expected: `a whole number from 0 to 22${emptyAllowed ? ', or empty when no outcome is assigned yet' : ''}`,
    found,
  }),
  negativeCount: (where: At, field: string, found: string): Problem => ({
    code: 'ingest.negative-count',
    severity: 'error',
    message: 'a count cannot be negative',
    ...at(where),
    field,
    expected: 'a whole number, 0 or more',
    found,
  }),
  notACount: (where: At, field: string, found: string): Problem => ({
    code: 'ingest.not-a-count',
    severity: 'error',
    message: 'the value is not a count',
    ...at(where),
    field,
    expected: 'a whole number, 0 or more',
    found,
  }),
  unknownFlag: (where: At, field: string, allowed: readonly string[], found: string): Problem => ({
    code: 'ingest.unknown-flag',
    severity: 'error',
    message: 'a flag is not one Scrutiny knows',
    ...at(where),
    field,
    expected: `flags separated by ';' from ${list(allowed)}`,
    found,
  }),
  unknownCohort: (where: At, field: string, allowed: readonly string[], found: string): Problem => ({
    code: 'ingest.unknown-cohort',
    severity: 'error',
    message: 'the survey cohort is not configured (add it to satisfaction.cohorts in scrutiny.config.yaml)',
    ...at(where),
    field,
    expected: `one of ${list(allowed)}`,
    found,
  }),
  unknownOcgLevel: (where: At, field: string, allowed: readonly string[], found: string): Problem => ({
    code: 'ingest.unknown-ocg-level',
    severity: 'error',
    message: 'the disruption level is not one Scrutiny knows',
    ...at(where),
    field,
    expected: `one of ${list(allowed)}`,
    found,
  }),
  satisfiedExceedsResponses: (where: At, responses: number, satisfied: number): Problem => ({
    code: 'ingest.satisfied-exceeds-responses',
    severity: 'error',
    message: 'more victims are satisfied than responded',
    ...at(where),
    field: 'satisfied',
    expected: `at most responses (${responses})`,
    found: String(satisfied),
  }),
  badFinancialYear: (where: At, field: string, found: string): Problem => ({
    code: 'ingest.bad-financial-year',
    severity: 'error',
    message: 'the financial year is not valid',
    ...at(where),
    field,
    expected: "a financial year written '2023/24' (April 2023 to March 2024)",
    found,
  }),
  badQuarter: (where: At, field: string, found: string): Problem => ({
    code: 'ingest.bad-quarter',
    severity: 'error',
    message: 'the financial quarter is not valid',
    ...at(where),
    field,
    expected: "a quarter 1 to 4 (or 'Q1' to 'Q4'); Q1 is April to June",
    found,
  }),
  duplicateRow: (where: At, field: string, found: string, firstLine: number): Problem => ({
    code: 'ingest.duplicate-row',
    severity: 'error',
    message: `the same key already appears on line ${firstLine}`,
    ...at(where),
    field,
    expected: 'each key once per file',
    found,
  }),
  outcomeBeforeRecorded: (where: At, recorded: string, found: string): Problem => ({
    code: 'ingest.outcome-before-recorded',
    severity: 'error',
    message: 'the outcome date is before the date the crime was recorded',
    ...at(where),
    field: 'outcome_date',
    expected: `a date on or after recorded_date (${recorded})`,
    found,
  }),
  unknownForceName: (where: At, field: string, found: string, slug: string, rows: number): Problem => ({
    code: 'ingest.unknown-force-name',
    severity: 'warning',
    message: `the force name is not in the reference list of forces; its ${rows} rows (the first on this line) are kept under the slug '${slug}'`,
    ...at(where),
    field,
    expected: 'one of the 43 territorial forces of England and Wales or British Transport Police',
    found,
  }),
  noExtractDate: (file: string, found: string): Problem => ({
    code: 'ingest.no-extract-date',
    severity: 'error',
    message: 'a force extract must sit in a folder named for its extract date, which orders its versions',
    file,
    expected: 'a folder named force-extract-YYYY-MM-DD, for a day that exists',
    found,
  }),

  // --- The ingest pipeline, zips, police.uk and `scrutiny fetch` ---
  pathNotFound: (path: string): Problem => ({
    code: 'ingest.path-not-found',
    severity: 'error',
    message: 'there is no file or folder here',
    file: path,
    expected: 'a file, a folder or a zip to ingest',
    found: 'nothing',
  }),
  linkLoop: (path: string, detail: string): Problem => ({
    code: 'ingest.link-loop',
    severity: 'error',
    message: `a symbolic link here makes the folders endless (${detail}); remove the link or point it elsewhere`,
    file: path,
    expected: 'a file, or a folder not already being read',
    found: 'a symbolic link loop',
  }),
  noRoomToUnpack: (zip: string, entry: string, folder: string, size: number, free: number): Problem => ({
    code: 'ingest.no-room-to-unpack',
    severity: 'error',
    message: `there is no room to unpack ${entry} in ${folder}; nothing was changed: free some space (or delete .scrutiny/tmp) and run again`,
    file: zip,
    expected: `${size} bytes free`,
    found: `${free} bytes free`,
  }),
  unpackWriteFailed: (zip: string, entry: string, folder: string, detail: string): Problem => ({
    code: 'ingest.unpack-write-failed',
    severity: 'error',
    message: `${entry} could not be written to ${folder} while unpacking (${detail}); the zip is not at fault. Nothing was changed: free some space or make the folder writable, and run again`,
    file: zip,
  }),
  corruptZip: (file: string, detail: string): Problem => ({
    code: 'ingest.corrupt-zip',
    severity: 'error',
    message: `the zip cannot be read: ${detail}; download it again (\`scrutiny fetch\` resumes a broken download)`,
    file,
  }),
  unrecognisedFile: (file: string, header: readonly string[], severity: 'error' | 'warning'): Problem => ({
    code: 'ingest.unrecognised-file',
    severity,
    message: `no input format matches this file's name and header${severity === 'warning' ? '; it was skipped' : ''} (docs/formats.md lists the formats)`,
    file,
    expected:
      'a data.police.uk file named YYYY-MM-<force>-street.csv, -outcomes.csv or -stop-and-search.csv, a Home Office open data table, or a force extract file in a force-extract-YYYY-MM-DD folder',
    found: header.length === 0 ? 'an empty first line' : `a file with the header ${list(header)}`,
  }),
  badFileName: (file: string, expected: string): Problem => ({
    code: 'ingest.bad-file-name',
    severity: 'error',
    message: 'the file name does not say what the file holds',
    file,
    expected,
    found: file.split(/[\\/!]/).pop() ?? file,
  }),
  csvRowRejected: (where: At, detail: string): Problem => ({
    code: 'ingest.bad-row',
    severity: 'error',
    message: `the row cannot be read (${detail})`,
    ...at(where),
  }),
  otherForce: (file: string, slug: string, workspaceSlug: string, files: number): Problem => ({
    code: 'ingest.other-force',
    severity: 'warning',
    message: `${files === 1 ? 'the file is' : `${files} files (this one and others) are`} for the force '${slug}', which is neither this workspace's force nor one of its peers; kept, labelled '${slug}'`,
    file,
    expected: `'${workspaceSlug}' or a peer listed in scrutiny.config.yaml`,
    found: `'${slug}'`,
  }),
  runRejected: (badFiles: number): Problem => ({
    code: 'ingest.run-rejected',
    severity: 'error',
    message: `${badFiles === 1 ? 'a file has' : `${badFiles} files have`} problems, so nothing was ingested and the store is unchanged; fix the files, or run again with --skip-bad-rows to load the good rows and write the bad ones to .scrutiny/rejects/`,
  }),
  fileSkipped: (file: string): Problem => ({
    code: 'ingest.file-skipped',
    severity: 'error',
    message:
      'nothing was loaded from this file (the problems above concern the whole file, so --skip-bad-rows cannot keep any of it)',
    file,
  }),
  fetchOffline: (url: string, detail: string, folder: string): Problem => ({
    code: 'fetch.offline',
    severity: 'error',
    message: `cannot reach the archive server (${detail}); this machine looks offline. Download the archive on a connected machine and copy it into ${folder}, or pass --base-url with a mirror you can reach; a partial download is kept and resumes next time`,
    file: url,
  }),
  fetchHttpStatus: (url: string, status: number, statusText: string): Problem => ({
    code: 'fetch.http-status',
    severity: 'error',
    message: `the archive server refused the download (HTTP ${status} ${statusText})`,
    file: url,
    expected: 'HTTP 200 or 206',
    found: String(status),
  }),
  fetchNoArchive: (urls: readonly string[]): Problem => ({
    code: 'fetch.no-archive',
    severity: 'error',
    message: `none of the archives tried is published yet (HTTP 404 for ${urls.join(', ')}); pass --months with a range that ends at a published month`,
  }),
  fetchForceNotInArchive: (archive: string, slug: string, found: readonly string[]): Problem => ({
    code: 'fetch.force-not-in-archive',
    severity: 'error',
    message: 'the archive holds no files for this force; check the slug',
    file: archive,
    field: '--force',
    expected: `one of the slugs in the archive: ${list(found)}`,
    found: `'${slug}'`,
  }),
  fetchBadMonths: (text: string): Problem => ({
    code: 'fetch.bad-months',
    severity: 'error',
    message: 'the month range is not valid',
    field: '--months',
    expected: 'YYYY-MM..YYYY-MM with the first month not after the last, or one month YYYY-MM',
    found: `"${text}"`,
  }),
  fetchBadSlug: (text: string): Problem => ({
    code: 'fetch.bad-force',
    severity: 'error',
    message: 'the force is not a police.uk slug',
    field: '--force',
    expected: 'a slug such as warwickshire or west-mercia',
    found: `"${text}"`,
  }),
  interrupted: (signal: string, store: string): Problem => ({
    code: 'ingest.interrupted',
    severity: 'error',
    message: `the ingest was stopped by ${signal} before it finished: nothing was committed, the store holds what it held before`,
    file: store,
  }),
};
