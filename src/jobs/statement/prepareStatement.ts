/**
 * Everything a statement needs before it is drawn, gathered in one place for the CLI and the bench:
 *   1. the measures result for the quarter (measures/runMeasures), the ONE source of figures;
 *   2. the scrutiny questions carried into the quarter (governance/carriedQuestions);
 *   3. the analysts' commentary of the quarter (narrative/commentaryFiles);
 *   4. the commentary check: every mismatch between commentary and figures, as warnings (errors
 *      under --strict).
 */
import type { Classification } from '../../document/model.js';
import { messages } from '../../errors/messages.js';
import { ExitCode, type Problem, ScrutinyError } from '../../errors/problem.js';
import {
  carriedQuestions,
  catalogueMeasureIds,
  loadGovernance,
  type QuestionFacts,
} from '../../governance/index.js';
import { runMeasures } from '../../measures/runMeasures.js';
import type { CommentaryFinding, UncheckedClaim } from '../../narrative/commentary/checkCommentary.js';
import {
  findingProblem,
  readPeriodCommentary,
  reviewPeriodCommentary,
} from '../../narrative/commentaryFiles.js';
import type { StatementInput } from '../../narrative/statement/types.js';
import { publicationFilter } from '../../publication/index.js';
import type { Period } from '../../stats/calendar.js';
import type { Store } from '../../store/store.js';
import type { WorkspaceConfig } from '../../workspace/config.js';
import type { WorkspacePaths } from '../../workspace/paths.js';
import { checkerDistricts } from './checkerDistricts.js';

export interface PrepareOptions {
  /** Parsed once, by the caller (cli, app or test); the statement checks only that it is a quarter. */
  readonly period: Period;
  readonly classification: Classification;
  /** Written into generatedAt (injected so a statement can be reproduced byte for byte). */
  readonly now: Date;
  readonly version: string;
  readonly strict: boolean;
}

export interface PreparedStatement {
  readonly period: Period;
  readonly input: StatementInput;
  readonly findings: readonly CommentaryFinding[];
  /** Claims in the commentary the checker read but could not judge (listed by `check`). */
  readonly unchecked?: readonly UncheckedClaim[];
  /** Catalogue and measures problems, commentary folder problems and the check's findings. */
  readonly problems: readonly Problem[];
}

/** 'official' / 'official-sensitive' (any case) as a marking; anything else is a usage error. */
export function classificationOf(text: string | undefined): Classification {
  const value = (text ?? 'official').trim().toLowerCase();
  if (value === 'official') return 'OFFICIAL';
  if (value === 'official-sensitive') return 'OFFICIAL-SENSITIVE';
  throw new ScrutinyError(messages.statement.badClassification(text ?? ''), ExitCode.usageError);
}

/** The quarter asked for; the statement is quarterly. */
export function statementPeriod(period: Period): Period {
  if (period.kind !== 'quarter')
    throw new ScrutinyError(messages.statement.notAQuarter(period.label), ExitCode.usageError);
  return period;
}

export async function prepareStatement(
  store: Store,
  workspace: { readonly paths: WorkspacePaths; readonly config: WorkspaceConfig },
  options: PrepareOptions,
): Promise<PreparedStatement> {
  const { paths, config } = workspace;
  const period = statementPeriod(options.period);
  const { result, catalogueProblems } = await runMeasures(store, {
    workspaceRoot: paths.root,
    config,
    period,
    now: options.now,
  });
  // Questions this statement may not show (on a sensitive measure, or marked so) never reach it.
  const governance = publicationFilter(result, options.classification, paths.root).records(
    loadGovernance(paths.governance, {
      knownMeasures: catalogueMeasureIds(paths.root, config.satisfaction.cohorts),
    }),
  );
  const questions: QuestionFacts[] = [
    ...carriedQuestions(governance, period.label, { measureOrder: result.measures.map((m) => m.id) })
      .questions,
  ];
  const commentary = readPeriodCommentary(paths.commentary, period, paths.root);
  const byMeasure = await checkerDistricts(store, paths.root, config, period);
  const { findings, unchecked } = reviewPeriodCommentary(commentary.files, result, period, {
    byMeasure,
    forceArea: config.force.area,
  });
  const input: StatementInput = {
    result,
    force: { name: config.force.name, area: config.force.area },
    commissioner: config.commissioner,
    plan: {
      title: config.statement.plan_title,
      ...(config.statement.plan_published ? { published: config.statement.plan_published } : {}),
      contribution: config.statement.contribution,
    },
    commentary: commentary.files,
    questions,
    workspaceRoot: paths.root,
    classification: options.classification,
    version: options.version,
    commentaryFolder: commentary.folder,
    findings,
  };
  return {
    period,
    input,
    findings,
    unchecked,
    problems: [
      ...catalogueProblems,
      ...result.problems,
      ...commentary.problems,
      ...findings.map((f) => findingProblem(f, options.strict)),
    ],
  };
}
