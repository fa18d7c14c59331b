import type { Problem } from '../problem.js';

/** What a product cannot say when the previous statement's figures.json cannot be read, and where it says so. */
const CANNOT_SAY_RESTATED = {
  statement:
    'this statement cannot say which of its figures were restated (its data and methods annex says so)',
  panel:
    "this Panel report cannot say which of the previous statement's figures were restated (the statement at its Appendix A says so)",
  board:
    "this board pack cannot say which of the last statement's figures were restated (it says so under 'Restated since the last statement')",
} as const;

/** Texts of the quarterly NCPM statement and the commentary check (src/narrative/statement, commentaryFiles). */
export const statementMessages = {
  notAQuarter: (found: string): Problem => ({
    code: 'statement.period-not-quarter',
    severity: 'error',
    message: 'the NCPM statement is published quarterly, after the quarterly crime statistics',
    field: '--period',
    expected: "a financial quarter such as 'Q4 2023/24'",
    found: JSON.stringify(found),
  }),
  badClassification: (found: string): Problem => ({
    code: 'statement.bad-classification',
    severity: 'error',
    message: 'unknown Government Security Classification for the statement',
    field: '--classification',
    expected: "'official' or 'official-sensitive'",
    found: JSON.stringify(found),
  }),
  noContribution: (): Problem => ({
    code: 'statement.no-contribution',
    severity: 'warning',
    message:
      'the statement of contribution is empty (paragraph 7A(a) of the Specified Information Order requires one); the statement says so where the text belongs',
    file: 'scrutiny.config.yaml',
    field: 'statement.contribution',
    expected: 'the statement of contribution as Markdown text',
    found: 'nothing',
  }),
  previousFiguresUnreadable: (
    file: string,
    detail: string,
    product: 'statement' | 'panel' | 'board' = 'statement',
  ): Problem => ({
    code: 'statement.previous-figures-unreadable',
    severity: 'warning',
    message: `the previous statement's figures cannot be read, so ${CANNOT_SAY_RESTATED[product]}: write the previous statement again with scrutiny statement, or remove the file`,
    file,
    expected: 'figures.json as scrutiny statement writes it',
    found: detail,
  }),
  noCommentary: (file: string, period: string): Problem => ({
    code: 'statement.no-commentary',
    severity: 'warning',
    message: `no OPCC commentary for this priority in ${period}; the statement says so where the commentary belongs`,
    file,
    expected: 'a Markdown file of commentary',
    found: 'no file, or an empty one',
  }),
  noCommentaryFolder: (folder: string, alternative: string): Problem => ({
    code: 'statement.no-commentary-folder',
    severity: 'warning',
    message: `no commentary folder for the period (also looked for ${alternative})`,
    file: folder,
    expected: 'a folder of Markdown files, one per priority (homicide.md, serious_violence.md, ...)',
    found: 'no folder',
  }),
  noCommentaryChecked: (folder: string, strict: boolean): Problem => ({
    code: 'statement.no-commentary-checked',
    severity: strict ? 'error' : 'warning',
    message: 'no commentary file was checked, so nothing was found to agree with the data',
    file: folder,
    expected: 'at least one Markdown file of commentary (homicide.md, serious_violence.md, ...)',
    found: 'none',
  }),
  unknownCommentaryFile: (file: string, names: readonly string[]): Problem => ({
    code: 'statement.unknown-commentary-file',
    severity: 'warning',
    message: 'a commentary file whose name is not a priority is not printed in the statement',
    file,
    expected: names.map((n) => `${n}.md`).join(', '),
    found: file.split(/[\\/]/).pop() ?? file,
  }),
  demoNoExtract: (dataDir: string): Problem => ({
    code: 'statement.demo-no-extract',
    severity: 'error',
    message: 'the demo commentary is written from the demo force extract, which is not there',
    file: dataDir,
    expected: 'a force-extract-YYYY-MM-DD folder (generate the demo data first)',
    found: 'none',
  }),
  commentaryMismatch: (
    file: string,
    line: number,
    kind: 'figure' | 'measure' | 'period' | 'heading',
    textSays: string,
    dataSays: string,
    strict: boolean,
  ): Problem => ({
    code: kind === 'heading' ? 'commentary.unknown-heading' : `commentary.wrong-${kind}`,
    severity: strict ? 'error' : 'warning',
    message:
      kind === 'figure'
        ? 'the commentary gives a figure the data do not support'
        : kind === 'measure'
          ? 'the commentary names a different measure from the section it sits in'
          : kind === 'heading'
            ? 'the commentary heads a section with a name no measure has'
            : 'the commentary names a period that cannot be right for this statement',
    file,
    line,
    expected: `what the data say: ${dataSays}`,
    found: `what the text says: ${textSays}`,
  }),
};
