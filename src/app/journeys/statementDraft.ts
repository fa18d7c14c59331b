/**
 * The statement as the app would publish it now: the figures, the same preparation as `scrutiny
 * statement`, with the commentary and the scrutiny questions taken from the database instead of the
 * workspace files, and the commentary checked again.
 */
import { carriedQuestions, catalogueMeasureIds, checkGovernance } from '../../governance/index.js';
import type { PreparedStatement } from '../../jobs/statement/prepareStatement.js';
import { checkPeriodCommentary, findingProblem } from '../../narrative/commentaryFiles.js';
import { buildStatement } from '../../narrative/statement/buildStatement.js';
import { renderHtml } from '../../report/render/html/renderHtml.js';
import { drawChart } from '../../report/statement/drawCharts.js';
import type { AppContext } from '../context.js';
import { commentaryFile, commentarySections } from './commentaryRecords.js';
import { governanceTexts } from './governanceRecords.js';

export async function draftStatement(app: AppContext, period: string): Promise<PreparedStatement> {
  const prepared = await app.figures.prepared(period);
  const { paths, config } = app.workspace;
  const commentary = (await commentarySections(app.db, period)).map(commentaryFile);
  const governance = checkGovernance(await governanceTexts(app.db), 'governance', {
    knownMeasures: catalogueMeasureIds(paths.root, config.satisfaction.cohorts),
  });
  const result = prepared.input.result;
  const questions = carriedQuestions(governance.records, prepared.period.label, {
    measureOrder: result.measures.map((m) => m.id),
  }).questions;
  const findings = checkPeriodCommentary(commentary, result, prepared.period);
  return {
    period: prepared.period,
    input: { ...prepared.input, commentary, questions: [...questions] },
    findings,
    problems: [...result.problems, ...findings.map((f) => findingProblem(f, false))],
  };
}

/** The statement's web page (self-contained: inline styles and figures). */
export async function statementHtml(prepared: PreparedStatement): Promise<string> {
  const built = await buildStatement(prepared.input, drawChart);
  return renderHtml(built.document);
}
